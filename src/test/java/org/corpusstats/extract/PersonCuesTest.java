package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What English tells about the names NER calls persons, through the real CoreNLP models. */
@Tag("corenlp")
final class PersonCuesTest {

  private static List<String> persons(CorpusAnalysis corpus) {
    return corpus.entities().stream().filter(e -> e.type().equals("PERSON")).map(Entity::name).toList();
  }

  private static List<String> personForms(CorpusAnalysis corpus) {
    return corpus.documents().get(0).mentions().stream().filter(m -> m.type().equals("PERSON"))
        .map(Mention::text).toList();
  }

  @Test
  void theNameOfAnOfficeWithOfTheIsNotAPerson() {
    CorpusAnalysis corpus = Analyse.texts("In 1978 Pieter Botes was appointed to the cabinet. He then became "
        + "Minister of the Interior, and later Secretary of the Treasury.");

    assertThat(persons(corpus)).contains("Pieter Botes")
        .noneMatch(name -> name.startsWith("Minister") || name.startsWith("Secretary"));
  }

  @Test
  void aWordForKinCapitalisedAsANameIsNotAPerson() {
    CorpusAnalysis corpus = Analyse.texts("\"He wanted us to marry before the spring, and made me promise that I "
        + "would always wait for him. Mother said he was quite right to make me promise, and that it was a sign of "
        + "his love. Mother was all on his side from the first and was fonder of him than I was,\" said Edith Lorne.");

    assertThat(persons(corpus)).contains("Edith Lorne").doesNotContain("Mother");
  }

  @Test
  void aNameEndingInACommonNounOfThingsIsNotAPerson() {
    CorpusAnalysis corpus = Analyse.texts("As a boy Hendrik Marais celebrated Kruger Day with his school, "
        + "and later won the Nobel Prize. He was born on Steyn Street.");

    assertThat(persons(corpus)).contains("Hendrik Marais")
        .noneMatch(name -> name.endsWith(" Day") || name.endsWith(" Prize") || name.endsWith(" Street"));
  }

  @Test
  void aNicknameInQuotationMarksIsPartOfTheName() {
    CorpusAnalysis corpus = Analyse.texts("His parents were Willem \"Bill\" van der Merwe and Anna Smit. "
        + "Bill van der Merwe was a farmer near the river.");

    assertThat(persons(corpus)).contains("Willem \"Bill\" van der Merwe").doesNotContain("Willem");
    Entity father = corpus.entities().stream().filter(e -> e.name().equals("Willem \"Bill\" van der Merwe"))
        .findFirst().orElseThrow();
    assertThat(father.aliases()).contains("Bill van der Merwe");
  }

  @Test
  void aPersonAndTheNameTheTextSaysHeIsCalledAreOnePerson() {
    // NER takes the first "Osterbeck" for no name at all: the cue ", called" makes it the person's other name
    CorpusAnalysis corpus = Analyse.texts("The plans were drawn by a former officer, a certain Dravnik, "
        + "called Osterbeck, a chemist. Osterbeck worked through the night while Dravnik's friends slept.");

    assertThat(personForms(corpus)).containsExactly("Dravnik", "Osterbeck", "Osterbeck", "Dravnik");
    assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Dravnik") || e.name().equals("Osterbeck"))
        .singleElement().satisfies(e -> {
          assertThat(e.type()).isEqualTo("PERSON");
          assertThat(e.mentions()).isEqualTo(4);
          assertThat(e.aliases()).containsAnyOf("Dravnik", "Osterbeck");
        });
  }

