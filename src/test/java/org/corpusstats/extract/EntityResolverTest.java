package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

final class EntityResolverTest {

  private final List<RawMention> mentions = new ArrayList<>();

  private void mention(String document, String surface, String ner) {
    mention(document, surface, ner, 1);
  }

  private void mention(String document, String surface, String ner, int paragraph) {
    mention(document, surface, ner, paragraph, 1);
  }

  private void mention(String document, String surface, String ner, int paragraph, int sentence) {
    int begin = mentions.size() * 30;
    Mention m = new Mention(document, sentence, 0, "", paragraph, begin, begin + surface.length(), surface, ner, surface, 0, 1);
    mentions.add(new RawMention(m, Names.key(surface), ner));
  }

  private EntityResolver.Resolution resolve(EntityResolver resolver, EntityResolver.SameReferent... stated) {
    return resolver.resolve(mentions, List.of(stated));
  }

  private static EntityResolver plain() {
    return new EntityResolver(List.of(), Set.of());
  }

  @Test
  void surnameAndPossessiveJoinTheFullNameSeenElsewhere() {
    mention("a.txt", "Ada Lovelace", "PERSON");
    mention("a.txt", "Lovelace", "PERSON");
    mention("b.txt", "Lovelace’s", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Ada Lovelace");
      assertThat(e.mentions()).isEqualTo(3);
      assertThat(e.documents()).isEqualTo(2);
      assertThat(e.aliases()).containsExactly("Lovelace");
    });
  }

  @Test
  void aSurnameJoinsTheFullNameWithAGenerationalSuffix() {
    mention("a.txt", "Martin Lund, Jr.", "PERSON", 1, 1);
    mention("a.txt", "Lund", "PERSON", 1, 2);
    mention("a.txt", "Blom Jr.", "PERSON", 1, 3);
    mention("a.txt", "Arthur Blom Jr.", "PERSON", 1, 4);

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("Lund")).isEqualTo("Martin Lund, Jr.");
    assertThat(resolution.canonicalName("Blom Jr.")).isEqualTo("Arthur Blom Jr.");
  }

  @Test
  void aGivenNameUsedAgainAndAgainBeforeTheFullNameStillJoinsIt() {
    for (int i = 1; i <= 4; i++) {
      mention("a.txt", "Harald", "PERSON", i, i);
    }
    for (int i = 5; i <= 7; i++) {
      mention("a.txt", "Harald Vinge", "PERSON", i, i);
    }

    assertThat(resolve(plain()).canonicalName("Harald")).isEqualTo("Harald Vinge");
  }

  @Test
  void aNameWithoutTheMiddleInitialItsFirstMentionGaveIsThatPerson() {
    mention("a.txt", "Henrik J. Vallander", "PERSON", 1, 1);
    mention("a.txt", "Henrik Vallander", "PERSON", 2, 2);
    mention("a.txt", "Henrik Vallander", "PERSON", 3, 3);

    assertThat(resolve(plain()).canonicalName("Henrik Vallander")).isEqualTo("Henrik J. Vallander");
  }

  @Test
  void aNameWrittenBeforeAnInitialledFormOfItIsSomeoneElse() {
    mention("a.txt", "Henrik Vallander", "PERSON", 1, 1);
    mention("a.txt", "Henrik Vallander", "PERSON", 2, 2);
    mention("a.txt", "Henrik J. Vallander", "PERSON", 3, 3);

    assertThat(resolve(plain()).canonicalName("Henrik Vallander")).isEqualTo("Henrik Vallander");
  }

  @Test
  void anAmbiguousSurnameJoinsTheFullNameOfTheNearestSentenceBeforeIt() {
    mention("a.txt", "Mary Shelley", "PERSON", 1, 1);
    mention("a.txt", "Mary Shelley", "PERSON", 1, 1);
    mention("a.txt", "Percy Shelley", "PERSON", 1, 2);
    mention("a.txt", "Shelley", "PERSON", 1, 3);

    assertThat(resolve(plain()).canonicalName("Shelley")).isEqualTo("Percy Shelley");
  }

  @Test
  void ofTwoFullNamesInOneSentenceAnAmbiguousSurnameJoinsTheOneWrittenFirst() {
    // "... with Ann Cole, then the wife of Tom Cole. Soon after, he and Cole were married."
    mention("a.txt", "Ann Cole", "PERSON", 1, 1);
    mention("a.txt", "Tom Cole", "PERSON", 1, 1);
    mention("a.txt", "Cole", "PERSON", 1, 2);

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("Cole")).isEqualTo("Ann Cole");
    assertThat(resolution.canonicalName("Tom Cole")).isEqualTo("Tom Cole");
  }

  @Test
  void anAmbiguousSurnameElsewhereJoinsThePersonTheDocumentIntroducedFirst() {
    mention("a.txt", "Frederick Hale", "PERSON", 1);
    mention("a.txt", "Hale", "PERSON", 2);
    mention("a.txt", "Margaret Hale", "PERSON", 3);
    mention("a.txt", "Margaret Hale", "PERSON", 3);
    mention("a.txt", "Hale", "PERSON", 4);
    mention("a.txt", "Hale", "PERSON", 5);

    assertThat(resolve(plain()).canonicalName("Hale")).isEqualTo("Frederick Hale");
  }

  @Test
  void aSurnameUsedForSomeoneBeforeAFullNameKeptInFullIsSomeoneElse() {
    for (int i = 0; i < 4; i++) {
      mention("a.txt", "Varley", "PERSON", 1 + i);
    }
    mention("a.txt", "Tom Varley", "PERSON", 6);
    mention("a.txt", "Tom Varley", "PERSON", 7);
    mention("a.txt", "Varley", "PERSON", 8);
    mention("a.txt", "Tom Varley", "PERSON", 9);

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Varley", "Tom Varley");
    assertThat(resolution.canonicalName("Varley")).isEqualTo("Varley");
  }

  @Test
  void aSurnameUsedBeforeAFullNameWrittenOnceIsThatPerson() {
    for (int i = 0; i < 4; i++) {
      mention("a.txt", "Varley", "PERSON", 1 + i);
    }
    mention("a.txt", "Tom Varley", "PERSON", 6);
    mention("a.txt", "Varley", "PERSON", 7);

    assertThat(resolve(plain()).entities()).singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Tom Varley"));
  }

  @Test
  void aCourtesyTitleKeepsPeopleOfOneSurnameApart() {
    mention("a.txt", "Mr. Brown", "PERSON");
    mention("a.txt", "Mrs. Brown", "PERSON");
    mention("a.txt", "Mrs. Brown", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Mr. Brown", "Mrs. Brown");
  }

  @Test
  void aTitleAndSurnameJoinTheOneFullNameOfThatSurnameWrittenWithoutATitle() {
    mention("a.txt", "George Wickham", "PERSON");
    mention("a.txt", "Mr. Wickham", "PERSON");
    mention("a.txt", "Charlotte Lucas", "PERSON");
    mention("a.txt", "Miss Lucas", "PERSON");
    mention("a.txt", "Sir William Lucas", "PERSON");
    mention("a.txt", "Lady Lucas", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("Mr. Wickham")).isEqualTo("George Wickham");
    assertThat(resolution.canonicalName("Miss Lucas")).isEqualTo("Charlotte Lucas");
    // a married woman's title next to a titled man of her surname: his wife, not the daughter
    assertThat(resolution.canonicalName("Lady Lucas")).isEqualTo("Lady Lucas");
    assertThat(resolution.canonicalName("Sir William Lucas")).isEqualTo("Sir William Lucas");
  }

  @Test
  void aTitleAndSurnameJoinNoFullNameOfTheOtherGenderNorOneOfTwo() {
    mention("a.txt", "Elizabeth Bennet", "PERSON");
    mention("a.txt", "Mr. Bennet", "PERSON");
    mention("a.txt", "Paul Brown", "PERSON");
    mention("a.txt", "James Brown", "PERSON");
    mention("a.txt", "Mr. Brown", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("Mr. Bennet")).isEqualTo("Mr. Bennet");
    assertThat(resolution.canonicalName("Mr. Brown")).isEqualTo("Mr. Brown");
    assertThat(resolution.canonicalName("Paul Brown")).isNotEqualTo(resolution.canonicalName("James Brown"));
  }

  @Test
  void aByNameOfSizeOrAgeBeforeAGivenNameJoinsTheOneFullNameWithThatGivenName() {
    mention("a.txt", "Tom Barlow", "PERSON");
    mention("a.txt", "Young Tom", "PERSON");
    mention("a.txt", "Ned Hollis", "PERSON");
    mention("a.txt", "Ned Carver", "PERSON");
    mention("a.txt", "Little Ned", "PERSON");
    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("Young Tom")).isEqualTo("Tom Barlow");
    assertThat(resolution.canonicalName("Little Ned")).isEqualTo("Little Ned");
  }

  @Test
  void aFirstNameAloneJoinsTheOneFullNameItBegins() {
    mention("a.txt", "Paul Brown", "PERSON");
    mention("a.txt", "Paul", "PERSON");
    mention("a.txt", "Brown", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("Paul")).isEqualTo("Paul Brown");
    assertThat(resolution.canonicalName("Brown")).isEqualTo("Paul Brown");
  }

  @Test
  void aMansFullNameJoinsHimNotTheWifeNamedAfterHim() {
    // the wife's row is mentioned nearer, so only the rule keeps the man's name away from it
    mention("a.txt", "Mr. Henry Hale", "PERSON", 1);
    mention("a.txt", "Mrs. Henry Hale", "PERSON", 5);
    mention("a.txt", "Henry Hale", "PERSON", 5);

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("Henry Hale")).isEqualTo("Mr. Henry Hale");
  }

  @Test
  void aBareNameNeverJoinsASaintsName() {
    mention("a.txt", "St. James", "PERSON", 5);
    mention("a.txt", "James Wilder", "PERSON", 1);
    mention("a.txt", "James", "PERSON", 5);

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("James")).isEqualTo("James Wilder");
  }

  @Test
  void aPetFormOfAGivenNameJoinsTheFullGivenName() {
    mention("a.txt", "Elizabeth", "PERSON");
    mention("a.txt", "Miss Elizabeth", "PERSON");
    mention("a.txt", "Eliza", "PERSON");
    mention("a.txt", "Miss Eliza", "PERSON");
    mention("a.txt", "Jane", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("Eliza")).isEqualTo(resolution.canonicalName("Elizabeth"));
    assertThat(resolution.canonicalName("Miss Eliza")).isEqualTo(resolution.canonicalName("Elizabeth"));
    assertThat(resolution.canonicalName("Jane")).isEqualTo("Jane");
  }

  @Test
  void initialsAHyphenatedPartAndTrailingWordsJoinTheFullName() {
    mention("a.txt", "Johan Pieter van Dyk", "PERSON");
    mention("a.txt", "J. P. van Dyk", "PERSON");
    mention("a.txt", "van Dyk", "PERSON");
    mention("a.txt", "Ivanov-Petrov", "PERSON");
    mention("a.txt", "Petrov", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.canonicalName("J. P. van Dyk")).isEqualTo(resolution.canonicalName("Johan Pieter van Dyk"));
    assertThat(resolution.canonicalName("van Dyk")).isEqualTo(resolution.canonicalName("Johan Pieter van Dyk"));
    assertThat(resolution.canonicalName("Petrov")).isEqualTo("Ivanov-Petrov");
  }

  @Test
  void aSurnameOfAnotherTypeIsNotJoinedToAPerson() {
    mention("a.txt", "George Washington", "PERSON");
    mention("a.txt", "Washington", "CITY");
    mention("a.txt", "Washington", "CITY");

    assertThat(resolve(plain()).canonicalName("Washington")).isEqualTo("Washington");
  }

  @Test
  void eachFormTakesTheTypeMostOfItsMentionsHave() {
    mention("a.txt", "Kamenev", "PERSON");
    mention("a.txt", "Kamenev", "PERSON");
    mention("a.txt", "Kamenev", "LOCATION");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).singleElement().extracting(Entity::type).isEqualTo("PERSON");
  }

  @Test
  void formsThatDifferOnlyInCaseAreOneEntityNamedAsMostOftenWritten() {
    mention("a.txt", "socialism", "IDEOLOGY");
    mention("a.txt", "socialism", "IDEOLOGY");
    mention("a.txt", "Socialism", "IDEOLOGY");

    assertThat(resolve(plain()).entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("socialism");
      assertThat(e.aliases()).containsExactly("Socialism");
    });
  }

  @Test
  void placesTheTextSaysAreOneAreOneEntity() {
    mention("a.txt", "St Petersburg", "CITY");
    mention("a.txt", "Petrograd", "CITY");
    mention("a.txt", "Petrograd", "CITY");

    EntityResolver.Resolution resolution = resolve(plain(), new EntityResolver.SameReferent("Petrograd", "St Petersburg"));

    assertThat(resolution.entities()).hasSize(1);
    assertThat(resolution.canonicalName("Petrograd")).isEqualTo(resolution.canonicalName("St Petersburg"));
  }

  @Test
  void userAliasesJoinFormsAndSetTheType() {
    mention("a.txt", "Koba", "PERSON");
    mention("a.txt", "Stalin", "PERSON");

    EntityResolver resolver = new EntityResolver(List.of(
        new EntityResolver.Alias("Koba", "Joseph Stalin", "PERSON"),
        new EntityResolver.Alias("Stalin", "Joseph Stalin", "PERSON")), Set.of());
    EntityResolver.Resolution resolution = resolve(resolver);

    assertThat(resolution.entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Joseph Stalin");
      assertThat(e.mentions()).isEqualTo(2);
      assertThat(e.aliases()).containsExactly("Koba", "Stalin");
    });
  }

  @Test
  void aUsersAliasWithoutATypeStillNamesTheEntity() {
    mention("a.txt", "Tolliver Grange", "PERSON");
    mention("a.txt", "Tolliver Grange", "PERSON");
    mention("a.txt", "Grange", "PERSON");

    EntityResolver resolver = new EntityResolver(List.of(
        new EntityResolver.Alias("Tolliver Grange", "Captain Grange", "")), Set.of());
    EntityResolver.Resolution resolution = resolve(resolver);

    assertThat(resolution.entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Captain Grange");
      assertThat(e.type()).isEqualTo("PERSON");
      assertThat(e.mentions()).isEqualTo(3);
    });
  }

  @Test
  void excludedFormsAreNoEntity() {
    mention("a.txt", "Facebook", "ORGANIZATION");
    mention("a.txt", "Lenin", "PERSON");

    EntityResolver.Resolution resolution = resolve(new EntityResolver(List.of(), Set.of("facebook")));

    assertThat(resolution.entities()).extracting(Entity::name).containsExactly("Lenin");
    assertThat(resolution.canonicalName("Facebook")).isNull();
  }

  @Test
  void excludingACanonicalNameDropsEveryFormOfIt() {
    mention("a.txt", "Leon Trotsky", "PERSON");
    mention("a.txt", "Trotsky", "PERSON");
    mention("a.txt", "Lenin", "PERSON");

    EntityResolver.Resolution resolution = resolve(new EntityResolver(List.of(), Set.of("Leon Trotsky")));

    assertThat(resolution.entities()).extracting(Entity::name).containsExactly("Lenin");
    assertThat(resolution.canonicalName("Trotsky")).isNull();
  }

  @Test
  void keysDropPossessivesArticlesAndEdgePunctuation() {
    assertThat(Names.key("Trotsky’s")).isEqualTo("Trotsky");
    assertThat(Names.key("the Bolsheviks’")).isEqualTo("Bolsheviks");
    assertThat(Names.key("“Platform”")).isEqualTo("Platform");
    assertThat(Names.key("New  York")).isEqualTo("New York");
  }

  @Test
  void anIdeologysAdjectiveAndAdherentsJoinItsNounWhichNamesTheEntity() {
    mention("a.txt", "socialism", "IDEOLOGY");
    mention("a.txt", "socialist", "IDEOLOGY");
    mention("a.txt", "socialist", "IDEOLOGY");
    mention("a.txt", "Socialists", "IDEOLOGY");
    mention("a.txt", "Trotskyist", "IDEOLOGY");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).extracting(Entity::name).containsExactly("socialism", "Trotskyist");
    assertThat(resolution.entities().get(0).aliases()).contains("socialist", "Socialists");
    assertThat(resolution.entities().get(0).mentions()).isEqualTo(4);
  }

  @Test
  void anAdjectiveJoinsNoNounOfAnotherType() {
    mention("a.txt", "Communist", "IDEOLOGY");
    mention("a.txt", "Communism", "MISC");

    assertThat(resolve(plain()).entities()).hasSize(2);
  }

  /** A linker that knows a few pages, as the WikiDict would give them. */
  private static final EntityResolver.Linker PAGES = (form, type, words) -> java.util.Optional.ofNullable(java.util.Map.of(
      "USSR", "Soviet Union", "Soviet Union", "Soviet Union", "George Bush", "George W. Bush",
      "George W. Bush", "George W. Bush", "Soviet", "Soviet Union").get(form));

  private static EntityResolver linked() {
    return new EntityResolver(List.of(), Set.of(), PAGES);
  }

  @Test
  void formsOfOneTypeGroupLinkedToOnePageAreOneEntityNamedByItsFullestForm() {
    mention("a.txt", "USSR", "LOCATION");
    mention("a.txt", "USSR", "LOCATION");
    mention("a.txt", "Soviet Union", "COUNTRY");

    EntityResolver.Resolution resolution = resolve(linked());

    assertThat(resolution.entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Soviet Union");
      assertThat(e.aliases()).containsExactly("USSR");
      assertThat(e.wikipedia()).isEqualTo("Soviet Union");
      assertThat(e.mentions()).isEqualTo(3);
    });
  }

  @Test
  void twoPersonsAreNeverMergedByALink() {
    mention("a.txt", "George Bush", "PERSON");
    mention("a.txt", "George W. Bush", "PERSON");

    assertThat(resolve(linked()).entities()).hasSize(2)
        .allSatisfy(e -> assertThat(e.wikipedia()).isEqualTo("George W. Bush"));
  }

  @Test
  void aLinkJoinsNoFormsOfAnotherTypeGroup() {
    mention("a.txt", "Soviet", "MISC");
    mention("a.txt", "Soviet Union", "LOCATION");

    assertThat(resolve(linked()).entities()).hasSize(2);
  }

  @Test
  void theUsersAliasesAndExclusionsWinOverLinks() {
    mention("a.txt", "NR", "LOCATION");
    mention("a.txt", "Norland Republic", "COUNTRY");
    mention("a.txt", "Norland Republic", "COUNTRY");
    mention("a.txt", "Old Norland", "LOCATION");
    EntityResolver.Linker norland = (form, type, words) -> java.util.Optional.ofNullable(java.util.Map.of(
        "NR", "Norland Republic", "Norland Republic", "Norland Republic").get(form));
    EntityResolver aliased = new EntityResolver(List.of(new EntityResolver.Alias("NR", "Old Norland", "COUNTRY")),
        Set.of(), norland);
    EntityResolver excluding = new EntityResolver(List.of(), Set.of("NR"), norland);

    assertThat(resolve(aliased).entities()).singleElement().satisfies(e -> {
      // the link joins "Norland Republic", the fullest form (as many words, more mentions): the alias file's name wins
      assertThat(e.name()).as("the alias file names the entity").isEqualTo("Old Norland");
      assertThat(e.type()).isEqualTo("COUNTRY");
      assertThat(e.aliases()).containsExactly("NR", "Norland Republic");
      assertThat(e.mentions()).isEqualTo(4);
    });
    assertThat(resolve(excluding).entities()).extracting(Entity::name)
        .containsExactly("Norland Republic", "Old Norland");
    assertThat(resolve(excluding).entities()).allSatisfy(e -> assertThat(e.aliases()).doesNotContain("NR"));
  }

  @Test
  void aNameWithoutItsPatronymicIsTheFullName() {
    mention("a.txt", "Pavel Sergeyevich Orlov", "PERSON");
    mention("a.txt", "Pavel Orlov", "PERSON");
    mention("a.txt", "Sergei Ivanovich Orlov", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).extracting(Entity::name)
        .containsExactlyInAnyOrder("Pavel Sergeyevich Orlov", "Sergei Ivanovich Orlov");
    assertThat(resolution.entities()).filteredOn(e -> e.name().startsWith("Pavel")).singleElement()
        .satisfies(e -> assertThat(e.aliases()).containsExactly("Pavel Orlov"));
  }

  @Test
  void twoRomanisationsOfOneNameAreOnePerson() {
    mention("a.txt", "Aleksei Volkov", "PERSON");
    mention("a.txt", "Alexei Volkov", "PERSON");
    mention("a.txt", "Alexey Volkov", "PERSON");
    mention("a.txt", "Alexander Volkov", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).hasSize(2);
    assertThat(resolution.entities()).filteredOn(e -> e.mentions() == 3).singleElement()
        .satisfies(e -> assertThat(e.aliases()).hasSize(2));
  }

  @Test
  void aSurnameAloneInAnotherRomanisationIsTheOneFullNameOfIt() {
    mention("a.txt", "Semyon Zaytsev", "PERSON");
    mention("a.txt", "Zaitsev", "PERSON");
    mention("a.txt", "Pavel Orlov", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).hasSize(2);
    assertThat(resolution.entities()).filteredOn(e -> e.mentions() == 2).singleElement()
        .satisfies(e -> assertThat(e.aliases()).containsExactly("Zaitsev"));
  }

  @Test
  void aGivenNameWithAPatronymicIsTheOneFullNameWithThatGivenName() {
    mention("a.txt", "Nikita Volkov", "PERSON");
    mention("a.txt", "Nikita Sergeyevich", "PERSON");
    mention("a.txt", "Pavel Orlov", "PERSON");
    mention("a.txt", "Marlene Dietrich", "PERSON");
    mention("a.txt", "Marlene Volkova", "PERSON");

    EntityResolver.Resolution resolution = resolve(plain());

    assertThat(resolution.entities()).hasSize(4);
    assertThat(resolution.entities()).filteredOn(e -> e.mentions() == 2).singleElement()
        .satisfies(e -> assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()),
            e.aliases().stream())).containsExactlyInAnyOrder("Nikita Volkov", "Nikita Sergeyevich"));
  }
}
