package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Figures written in ways CoreNLP's number normaliser misreads, through the real CoreNLP models. */
@Tag("corenlp")
final class WrittenNumbersTest {

  private static Figure figure(DocumentAnalysis doc, String text) {
    return doc.figures().stream().filter(f -> f.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure '" + text + "' in " + doc.figures()));
  }

  @Test
  void aPercentageWrittenPerCentIsTheNumberWritten() {
    DocumentAnalysis doc = Analyse.text("The party won 38 per cent of the vote. "
        + "The board paid grants of 75 per cent (87.5 per cent on the islands).");

    Figure vote = figure(doc, "38 per cent");
    assertThat(vote.kind()).isEqualTo(FigureKind.PERCENT);
    assertThat(vote.value()).isEqualTo(38.0);
    assertThat(vote.unit()).isEqualTo("vote");
    assertThat(figure(doc, "75 per cent").value()).isEqualTo(75.0);
    assertThat(figure(doc, "87.5 per cent").value()).isEqualTo(87.5);
  }

  @Test
  void aMixedNumberKeepsItsWholePartItsFractionAndItsMagnitude() {
    DocumentAnalysis doc = Analyse.text("The clinics saw some 8 and a half million patients last year. "
        + "About 4 1/2 million people watched the final, and the rights cost £2 1/2 million.");

    Figure patients = figure(doc, "8 and a half million");
    assertThat(patients.value()).isEqualTo(8_500_000.0);
    assertThat(patients.qualifier()).isEqualTo("~");
    assertThat(figure(doc, "4 1/2 million").value()).isEqualTo(4_500_000.0);
    Figure rights = figure(doc, "£2 1/2 million");
    assertThat(rights.kind()).isEqualTo(FigureKind.MONEY);
    assertThat(rights.value()).isEqualTo(2_500_000.0);
  }

  @Test
  void aFractionInWordsIsAFractionHyphenatedOrNot() {
    DocumentAnalysis doc = Analyse.text("The motion passed by a two-thirds vote of the members. "
        + "Half the squadron flew home, with one third maintaining an alert. The first-quarter results were poor.");

    Figure twoThirds = figure(doc, "two-thirds");
    assertThat(twoThirds.kind()).isEqualTo(FigureKind.FRACTION);
    assertThat(twoThirds.value()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(figure(doc, "one third").value()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(doc.figures()).noneMatch(f -> f.kind() == FigureKind.FRACTION && f.text().contains("quarter"));
  }

  @Test
  void eachNumberOfARangeIsAFigureOfItsOwnValueAndTheWordBetweenNone() {
    DocumentAnalysis doc = Analyse.text("A good copyist can do from fifteen to twenty pages in a day. "
        + "The farm sold from 40 to 60 calves a year.");

    assertThat(figure(doc, "fifteen").value()).isEqualTo(15.0);
    assertThat(figure(doc, "twenty").value()).isEqualTo(20.0);
    assertThat(figure(doc, "twenty").unit()).isEqualTo("pages");
    assertThat(figure(doc, "fifteen").unit()).isEqualTo("pages");
    assertThat(figure(doc, "40").value()).isEqualTo(40.0);
    assertThat(figure(doc, "60").value()).isEqualTo(60.0);
    assertThat(figure(doc, "40").unit()).isEqualTo("calves");
    assertThat(doc.figures()).noneMatch(f -> f.text().equals("to"));
  }

  @Test
  void aSumOfPenceInOneWordIsMoney() {
    DocumentAnalysis doc = Analyse.text("The ferryman took threepence from each of us, and the boy a tuppence tip.");

    Figure fare = figure(doc, "threepence");
    assertThat(fare.kind()).isEqualTo(FigureKind.MONEY);
    assertThat(fare.value()).isEqualTo(3.0);
    assertThat(fare.unit()).isEqualTo("pence");
    assertThat(figure(doc, "tuppence").value()).isEqualTo(2.0);
  }

  @Test
  void halfBeforeANounOrAUnitOfTimeIsAFractionButNotInACompoundOrBeforeAnAdjective() {
    DocumentAnalysis doc = Analyse.text("The apprentice came for half wages. Fewer than half these boats sailed. "
        + "There was a half-hour break at noon. His half-brother was half asleep.");

    Figure wages = figure(doc, "half");
    assertThat(wages.kind()).isEqualTo(FigureKind.FRACTION);
    assertThat(wages.unit()).isEqualTo("wages");
    assertThat(doc.figures()).filteredOn(f -> f.text().equals("half")).hasSize(2);
    Figure hour = figure(doc, "half-hour");
    assertThat(hour.value()).isEqualTo(0.5);
    assertThat(hour.unit()).isEqualTo("hour");
    assertThat(doc.figures()).noneMatch(f -> f.text().contains("brother"));
  }

  @Test
  void aMultipleInOneWordAndACoupleOfHundredsAreOneFigureEach() {
    DocumentAnalysis doc = Analyse.text("The rains made the harvest grow tenfold, and the farm earned a couple of "
        + "hundred a year. An extra couple of thousand would have paid the debt.");

    Figure tenfold = figure(doc, "tenfold");
    assertThat(tenfold.value()).isEqualTo(10.0);
    assertThat(tenfold.unit()).isEqualTo("fold");
    assertThat(figure(doc, "a couple of hundred").value()).isEqualTo(200.0);
    assertThat(figure(doc, "couple of thousand").value()).isEqualTo(2000.0);
    assertThat(doc.figures()).noneMatch(f -> f.text().equals("hundred") || f.text().equals("a couple"));
  }

  @Test
  void aNumberAfterANounIsNoLabelWhenAnotherNumberFollowsItByOr() {
    DocumentAnalysis doc = Analyse.text("He struck the door with his stick two or three times and waited.");

    assertThat(figure(doc, "two").kind()).isEqualTo(FigureKind.COUNT);
  }

  @Test
  void aFourDigitNumberThatCountsTheMoneyAfterItIsAFigureNotAYear() {
    DocumentAnalysis doc = Analyse.text("When the mill was sold, the brothers got 3800 pounds for the machines. "
        + "In 1911 workers struck for a week.");

    assertThat(figure(doc, "3800").value()).isEqualTo(3800.0);
    assertThat(doc.dates()).noneMatch(d -> d.text().contains("3800"));
    assertThat(doc.dates()).anyMatch(d -> d.text().contains("1911"));
    assertThat(doc.figures()).noneMatch(f -> f.text().equals("1911"));
  }

  @Test
  void aNumberBeforeAYearIsNoRatio() {
    DocumentAnalysis doc = Analyse.text("The school leaving age was raised to 15 in 1947. "
        + "The grant went from £800 to £1,500 in 1945. One in ten pupils left early.");

    assertThat(figure(doc, "15").value()).isEqualTo(15.0);
    assertThat(figure(doc, "£1,500").value()).isEqualTo(1500.0);
    assertThat(figure(doc, "One in ten").value()).isEqualTo(0.1);
    assertThat(doc.figures()).noneMatch(f -> f.text().contains("in 194"));
  }

  @Test
  void aNoBreakSpaceInsideAFigureSeparatesItsWords() {
    DocumentAnalysis doc = Analyse.text("The service dispensed more than 5\u00A0million pairs of spectacles, "
        + "and spending rose from £6.5\u00A0billion to £10\u00A0billion.");

    assertThat(figure(doc, "5\u00A0million").value()).isEqualTo(5_000_000.0);
    assertThat(figure(doc, "£6.5\u00A0billion").value()).isEqualTo(6.5e9);
    assertThat(figure(doc, "£10\u00A0billion").value()).isEqualTo(1e10);
  }
}
