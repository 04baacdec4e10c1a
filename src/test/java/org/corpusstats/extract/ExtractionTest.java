package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.corpusstats.extract.Analyse.quote;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each extractor on small texts written for the test, through the real CoreNLP models. */
@Tag("corenlp")
final class ExtractionTest {

  @Test
  void aSurnameAndAPossessiveMergeIntoTheFullNameAndPronounsAreNoEntities() {
    CorpusAnalysis corpus = Analyse.texts(
        "Leon Trotsky was born in Ukraine in 1879. Years later, Trotsky’s allies praised him in Moscow. "
            + "He left the city in 1929.");

    Entity trotsky = corpus.entities().stream().filter(e -> e.name().equals("Leon Trotsky")).findFirst().orElseThrow();
    assertThat(trotsky.type()).isEqualTo("PERSON");
    assertThat(trotsky.mentions()).isEqualTo(2);
    assertThat(trotsky.aliases()).contains("Trotsky");
    assertThat(corpus.entities()).extracting(Entity::name).doesNotContain("He", "him", "his");
    List<Mention> mentions = corpus.documents().get(0).mentions();
    assertThat(mentions).extracting(Mention::text).doesNotContain("He", "him");
    assertThat(mentions).allSatisfy(m -> assertThat(corpus.documents().get(0).text()
        .substring(m.charBegin(), m.charEnd())).isEqualTo(m.text()));
  }

  @Test
  void aPersonsTitlesBeforeTheNameInAppositionAndAsPredicateAreItsRoles() {
    CorpusAnalysis corpus = Analyse.texts("Secretary of State Colin Powell flew to Cairo on Monday. "
        + "Donald Rumsfeld, the Secretary of Defense, stayed in Washington. "
        + "After becoming General Secretary of the party in 1922, Stalin concentrated power in his hands.");

    assertThat(entity(corpus, "Colin Powell").roles()).containsExactly("Secretary of State");
    assertThat(entity(corpus, "Donald Rumsfeld").roles()).containsExactly("Secretary of Defense");
    assertThat(entity(corpus, "Stalin").roles()).containsExactly("General Secretary of the party");
    assertThat(corpus.entities()).extracting(Entity::type).doesNotContain("TITLE");
  }

  @Test
  void aDefiniteTitleAloneIsAMentionOfItsLastHolderAndSpeaksForThem() {
    CorpusAnalysis corpus = Analyse.texts("Secretary of State Colin Powell met the ambassador on Monday. "
        + "The talks went badly. \u201cWe will not negotiate with anyone who threatens us,\u201d the Secretary said.");

    List<Mention> powell = corpus.documents().get(0).mentions().stream()
        .filter(m -> m.entity().equals("Colin Powell")).toList();
    assertThat(powell).extracting(Mention::text).contains("Colin Powell", "Secretary");
    assertThat(corpus.documents().get(0).quotes()).singleElement().extracting(Quote::speaker)
        .isEqualTo("Colin Powell");
  }

  @Test
  void aTitleBeforeANameInAppositionIsItsRoleAndATitleAloneWithOtherWordsIsAnotherOffice() {
    CorpusAnalysis corpus = Analyse.texts("At the meeting only the War Secretary Per Holmgren backed the plan. "
        + "The Home Secretary, Sir Nils Blomqvist, thought it rash. The Foreign Secretary said nothing. "
        + "Later the Home Secretary changed his mind.");

    assertThat(entity(corpus, "Per Holmgren").roles()).containsExactly("War Secretary");
    assertThat(entity(corpus, "Sir Nils Blomqvist").roles()).containsExactly("Home Secretary");
    assertThat(corpus.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Per Holmgren",
        "Sir Nils Blomqvist");
    List<Mention> mentions = corpus.documents().get(0).mentions();
    assertThat(mentions).filteredOn(m -> m.text().equals("Home Secretary")).singleElement()
        .satisfies(m -> assertThat(m.entity()).isEqualTo("Sir Nils Blomqvist"));
    assertThat(mentions).filteredOn(m -> m.text().equals("Foreign Secretary"))
        .allSatisfy(m -> assertThat(m.entity()).isNotIn("Per Holmgren", "Sir Nils Blomqvist"));
  }

