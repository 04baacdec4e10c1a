package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusstats.extract.Analyse.quote;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who speaks the quotations of history and reporting, where words are reported in dispatches, letters and other
 * people's accounts rather than in dialogue: each rule on a small text written for the test (made-up names), through
 * the real CoreNLP models.
 */
@Tag("corenlp")
final class ReportedSpeechTest {

  @Test
  void aNameThatThePreviousNounSwallowsIsStillTheSubjectOfTheVerbAfterIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Karl Vinter had the camps enlarged in the spring.",
        "In the legation's annual report for 1931 Nils Blom notes that at the beginning of the year it was found that "
            + "there were 5,700 prisoners at Lindholm. In the camp at Vesterby there were 3,000 more. He warned that "
            + "unless Vinter were stopped by force then the prisoners' \"death in the camps can only be a matter of "
            + "time.\""));

    Quote warned = quote(doc, "matter of time");
    assertThat(warned.speaker()).as(warned.evidence()).contains("Blom").doesNotContain("Vinter");
  }

  @Test
  void aNameInAppositionToTheAgentOfAPassiveIsWhomAPronounAfterItStandsFor() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "It has been argued by the Danish historian Nils Blom, that during the time of his chief's absence, Per Holm, "
            + "was able to have a real effect on the policy of the mission, as he wrote: \"It was no accident that "
            + "the turn in the council's view of the king came while Holm led the mission.\""));

    Quote wrote = quote(doc, "no accident");
    assertThat(wrote.speaker()).as(wrote.evidence()).contains("Blom");
  }

  @Test
  void aVerbOfSayingReadAsPassiveOnlyByItsPlaceDoesNotTakeAQuoteItDoesNotGovern() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "By 26 October, Nils Blom had counted over 300 violations of the treaty. He complained that the border claimed "
            + "by the Poles was \"cunningly\" drawn to cause economic chaos as \"almost all of the main roads of the "
            + "province must now cross land held by the Poles\"."));

    Quote complained = quote(doc, "main roads");
    assertThat(complained.speaker()).as(complained.evidence()).contains("Blom");
  }

  @Test
  void whoIsQuotedAsSayingSpeaksNotWhoQuotesThem() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Nils Blom quoted one local official as saying to him that the mayor was still undecided, but \"it is the firm "
            + "belief of almost every thinking citizen that the mayor will resign soon\"."));

    Quote saying = quote(doc, "firm belief");
    assertThat(saying.speaker()).as(saying.evidence()).doesNotContain("Blom");
    assertThat(saying.evidence()).contains("official");
  }

  @Test
  void whoIsQuotedAsStatingAfterALongObjectSpeaks() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Ward quotes Edith Lane of Harrow, a Blake critic, as stating, \"A different cut of the film would turn Blake "
            + "into a saint on a white horse, patient and wise, bearing the task of cleaning out the town alone\" and "
            + "that the studio used \"half truths and hints\"."));

    Quote stating = quote(doc, "different cut");
    assertThat(stating.speaker()).as(stating.evidence()).contains("Edith Lane").doesNotContain("Ward");
  }

  @Test
  void aQuotationAVerbOfThinkingGovernsIsTheThoughtOfItsSubject() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Per Holm left the hall early. Karl Vinter stayed behind; he hoped \"that the farmers would stand up to the "
            + "landlords before the winter\"."));

    Quote hoped = quote(doc, "stand up to");
    assertThat(hoped.speaker()).as(hoped.evidence()).contains("Vinter");
  }

  @Test
  void whatSomeoneRealisedIsTheirThoughtToo() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Per Holm left the hall early. Karl Vinter realized that the offer would \"look like a very fair trade to any "
            + "farmer in the province\" and said nothing."));

    Quote trade = quote(doc, "very fair trade");
    assertThat(trade.speaker()).as(trade.evidence()).contains("Vinter");
  }

  @Test
  void theLatterIsTheLastOfTheTwoPersonsNamedBeforeIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Nils Blom complained that the army was expelling farmers from the province. On 17 May, Karl Vinter "
            + "presented Blom with a demand for a district which the latter described as \"populated by about 6,000 "
            + "farmers and 50,000 workers\"."));

    Quote described = quote(doc, "populated by");
    assertThat(described.speaker()).as(described.evidence()).contains("Blom").doesNotContain("Vinter");
  }

  @Test
  void theOwnerOfAnAppraisalSpeaksWhatItEmphasisesEvenWhenTheParserTakesThatForASubject() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Nils Blom reported to the capital every week.",
        "In the months that followed, his appraisal of the situation was bleak, emphasising that the general could not "
            + "be trusted and \"had unlimited aims of conquest and a deep hatred of the republic\"."));

    Quote emphasised = quote(doc, "unlimited aims");
    assertThat(emphasised.speaker()).as(emphasised.evidence()).contains("Blom");
  }

  @Test
  void aPlaceAfterACourtesyTitleNamesAPeer() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The Foreign Secretary, Lord Bristol, ordered Nils Blom to accept the demand. Lord Norwich agreed with him."));

    assertThat(doc.mentions()).filteredOn(m -> m.text().contains("Bristol") || m.text().contains("Norwich"))
        .hasSize(2).allSatisfy(m -> assertThat(m.type()).isEqualTo("PERSON"));
  }

  @Test
  void aQuoteInASentenceAboutSomeoneElseDoesNotCarryOnTheLastSpeakerOfItsParagraph() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Nils Strand of the ministry wrote \"This letter is a plain warning which ought not to be ignored by anyone "
            + "here.\" On 2 January, Per Holm endorsed a report from the attache Karl Vinter. Holm supported the "
            + "conclusion of Vinter that war was near even if he could not foresee what the king would do \"what is "
            + "certain is that the army is prepared for a war this very year\"."));

    Quote certain = quote(doc, "what is certain");
    assertThat(certain.speaker()).as(certain.evidence()).doesNotContain("Strand");
  }

  @Test
  void aQuotationRunningOverParagraphsIsNoNarrationForTheParagraphAfterIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "We bent over the torn page. It was headed, \"April, 1871,\" and beneath were these notices:",
        "\"3rd. Holloway came to the farm. The same old story.",
        "\"6th. Sent the letters to Brannock, Fenwick, and Tom Ashby, of Port Royal.",
        "\"8th. Brannock paid.",
        "\"11th. Tom Ashby paid.",
        "\"14th. Called on Fenwick. All well.\""));

    assertThat(doc.quotes()).filteredOn(q -> q.text().contains("Tom Ashby paid") || q.text().contains("Called on"))
        .isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).as(q.evidence()).doesNotContain("Brannock"));
  }

  @Test
  void whatAVerbOfThinkingHoldsIsItsSubjectsWhenNoVerbOfSayingLeadsIn() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In 1935 Sir Nils Blom, the envoy in Oslo, complained to London about the new circle of friends. He felt that "
            + "they created \"false hopes as regards friendship between the two kingdoms and caused a reaction\"."));

    Quote felt = quote(doc, "false hopes");
    assertThat(felt.speaker()).as(felt.evidence()).contains("Blom");
  }

  @Test
  void aNameSetOffByCommasRightBeforeTheVerbIsItsSubjectsApposition() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The attache commented that Karl Vinter had been a brave soldier in the war, while the wife of the Danish "
            + "Ambassador to Norway, Ada Brask, called Vinter \"one of the most amusing men of the whole court\"."));

    Quote called = quote(doc, "most amusing");
    assertThat(called.speaker()).as(called.evidence()).contains("Brask");
  }

  @Test
  void aNameCalledSomethingIsNoOtherNameOfWhoCallsIt() {
    DocumentAnalysis doc = Analyse.text("Few who knew Karl Vinter liked him. One diplomat, Per Holmgren, called "
        + "Vinter \"lazy and worthless\", and another, Ada Brask, called Vinter a fool.");

    assertThat(doc.mentions()).filteredOn(m -> m.text().contains("Holmgren"))
        .allSatisfy(m -> assertThat(m.entity()).contains("Holmgren"));
    assertThat(doc.mentions()).filteredOn(m -> m.text().contains("Vinter"))
        .allSatisfy(m -> assertThat(m.entity()).contains("Vinter"));
  }

  @Test
  void aWordForAnAttitudeIsNoPartOfAName() {
    DocumentAnalysis doc = Analyse.text("After the treaty, the influence of the ardently Russophobic Vinter rose "
        + "with the king, and Karl Vinter became minister.");

    assertThat(doc.mentions()).extracting(Mention::text).noneMatch(text -> text.contains("Russophobic"));
  }
}
