package org.corpusstats.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on a tiny gold written for the test: every count follows eval/README.md. */
final class ScorerTest {

  private static final String TEXT = "Mr. Collins met Miss Bingley and Mr. Bingley. \u201cI have found out the truth of it "
      + "at last,\u201d said Mr. Collins. \u201cNobody here knows who wrote these words at all,\u201d someone said. "
      + "About 2,500 members came in 1917.";

  private static GoldText gold(Path folder) throws IOException {
    Files.createDirectories(folder.resolve("gold"));
    Files.writeString(folder.resolve("text.txt"), TEXT);
    Files.writeString(folder.resolve("gold/persons.tsv"), "person\tforms\tmentions\tstatus\n"
        + "Mr. Collins\tMr. Collins\t2\trequired\n"
        + "Miss Bingley\tMiss Bingley\t1\trequired\n"
        + "Mr. Bingley\tMr. Bingley\t1\trequired\n");
    Files.writeString(folder.resolve("gold/quotes.tsv"), "anchor\tpart\tspeaker\tspeaker_kind\tnote\n"
        + "I have found out the truth\tfirst\tMr. Collins\tperson\t\n"
        + "Nobody here knows who wrote\tfirst\tunclear\tunclear\tsomeone\n");
    Files.writeString(folder.resolve("gold/figures.tsv"), "anchor\tfigure\tvalue\tunit\tqualifier\n"
        + "About 2,500 members\t2,500\t2500\tmembers\t~\n");
    Files.writeString(folder.resolve("gold/years.tsv"), "year\tmentions\n1917\t1\n");
    return GoldText.load(folder, false);
  }

  private static int at(String anchor) {
    return TEXT.indexOf(anchor);
  }

  @Test
  void aSpeakerIsRightByAnyFormOfItsPersonAndAnUnclearOneOnlyWhenEmpty(@TempDir Path folder) throws IOException {
    GoldText gold = gold(folder);
    List<SystemOutput.QuoteRow> quotes = List.of(
        new SystemOutput.QuoteRow(at("\u201cI have"), at(" said Mr."), "Collins", "speech tag"),
        new SystemOutput.QuoteRow(at("\u201cNobody"), at(" someone"), "Mr. Bingley", "turn-taking"));
    Scorer.Scores scores = Scorer.score(gold, new SystemOutput(List.of(), quotes, List.of(), Set.of()));

    assertThat(scores.quoteRecall()).isEqualTo(new Scorer.Count(2, 2));
    assertThat(scores.namedSpeakers()).isEqualTo(new Scorer.Count(1, 1));
    assertThat(scores.unclearSpeakers()).isEqualTo(new Scorer.Count(0, 1));
    assertThat(scores.byRule()).containsEntry("speech tag", new Scorer.Count(1, 1))
        .containsEntry("turn-taking", new Scorer.Count(0, 1));
  }

  @Test
  void theSieveIsReadFromTheLastBracketOfTheEvidence() {
    assertThat(CorpusStatsOutput.rule("said he [speech tag] (he = Trotsky, the last person named before it)"))
        .isEqualTo("speech tag");
    assertThat(CorpusStatsOutput.rule("The workers said [lead-in, not a named speaker]")).isEqualTo("lead-in");
    assertThat(CorpusStatsOutput.rule("")).isEmpty();
  }

  @Test
  void aBareSurnameSharedByTwoPersonsMatchesNeitherAlone(@TempDir Path folder) throws IOException {
    GoldText gold = gold(folder);
    SystemOutput system = new SystemOutput(List.of(
        new SystemOutput.PersonRow("Collins", List.of("Collins"), 2),
        new SystemOutput.PersonRow("Bingley", List.of("Bingley"), 2),
        new SystemOutput.PersonRow("he", List.of("he"), 3)), List.of(), List.of(), Set.of());

    Scorer.Scores scores = Scorer.score(gold, system);

    assertThat(scores.personRecall()).isEqualTo(new Scorer.Count(1, 3));
    assertThat(scores.personPrecision()).isEqualTo(new Scorer.Count(1, 3));
    assertThat(scores.pronounRows()).isEqualTo(1);
  }

  @Test
  void twoRowsOfOnePersonAreASplitAndOneRowOfTwoPersonsIsAMerge(@TempDir Path folder) throws IOException {
    GoldText gold = gold(folder);
    SystemOutput system = new SystemOutput(List.of(
        new SystemOutput.PersonRow("Mr. Collins", List.of("Mr. Collins"), 1),
        new SystemOutput.PersonRow("Collins", List.of("Collins"), 1),
        new SystemOutput.PersonRow("Miss Bingley", List.of("Miss Bingley", "Mr. Bingley"), 2)), List.of(), List.of(),
        Set.of());

    Scorer.Scores scores = Scorer.score(gold, system);

    assertThat(scores.splitPersons()).isEqualTo(1);
    assertThat(scores.mergedRows()).isEqualTo(1);
    assertThat(scores.personRecall()).isEqualTo(new Scorer.Count(3, 3));
  }

  @Test
  void aFigureMustOverlapItsGoldSpanWithTheSameValueAndYearsCountOnce(@TempDir Path folder) throws IOException {
    GoldText gold = gold(folder);
    int figure = at("2,500");
    SystemOutput system = new SystemOutput(List.of(), List.of(), List.of(
        new SystemOutput.FigureRow(figure, figure + 5, 2500),
        new SystemOutput.FigureRow(at("1917"), at("1917") + 4, 1917)), Set.of(1917, 1918));

    Scorer.Scores scores = Scorer.score(gold, system);

    assertThat(scores.figureRecall()).isEqualTo(new Scorer.Count(1, 1));
    assertThat(scores.figurePrecision()).isEqualTo(new Scorer.Count(1, 2));
    assertThat(scores.yearRecall()).isEqualTo(new Scorer.Count(1, 1));
    assertThat(scores.yearPrecision()).isEqualTo(new Scorer.Count(1, 2));
  }
}