  @Test
  void aNameTheTextSaysIsTheCoverNameOfAnotherIsThatPerson() {
    CorpusAnalysis corpus = Analyse.texts("The reporter met Ivan Dravnik, the cover name of Pyotr Osterbeck, the "
        + "station chief in Vienna. Dravnik asked for a second meeting, and Osterbeck's superiors agreed.");

    assertThat(corpus.entities()).filteredOn(e -> e.type().equals("PERSON"))
        .filteredOn(e -> e.name().contains("Dravnik") || e.name().contains("Osterbeck"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(4));
  }

  @Test
  void aNameInAppositionToAFirmOrCoordinatedWithANewspaperIsNotAPerson() {
    CorpusAnalysis corpus = Analyse.texts("After university she became a clerk with the firm Hollings in Leeds. "
        + "The censors closed the papers Vestnik, Iskra and Zarya. "
        + "The minister accused Vestnik and Vpered Narodu of sedition.");

    assertThat(personForms(corpus)).doesNotContain("Hollings", "Vestnik", "Vpered Narodu");
  }

  @Test
  void wordsBeginningWithAnApostropheThatStandsForALetterBelongToTheName() {
    CorpusAnalysis corpus = Analyse.texts("The kidnappers demanded the release of the cleric 'Ali 'Abd al-Karim "
        + "and of other prisoners held in Cairo.");

    assertThat(persons(corpus)).noneMatch(name -> name.equals("Abd al-Karim") || name.equals("Ali"));
  }

  @Test
  void namesInASentenceAboutANameAreWordsNotPersons() {
    CorpusAnalysis corpus = Analyse.texts("Hendrik Smit farmed near the river. The name \"Smit\" is derived from "
        + "Le Smid, Le Smidt and De Smet, and is of Flemish origin. Smit later moved to the city.");

    assertThat(persons(corpus)).contains("Hendrik Smit").doesNotContain("Le Smid", "Le Smidt", "De Smet");
  }

  @Test
  void aCourtesyTitleTakenForAPlaceBeforeANameMakesOneMentionOfThePerson() {
    // NER takes this sentence's "Miss" for a state and "Havelock" for a person
    CorpusAnalysis corpus = Analyse.texts("The stranger did not know me, but I knew him as the man I had met on the "
        + "stairs, on the occasion of my second visit to Miss Havelock.");

    assertThat(corpus.entities()).extracting(Entity::name).containsExactly("Miss Havelock");
    assertThat(corpus.entities().get(0).mentions()).isEqualTo(1);
  }


  @Test
  void aNameInAppositionToAnOfficeIsAPersons() {
    CorpusAnalysis corpus = Analyse.texts("The dockers' guild kept asking for the dismissal of Saratov, "
        + "Minister of Harbours and Canals.");

    assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Saratov")).extracting(Entity::type)
        .containsExactly("PERSON");
  }


  @Test
  void anUntaggedCapitalisedWordInAListOfPersonsIsAPerson() {
    CorpusAnalysis corpus = Analyse.texts("But who let the boat drift? Why, it was Peterson, and Buttons, and you, "
        + "Harry Vance, every one of you asleep on watch!");

    assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Buttons")).extracting(Entity::type)
        .containsExactly("PERSON");
  }


  @Test
  void aListWhereNerFoundOnlyOnePersonAmongManyNamesIsNoListOfPersons() {
    CorpusAnalysis corpus = Analyse.texts("Six weeks passed like this, and I had copied out Bishops and Bowls and "
        + "Brewster and Bridges and Burma, and hoped that I might get on to the C's.");

    assertThat(corpus.entities()).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
        .doesNotContain("Bowls", "Bridges", "Burma");
  }

  @Test
  void aNameWithMembersIsABodyWhereverTheTextUsesIt() {
    CorpusAnalysis corpus = Analyse.texts("The charter was due to be signed by all 24 members of Vaad Hamoshavot. "
        + "However, nine members could not attend. Later Vaad Hamoshavot became the Provisional Council.");

    assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Vaad Hamoshavot")).extracting(Entity::type)
        .containsExactly("ORGANIZATION");
  }

  @Test
  void aSurnameTheTextCallsHeIsNotTheWomanWhoseFullNameEndsInIt() {
    CorpusAnalysis corpus = Analyse.texts("Voss won the seat in 1948. He was soon known for his speeches, and Voss "
        + "spoke often in the chamber. In 1953 he married a clerk, and in 1957 Voss and his wife adopted a baby girl, "
        + "whom they named Margaret Anne Voss. \"The country is in danger from within,\" Voss said in 1958.");

    assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Margaret Anne Voss"))
        .extracting(Entity::mentions).containsExactly(1);
    assertThat(corpus.documents().get(0).quotes()).extracting(Quote::speaker).containsExactly("Voss");
  }

  @Test
  void aLordAfterTheBeginsTheNameOfAnOfficeNotOfAPeer() {
    CorpusAnalysis corpus = Analyse.texts("Wren flew home that evening. At the airport he was met by the Lord "
        + "Steward, the Earl of Dunmore, and later by Lord Ashby. Wren thanked them both.");

    assertThat(persons(corpus)).contains("Lord Ashby").noneMatch(name -> name.contains("Steward"));
  }

  @Test
  void aSurnameWrittenAfterTheFullNameIsThatPersonWhateverTheGivenNameList() {
    CorpusAnalysis corpus = Analyse.texts("In 1953 Nikita Orlov became first secretary of the party. Orlov was soon "
        + "the strongest man in the country, and he spoke often. \"The country is in danger from within,\" Orlov "
        + "said in 1956, and he repeated it at every meeting.");

    assertThat(corpus.documents().get(0).quotes()).extracting(Quote::speaker).containsExactly("Nikita Orlov");
  }

  @Test
  void theNameAfterAKingIsAGivenNameNotTheSurnameOfAnother() {
    CorpusAnalysis corpus = Analyse.texts("The letter reached Edward VIII in May. The old statesman Thomas Edward "
        + "praised it in the house, and Thomas Edward spoke for an hour. That night King Edward issued a statement to "
        + "his people, \"After the tireless efforts of the council it is my hope that a new era may be dawning.\"");

    assertThat(corpus.documents().get(0).quotes()).extracting(Quote::speaker).containsExactly("Edward VIII");
  }

  @Test
  void membersOfSomeonesCabinetLeaveThatPersonAPerson() {
    CorpusAnalysis corpus = Analyse.texts("Walter Brandt became premier in May. He faced opposition from some members "
        + "of Brandt's cabinet, who wanted an early election. Brandt refused, and he said so in the House.");

    assertThat(corpus.entities()).filteredOn(e -> e.name().contains("Brandt")).extracting(Entity::type)
        .containsOnly("PERSON");
  }

  @Test
  void aNameEndingInANounOfEventsIsNoPerson() {
    CorpusAnalysis corpus = Analyse.texts("Yosef Tamir Vote\n\nOn 12 May the council voted on the charter.");

    assertThat(corpus.entities()).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
        .doesNotContain("Yosef Tamir Vote");
  }

  @Test
  void aSurnameBeforeABareApostropheIsPartOfTheNameBeforeIt() {
    CorpusAnalysis corpus = Analyse.texts("At the opening of Kingsley Nous' The Lantern, the old minister figures as "
        + "a cleric of the Holy Office.");

    assertThat(corpus.entities()).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
        .contains("Kingsley Nous").doesNotContain("Kingsley");
  }

  @Test
  void initialsAfterAPlaceAndACommaEndAnAddressAndNameNoPerson() {
    CorpusAnalysis corpus = Analyse.texts("The money came from the estate of the late Josiah Parker, of Springfield, "
        + "Ohio, U. S. A., and was paid in gold.");

    assertThat(corpus.entities()).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
        .containsExactly("Josiah Parker");
  }

  @Test
  void aSaintsNameInAChurchsNameAFirmAndATitleAloneAreNoPersons() {
    CorpusAnalysis corpus = Analyse.texts("“Drive like the devil,” Edmund Carew shouted, “first to Pollard & Brewster's "
        + "in Regent Street, and then to the Church of St. Anselm in the Harrow Road.” Edmund Carew never looked back. "
        + "“And Mademoiselle's address?” asked the cabman.");

    assertThat(persons(corpus)).contains("Edmund Carew")
        .noneMatch(name -> name.contains("Anselm") || name.contains("Brewster") || name.contains("Pollard")
            || name.equals("Mademoiselle"));
  }


  @Test
  void aWomanWhoMarriedIsTheWomanOfHerHusbandsSurname() {
    CorpusAnalysis corpus = Analyse.texts("Mr. Hatton had married Mrs. Lisle, and was master of the mill. "
        + "Mrs. Lisle that was had kept the mill accounts for years. Now Mrs. Hatton kept them still, and "
        + "Mr. Hatton signed what she wrote.");

    assertThat(persons(corpus)).contains("Mr. Hatton").hasSize(2);
  }


  @Test
  void aWifeNamedByHerGivenNameAfterHerHusbandsNameIsNotAnotherWomanOfThatName() {
    CorpusAnalysis corpus = Analyse.texts("In 1911 Piotr Varga married Vera Ilyinichna Sokolova, his cousin. "
        + "Years later the poet Grigory Lensky was arrested. According to Lensky's wife, Vera, he had no enemies. "
        + "Vera Lensky wrote her memoirs in exile.");

    Entity sokolova = corpus.entities().stream().filter(e -> e.name().equals("Vera Ilyinichna Sokolova")).findFirst()
        .orElseThrow();
    assertThat(sokolova.aliases()).doesNotContain("Vera", "Vera Lensky");
    assertThat(corpus.entities()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("Vera Lensky");
      assertThat(e.aliases()).contains("Vera");
    });
  }