  @Test
  void commonNounsOfEntityClassesAreConceptsNotEntities() {
    CorpusAnalysis corpus = Analyse.texts("The war ruined the country. The leader blamed the generals for the war, "
        + "and the judge blamed the leader.");

    assertThat(corpus.entities()).extracting(Entity::name).doesNotContain("war", "leader", "judge");
    assertThat(corpus.concepts()).extracting(Concept::concept).contains("war", "leader");
    assertThat(corpus.concepts()).filteredOn(c -> c.concept().equals("war")).singleElement()
        .satisfies(c -> assertThat(c.mentions()).isEqualTo(2));
  }

  private static Entity entity(CorpusAnalysis corpus, String name) {
    return corpus.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + corpus.entities()));
  }

  @Test
  void theSameNameInTwoDocumentsIsOneEntity() {
    CorpusAnalysis corpus = Analyse.texts("Nikolai Bukharin wrote from prison.", "Bukharin was shot in Moscow.");

    Entity bukharin = corpus.entities().stream().filter(e -> e.name().equals("Nikolai Bukharin")).findFirst().orElseThrow();
    assertThat(bukharin.documents()).isEqualTo(2);
    assertThat(bukharin.mentions()).isEqualTo(2);
  }

  @Test
  void anAcronymInBracketsJoinsTheNameItAbbreviates() {
    CorpusAnalysis corpus = Analyse.texts("The government adopted the New Economic Policy (NEP) in 1921. "
        + "Under NEP, trade revived. NEP lasted until 1928.");

    assertThat(corpus.entities()).filteredOn(e -> e.aliases().contains("NEP") || e.name().equals("NEP"))
        .singleElement().extracting(Entity::name).isEqualTo("New Economic Policy");
  }

  @Test
  void underspecifiedDatesAreResolvedAgainstTheNarrativeNotToday() {
    DocumentAnalysis doc = Analyse.text("In March 1923 Lenin fell ill. By October the party was divided. "
        + "A year later, the crisis returned. The harvest of 1927-28 failed. In the 1920s, few noticed. "
        + "Now we know more.");

    DateRef october = date(doc, "October");
    assertThat(october.inferred()).isTrue();
    assertThat(october.normalized()).isEqualTo("XXXX-10");
    assertThat(october.resolved()).isEqualTo("1923-10");
    assertThat(october.years()).containsExactly(1923);
    DateRef later = date(doc, "A year later");
    assertThat(later.years()).containsExactly(1924);
    assertThat(later.inferred()).isTrue();
    assertThat(date(doc, "1927-28").years()).containsExactly(1927, 1928);
    DateRef decade = date(doc, "1920s");
    assertThat(decade.years()).isEmpty();
    assertThat(decade.decade()).isEqualTo(1920);
    DateRef now = date(doc, "Now");
    assertThat(now.years()).isEmpty();
    assertThat(now.inferred()).isFalse();
    assertThat(date(doc, "March 1923").inferred()).isFalse();
  }

  @Test
  void aRangeOfYearsWhoseEndNerTakesForANumberIsOneDateAndNoFigure() {
    DocumentAnalysis doc = Analyse.text("The policy was partly to blame for the renewal of the 1906\u201309 "
        + "peasant revolt in the south.");

    assertThat(date(doc, "1906").years()).containsExactly(1906, 1909);
    assertThat(doc.figures()).noneMatch(f -> f.text().strip().equals("09"));
  }

  @Test
  void pluralsOfRoundNumbersCountAtLeastThatManyAndTheirProductWithOf() {
    DocumentAnalysis doc = Analyse.text("The mines took tens of thousands of prisoners. Scores of clerks were "
        + "dismissed, and the governor used the purge to settle many old scores in the province.");

    assertThat(figure(doc, "tens of thousands").value()).isEqualTo(10_000.0);
    assertThat(figure(doc, "tens of thousands").qualifier()).isEqualTo(">");
    assertThat(figure(doc, "Scores").value()).isEqualTo(20.0);
    assertThat(doc.figures()).extracting(Figure::text).doesNotContain("scores");
  }

  @Test
  void aDayAfterADashStartsADateOfItsOwnAndEndsNoRangeOfYears() {
    DocumentAnalysis doc = Analyse.text("The papers were kept by his niece Maria Holm (1907–12 March 1988), "
        + "who left them to the library.");

    assertThat(doc.dates()).flatExtracting(DateRef::years).contains(1907, 1988).doesNotContain(1912);
  }

  @Test
  void aYearAfterAPrefixIsAYear() {
    DocumentAnalysis doc = Analyse.text("He hoped to restore the pre-1871 kingdom, and by mid-1883 he had failed.");

    assertThat(doc.dates()).flatExtracting(DateRef::years).contains(1871, 1883);
  }

  @Test
  void aNumberBetweenSlashesInADocumentSymbolIsNoYear() {
    DocumentAnalysis doc = Analyse.text("The commission reported in 1950 (document A/1488/Rev.2) that the "
        + "refugees numbered 700,000.");

    assertThat(doc.dates()).flatExtracting(DateRef::years).containsExactly(1950);
  }

  @Test
  void aNumberThatLabelsANamedThingIsNoYearButALawKeepsItsYear() {
    DocumentAnalysis doc = Analyse.text("In 1951 Directive 1848 replaced Resolution 1802, while the Harbour Act 1937 "
        + "stayed in force.");

    assertThat(doc.dates()).flatExtracting(DateRef::years).containsExactlyInAnyOrder(1951, 1937);
  }

  @Test
  void aYearWrittenWithoutItsCenturyTakesTheCenturyOfTheYearsAroundIt() {
    DocumentAnalysis doc = Analyse.text("The winter of '94 was the hardest the village had known. The mill was built "
        + "in 1871, and it burned in January, '09, when the river froze.");

    assertThat(date(doc, "'94").years()).containsExactly(1894);
    assertThat(date(doc, "'94").inferred()).isFalse();
    assertThat(date(doc, "'09").years()).containsExactly(1909);
    assertThat(date(doc, "'09").inferred()).isFalse();
  }

  @Test
  void figuresCarryValueUnitChangeAndYearButYearsAreNotFigures() {
    DocumentAnalysis doc = Analyse.text("Between 1929 and 1934 the number of cattle fell by 40%. "
        + "In 1921 industry was producing only an eighth of its 1913 output. "
        + "The plan saw 1,500 new factories built. "
        + "The number of industrial workers dropped from 230,000 to under 80,000 between 1918 and 1920. "
        + "The 10th Congress met in Moscow.");

    Figure percent = figure(doc, "40%");
    assertThat(percent.kind()).isEqualTo(FigureKind.PERCENT);
    assertThat(percent.value()).isEqualTo(40.0);
    assertThat(percent.change()).isEqualTo("fall");
    assertThat(percent.unit()).isEqualTo("cattle");
    assertThat(percent.year()).isEqualTo(1929);
    Figure eighth = figure(doc, "an eighth");
    assertThat(eighth.kind()).isEqualTo(FigureKind.FRACTION);
    assertThat(eighth.value()).isEqualTo(0.125);
    assertThat(eighth.unit()).isEqualTo("output");
    assertThat(figure(doc, "1,500").unit()).isEqualTo("factories");
    Figure from = figure(doc, "230,000");
    assertThat(from.role()).isEqualTo("from");
    assertThat(from.linked()).isEqualTo("80,000");
    assertThat(from.change()).isEqualTo("fall");
    assertThat(figure(doc, "80,000").qualifier()).isEqualTo("<");
    assertThat(figure(doc, "10th").kind()).isEqualTo(FigureKind.ORDINAL);
    assertThat(doc.figures()).extracting(Figure::value).doesNotContain(1929.0, 1913.0, 1921.0);
  }

  @Test
  void aNumberStandingForPeopleIsNamedByWhatHappenedToThem() {
    DocumentAnalysis doc = Analyse.text("The campaign was brutal – 320,000 were deported in the first months.");

    Figure deported = figure(doc, "320,000");
    assertThat(deported.value()).isEqualTo(320000.0);
    assertThat(deported.unit()).isEqualTo("deported");
  }

  @Test
  void fractionsInWordsHaveTheirValue() {
    DocumentAnalysis doc = Analyse.text("Less than one in ten members had joined before the revolution. "
        + "Production of cereal crops fell by a quarter.");

    assertThat(figure(doc, "one in ten").value()).isEqualTo(0.1);
    assertThat(figure(doc, "a quarter").value()).isEqualTo(0.25);
    assertThat(doc.dates()).extracting(DateRef::text).doesNotContain("a quarter");
  }

  @Test
  void durationsRangesAndApproximateCountsAreFiguresWithTheirQualifier() {
    DocumentAnalysis doc = Analyse.text("The talks lasted about 80 days. Officials must answer within 24 to 48 hours, "
        + "and an appeal may take up to 60 days. Approximately 2,500 members attended the congress. "
        + "Millions of workers joined the strike, and a 21-year-old clerk led it. One day it ended.");

    Figure eighty = figure(doc, "80");
    assertThat(eighty.kind()).isEqualTo(FigureKind.DURATION);
    assertThat(eighty.unit()).isEqualTo("days");
    assertThat(eighty.qualifier()).isEqualTo("~");
    assertThat(figure(doc, "24").value()).isEqualTo(24);
    assertThat(figure(doc, "48").unit()).isEqualTo("hours");
    assertThat(figure(doc, "60").qualifier()).isEqualTo("<");
    Figure members = figure(doc, "2,500");
    assertThat(members.kind()).isEqualTo(FigureKind.COUNT);
    assertThat(members.qualifier()).isEqualTo("~");
    assertThat(figure(doc, "Millions").value()).isEqualTo(1_000_000);
    assertThat(figure(doc, "Millions").qualifier()).isEqualTo(">");
    assertThat(figure(doc, "21").unit()).isEqualTo("year");
    assertThat(doc.figures()).extracting(Figure::text).doesNotContain("One");
    assertThat(doc.dates()).extracting(DateRef::text).anyMatch(t -> t.contains("80 days"));
  }

  @Test
  void coordinatedNumbersShareTheUnitOfTheLastOne() {
    DocumentAnalysis doc = Analyse.text("The clerks worked five, seven, nine hours a shift. "
        + "The ceasefire may hold--thirty-six, forty-eight, or sixty hours--before it breaks. "
        + "The board hired 12 or 15 engineers.");

    for (String text : List.of("five", "seven", "nine", "thirty-six", "forty-eight", "sixty")) {
      assertThat(figure(doc, text).kind()).as(text).isEqualTo(FigureKind.DURATION);
      assertThat(figure(doc, text).unit()).as(text).isEqualTo("hours");
    }
    assertThat(figure(doc, "12").unit()).isEqualTo("engineers");
    assertThat(figure(doc, "15").unit()).isEqualTo("engineers");
  }

  @Test
  void unitsBeforeTensAreOneNumber() {
    DocumentAnalysis doc = Analyse.text("A tall man of five and thirty stepped forward, and four and twenty "
        + "sailors followed him up the beach.");

    assertThat(figure(doc, "five and thirty").value()).isEqualTo(35);
    assertThat(figure(doc, "four and twenty").value()).isEqualTo(24);
    assertThat(doc.figures()).extracting(Figure::value).doesNotContain(5.0, 30.0, 4.0, 20.0);
  }

  @Test
  void numbersThatNameThingsAreLabelsNotData() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "As chapter 6 showed, the meeting in room 10 lasted long.",
        "1. Every unit shall elect two delegates.",
        "The Black Hundred gangs and the First Five Year Plan were discussed."));

    assertThat(figure(doc, "6").kind()).isEqualTo(FigureKind.LABEL);
    assertThat(figure(doc, "10").kind()).isEqualTo(FigureKind.LABEL);
    assertThat(figure(doc, "1").kind()).isEqualTo(FigureKind.LABEL);
    assertThat(figure(doc, "two").kind()).isEqualTo(FigureKind.COUNT);
    assertThat(doc.figures()).extracting(Figure::text).doesNotContain("Hundred", "Five");
  }

  @Test
  void aHyphenStandingForADashIsNotPartOfAName() {
    CorpusAnalysis corpus = Analyse.texts("The warnings reached Clarke-including the one from Moscow. "
        + "Later that year Clarke wrote to the committee again.");

    assertThat(corpus.entities()).extracting(Entity::name).contains("Clarke").doesNotContain("Clarke-including");
  }

  @Test
  void aGenerationalSuffixBelongsToTheNameButIsNoSurname() {
    CorpusAnalysis corpus = Analyse.texts("The march was led by Martin Lund, Jr. and a dozen pastors. "
        + "The report went to Arthur Blom Jr. It was late. Lund spoke first. Blom Jr. wrote back the next day.");

    assertThat(corpus.entities()).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name, Entity::mentions)
        .contains(tuple("Martin Lund, Jr.", 2), tuple("Arthur Blom Jr.", 2));
  }

  @Test
  void aCourtesyTitleBeforeAnOfficeAddressesItsHolderAndNamesNobody() {
    CorpusAnalysis corpus = Analyse.texts("The Chairman of the Holmby farmers' union, Anna Lund, asked the "
        + "members what they wanted. The Chairman heard many answers. A farmer wrote: \"When we fight the moral "
        + "equivalent of a war, Mr. Chairman, don't give us cap pistols.\" Another said that the Chairman should go.");

    assertThat(corpus.entities()).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
        .contains("Anna Lund").doesNotContain("Mr. Chairman", "Chairman");
  }

  @Test
  void anUntaggedFullNameAtTheEndOfAListOfPersonsIsOneToo() {
    CorpusAnalysis corpus = Analyse.texts("Many of the minister's deputies and associates were also arrested, among "
        + "them Ivan Petrenko, Boris Kuzmin, Oleg Sarkanov, and Lev Vrodzimskiy.");

    assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Lev Vrodzimskiy")).singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo("PERSON");
          assertThat(e.mentions()).isEqualTo(1);
        });
  }

  @Test
  void aShortSyllableAfterAHyphenStaysInARomanisedNameButAFunctionWordDoesNot() {
    CorpusAnalysis corpus = Analyse.texts("In 1950 the army of Marshal Ro Tae-sung crossed the river. The warnings "
        + "reached Hollis-in the form of a cable from the embassy. Later that year Hollis wrote to Ro Tae-sung "
        + "again, and the Soviet-backed government answered.");

    assertThat(corpus.entities()).extracting(Entity::name).contains("Ro Tae-sung", "Hollis")
        .doesNotContain("Ro Tae", "Hollis-in", "Soviet-backed");
  }

  @Test
  void speakersComeFromTheVerbOfSayingAroundTheQuote() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "Chapter title",
        "Bukharin wrote that the new course was “a leap into the unknown for the whole party”.",
        "Despite his illness, Lenin warned the congress about the general secretary. He urged that he be removed.",
        "“The secretary is too rude, and this defect becomes intolerable in that post.”",
        "The workers said: “We are tired of waiting for bread and peace.”",
        "“Churchill was wrong about everything that mattered in the end,” the old man remarked."));

    assertThat(quote(doc, "a leap").speaker()).isEqualTo("Bukharin");
    assertThat(quote(doc, "a leap").evidence()).contains("Bukharin wrote");
    assertThat(quote(doc, "too rude").speaker()).isEqualTo("Lenin");
    assertThat(quote(doc, "too rude").speakerType()).isEqualTo("PERSON");
    assertThat(quote(doc, "We are tired").speaker()).isEmpty();
    assertThat(quote(doc, "Churchill").speaker()).isEmpty();
  }

  @Test
  void nothingInsideAQuotationIsItsSpeaker() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The committee met late in the evening, and nobody knew what would happen next.",
        "“Mr. Brown, I never said that the figures in the report were wrong, whatever you think.”",
        "“Smith told me nothing of the kind in the whole of that long afternoon,” the clerk remarked.",
        "“Mrs. Carter,” said Mr. Harold Bumble, “I must tell you the whole truth of this matter at once.”"));

    assertThat(quote(doc, "I never said").speaker()).isEmpty();
    assertThat(quote(doc, "Smith told me").speaker()).isEmpty();
    assertThat(quote(doc, "whole truth").speaker()).contains("Bumble");
    assertThat(quote(doc, "whole truth").evidence()).contains("[");
    assertThat(doc.quotes()).noneSatisfy(q -> assertThat(q.speaker()).isIn("Brown", "Mr. Brown", "Smith", "Carter",
        "Mrs. Carter", "I"));
  }

  @Test
  void dialogueTurnsWithoutTagsAlternateBetweenTheTwoSpeakers() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Margaret Hale and John Thornton walked along the river in silence for a while.",
        "“The mills will open again before the winter comes, I am almost sure of it,” said Margaret.",
        "“They will not open while the masters and the men refuse to speak to one another,” replied Thornton.",
        "“Then somebody must make them speak to one another before the winter comes.”",
        "“And who would that somebody be, in a town that listens to nobody at all?”"));

    assertThat(quote(doc, "Then somebody").speaker()).contains("Margaret");
    assertThat(quote(doc, "Then somebody").evidence()).contains("turn-taking");
    assertThat(quote(doc, "who would that").speaker()).contains("Thornton");
  }

  @Test
  void theOtherPersonOfAConversationAnswersWhenOnlyOneIsNamed() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Anna Weber took her seat at the long table beside Robert Hale, and the room fell quiet.",
        "“We cannot wait for the committee to decide this for us,” said Anna.",
        "“Then what would you have us do, tonight, with no money and no hall?”",
        "“Find the money and the hall, and let the committee follow us if it can.”"));

    assertThat(quote(doc, "Then what would you").speaker()).contains("Hale");
    assertThat(quote(doc, "Find the money").speaker()).contains("Anna");
  }

  @Test
  void aFirstPersonNarratorIsNamedByWhatTheOthersCallThem() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Clara Dunmore was waiting for me at the station when the evening train came in.",
        "“Where on earth have you been all this long week, my dear Martin?” asked Clara.",
        "“I went down to the coast,” said I, “to see the old lighthouse before they pull it down.”"));

    Quote narrators = quote(doc, "I went down to the coast");
    assertThat(narrators.speaker()).isEqualTo("Martin");
    assertThat(narrators.evidence()).contains("narrator");
    assertThat(quote(doc, "Where on earth").speaker()).contains("Clara");
  }

  @Test
  void aSpeechReportedParagraphByParagraphKeepsItsSpeaker() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "I arrived at the end of that long and angry speech of Ivan Smirnov’s, full of reproaches.",
        "“The committee has failed the workers of this city at every turn, and it has failed them knowingly, because "
            + "it feared the consequences of acting more than it feared the consequences of doing nothing at all.”",
        "“I say to you that the hour has come to decide, and that those who do not decide now will find that the "
            + "decision has been made for them by others, who will not ask their opinion.”"));

    assertThat(quote(doc, "The committee has failed").speaker()).contains("Smirnov");
    assertThat(quote(doc, "I say to you").speaker()).contains("Smirnov");
    assertThat(quote(doc, "I say to you").evidence()).contains("the same speech goes on");
  }

  @Test
  void aNameListedAfterThePapersIsANewspaperNotAPerson() {
    CorpusAnalysis corpus = Analyse.texts("The government closed the papers Novy Golos, Volna and Krasny Listok. "
        + "A week later Krasny Listok appeared again under another name.");

    assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Krasny Listok")).singleElement()
        .satisfies(e -> assertThat(e.type()).isNotEqualTo("PERSON"));
  }

  @Test
  void aPronounAfterANamedPersonLeadsIntoABlockQuote() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Trotsky returned to the question in exile. He wrote:",
        "“The bureaucracy will not give up its power without a struggle of the working class itself.”"));

    Quote quote = quote(doc, "bureaucracy");
    assertThat(quote.kind()).isEqualTo(QuoteKind.QUOTATION);
    assertThat(quote.speaker()).isEqualTo("Trotsky");
    assertThat(quote.evidence()).contains("He wrote");
  }

  @Test
  void shortScareQuotedWordsAreTermsAndNestedQuotesAreFound() {
    DocumentAnalysis doc = Analyse.text("The new layer of officials – a “caste”, as the author called them – grew. "
        + "He said: “They call it ‘progress’ but it is nothing of the kind, believe me.”");

    assertThat(quote(doc, "caste").kind()).isEqualTo(QuoteKind.TERM);
    assertThat(quote(doc, "caste").words()).isEqualTo(1);
    Quote nested = quote(doc, "‘progress’");
    assertThat(nested.depth()).isEqualTo(1);
    assertThat(doc.quotes()).allSatisfy(q -> assertThat(doc.text().substring(q.charBegin(), q.charEnd())).isEqualTo(q.text()));
  }

  @Test
  void aNumberAndAHalfHalfADozenAndFeetWithInchesAreEachOneFigureAndTheOneOfOneOrTwoIsNone() {
    DocumentAnalysis doc = Analyse.text("The carrier had lost three and a half pounds on the road. His brother stood "
        + "five feet ten inches in his boots, and half a dozen neighbours came to see them both. "
        + "He kept one or two letters from each of them.");

    assertThat(figure(doc, "three and a half").value()).isEqualTo(3.5);
    assertThat(figure(doc, "five feet ten inches").value()).isCloseTo(5.833, org.assertj.core.data.Offset.offset(0.001));
    assertThat(figure(doc, "half a dozen").value()).isEqualTo(6);
    assertThat(figure(doc, "two").unit()).isEqualTo("letters");
    assertThat(doc.figures()).extracting(Figure::value).doesNotContain(0.5, 12.0, 10.0, 1.0);
  }

  @Test
  void aNumberWordOpeningAQuotationIsAFigureNotPartOfAName() {
    DocumentAnalysis doc = Analyse.text("He counted on his fingers. “Five more days, and then the boat sails,” said he. "
        + "She answered: “Three attempts have been made already.”");

    assertThat(figure(doc, "Five").unit()).isEqualTo("days");
    assertThat(figure(doc, "Three").value()).isEqualTo(3);
  }

  @Test
  void aTimeOfDayIsNoFigure() {
    DocumentAnalysis doc = Analyse.text("She drives out at five every day and returns at seven sharp for dinner. "
        + "It was a quarter past six when we left the house, and ten minutes to the hour when the carriage came. "
        + "The coach was due at eight o'clock, with four passengers.");

    assertThat(doc.figures()).extracting(Figure::value).doesNotContain(5.0, 7.0, 6.0, 8.0, 0.25, 10.0);
    assertThat(figure(doc, "four").unit()).isEqualTo("passengers");
  }

  private static DateRef date(DocumentAnalysis doc, String text) {
    return doc.dates().stream().filter(d -> d.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no date '" + text + "' in " + doc.dates()));
  }

  private static Figure figure(DocumentAnalysis doc, String text) {
    return doc.figures().stream().filter(f -> f.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure '" + text + "' in " + doc.figures()));
  }
}