  @Test
  void theSurnameAloneOfAPersonNamedInFullIsThatPersonWhereverNerTookItForAPlace() {
    CorpusAnalysis corpus = Analyse.texts("Pasternak sought help for his fellow poet, Osip Zarechny, who had been "
        + "arrested. Bukharin had acted as Zarechny's protector since 1922, and he wrote to the court pleading "
        + "clemency for Zarechny. He could not risk mentioning Zarechny in his speech.");

    assertThat(corpus.entities()).filteredOn(e -> e.name().contains("Zarechny")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("PERSON"));
  }

  @Test
  void aSurnameTheTextAlsoUsesAsAPlaceStaysAPlace() {
    CorpusAnalysis corpus = Analyse.texts("The engineer Osip Zarechny was born in 1890. In Zarechny, the town on the "
        + "river, the workers went on strike, and the strike spread from Zarechny to the capital.");

    assertThat(corpus.entities()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("Zarechny");
      assertThat(e.type()).isNotEqualTo("PERSON");
    });
  }

  @Test
  void aNameAfterACapitalisedNounOfPlacesAndOfIsAPlace() {
    CorpusAnalysis corpus = Analyse.texts("Tom Reddy said they sailed past the Isle of Harwick and the Isle "
        + "of Skerry before the storm.");

    assertThat(persons(corpus)).contains("Tom Reddy").doesNotContain("Harwick", "Skerry");
  }

  @Test
  void capitalsJoinedByFullStopsWithoutSpacesAreAnAbbreviationNotAPerson() {
    CorpusAnalysis corpus = Analyse.texts("Speaking of the young C.P. members, Ivan Dorov wished to say a word.");

    assertThat(persons(corpus)).contains("Ivan Dorov").noneMatch(name -> name.startsWith("C.P"));
  }

  @Test
  void aQuotedNameRightAfterANounOfThingsNamesThatThing() {
    CorpusAnalysis corpus = Analyse.texts("It was the loss of the British barque \"Mary Belton\" that began it, "
        + "and Tom Reddy never spoke of it again.");

    assertThat(persons(corpus)).contains("Tom Reddy").doesNotContain("Mary Belton");
  }

  @Test
  void asManyNamesAsANumberOfPeopleAnnouncesAreThosePeoplesNames() {
    // NER takes both names for places, and the parser the pair for adjectives of "officers"
    CorpusAnalysis corpus = Analyse.texts("Kishkin was appointed to keep order in the city. The governor chose as "
        + "his deputies two officers no less unpopular, Falkenburg and Rostov.");

    assertThat(persons(corpus)).contains("Falkenburg", "Rostov");
  }

  @Test
  void aNameThatModifiesANounOfThingsIsNoMentionOfAPersonButOneModifyingANounOfPersonsIs() {
    CorpusAnalysis corpus = Analyse.texts("He wore a drab waistcoat with a heavy Albert chain across it. "
        + "Later, Trotsky biographer Isaac Deutscher visited him.");

    assertThat(personForms(corpus)).contains("Trotsky", "Isaac Deutscher").doesNotContain("Albert");
  }

  @Test
  void aNameBeforeApostropheSAndACapitalisedNounOfStreetsIsAPlace() {
    CorpusAnalysis corpus = Analyse.texts("The crowd filled Fleet Street, and Wilson's Court looked like a market. "
        + "Mr. Jabez Wilson himself was not there.");

    assertThat(personForms(corpus)).doesNotContain("Wilson").contains("Mr. Jabez Wilson");
  }

  @Test
  void aNameTheTextShowsIsATownIsAPlaceWhereverItFollowsAPrepositionOfPlace() {
    CorpusAnalysis corpus = Analyse.texts("The valley is not very far from Ross, in Herefordshire. He had driven over "
        + "to Ross with John Cobb, the groom. At noon we found ourselves at the pretty little country-town of Ross. "
        + "Later he carried the stone to Kilburn, where his friend lived, and went back to Kilburn the next day.");

    assertThat(persons(corpus)).contains("John Cobb").doesNotContain("Ross", "Kilburn");
  }

  @Test
  void aNameRightAfterALowerCaseNounOfThingsNamesThatThing() {
    CorpusAnalysis corpus = Analyse.texts("The speech was broadcast live by the new radio station Leah Goldberg, "
        + "and the newspaper Miriam Levy printed it the next morning. The announcer, Ruth Adler, read it aloud.");

    assertThat(personForms(corpus)).containsExactly("Ruth Adler");
  }

  @Test
  void aNameAfterTheLateIsAPersonsWhateverNerTookItFor() {
    CorpusAnalysis corpus = Analyse.texts("The estate of the late Hezekiah Brandywine was sold in the spring.");

    assertThat(persons(corpus)).contains("Hezekiah Brandywine");
  }

  @Test
  void aNameInBracketsRightAfterAPersonsNameIsAnotherNameOfThatPerson() {
    CorpusAnalysis corpus = Analyse.texts("Several members later took new names, among them Shmuel Tamir "
        + "(Katzenelbogen) and Yosef Almogi (then Josef Krelenstein). In 1931 Katzenelbogen was a lawyer in Haifa, "
        + "and Krelenstein worked at the port. Tamir and Almogi met David Horowitz (1899-1979) in Jerusalem.");

    assertThat(corpus.entities()).filteredOn(e -> e.name().contains("Tamir") || e.name().contains("Katzenelbogen"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(4));
    assertThat(corpus.entities()).filteredOn(e -> e.name().contains("Almogi") || e.name().contains("Krelenstein"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(4));
    assertThat(persons(corpus)).anyMatch(name -> name.contains("Horowitz"));
  }

  @Test
  void aGivenNameTaggedAloneBeforeTheSurnameOfAPersonTheTextNamesIsOneName() {
    CorpusAnalysis corpus = Analyse.texts("Sir Edvard Johan Vallander-Holm was born in 1891. One of his half-brothers, "
        + "Air Vice Marshall Neill Vallander-Holm OBE was Assistant Chief of Air Staff in 1950.");

    assertThat(personForms(corpus)).anyMatch(form -> form.contains("Neill Vallander-Holm"))
        .noneMatch(form -> form.equals("Neill"));
  }

  @Test
  void aNameBeforeACommaAndAPlaceThatEndsThePhraseIsAnAddressNotAPerson() {
    CorpusAnalysis corpus = Analyse.texts("On retirement Nils Blom went to Drumoak, Aberdeenshire, "
        + "and was appointed a Deputy Lieutenant there.");

    assertThat(personForms(corpus)).containsExactly("Nils Blom");
  }

  @Test
  void aNameAfterACapitalisedSettlementNounAndOfIsAPlace() {
    CorpusAnalysis corpus = Analyse.texts("He spoke of the Free City of Kolberg.");

    assertThat(corpus.documents().get(0).mentions()).filteredOn(m -> m.text().equals("Kolberg")).singleElement()
        .satisfies(m -> assertThat(m.type()).isNotEqualTo("PERSON"));
  }
}
