package org.corpusstats.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.chart.SmallCorpus;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportStageTest {

  @TempDir
  static Path folder;
  private static List<CsvTable> tables;
  private static List<Path> written;
  private static String page;

  @BeforeAll
  static void writeTheReport() throws IOException {
    CorpusAnalysis corpus = SmallCorpus.corpus();
    tables = SmallCorpus.tables(corpus);
    written = ReportStage.write(SmallCorpus.data(corpus), tables, "small & <corpus>", folder);
    page = Files.readString(folder.resolve("report.html"));
  }

  @Test
  void writesTwoFilesPerChartBothNetworksAndThePageLast() {
    assertThat(written).hasSize(14 * 2 + 3).allMatch(Files::isRegularFile);
    assertThat(written).contains(folder.resolve("charts/timeline.png"), folder.resolve("charts/timeline.svg"),
        folder.resolve("network.gexf"), folder.resolve("network.graphml"));
    assertThat(written.get(written.size() - 1)).isEqualTo(folder.resolve("report.html"));
  }

  @Test
  void everyImageAndLinkOnThePageIsARelativePathThatExistsOrACsvOfTheRun() {
    Matcher refs = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"").matcher(page);
    int count = 0;
    while (refs.find()) {
      String target = refs.group(1);
      count++;
      if (target.startsWith("https://en.wikipedia.org/wiki/")) {
        // An entity's page: a link a reader may follow, never loaded by the page (the browser test checks that).
        continue;
      }
      assertThat(target).as("no network: " + target).doesNotContain("//").doesNotStartWith("/");
      boolean isTable = tables.stream().anyMatch(t -> t.fileName().equals(target));
      assertThat(isTable || Files.exists(folder.resolve(target))).as(target).isTrue();
    }
    assertThat(count).isGreaterThan(50);
  }

  @Test
  void linksEveryCsvAndShowsEveryChart() {
    for (CsvTable table : tables) {
      assertThat(page).contains("href=\"" + table.fileName() + "\"");
    }
    assertThat(Pattern.compile("<img src=\"charts/[a-z-]+\\.png\"").matcher(page).results().count()).isEqualTo(14);
  }

  @Test
  void escapesTextFromTheCorpusAndItsName() {
    assertThat(page).doesNotContain("<script>alert(1)</script>", "<corpus>");
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", "small &amp; &lt;corpus&gt;");
    assertThat(Pattern.compile("<script>").matcher(page).results().count()).as("only the sorting script")
        .isEqualTo(1);
  }

  @Test
  void everyTablePreviewIsSortable() {
    long sortable = Pattern.compile("<table class=\"sortable\">").matcher(page).results().count();
    long nonEmpty = tables.stream().filter(t -> !t.rows().isEmpty()).count();

    // The small corpus has no keyword significant enough for the keywords table.
    assertThat(sortable).as("table previews plus the figures and the entities").isEqualTo(nonEmpty + 2);
  }

  @Test
  void groupsQuotationsBySpeakerWithTheUnknownSpeakerLast() {
    int trotsky = page.indexOf("<summary>Leon Trotsky");
    int stalin = page.indexOf("<summary>Joseph Stalin");
    int unknown = page.indexOf("<summary>" + PageSections.UNKNOWN_SPEAKER);

    assertThat(trotsky).isPositive().isLessThan(stalin);
    assertThat(stalin).isLessThan(unknown);
    assertThat(page).contains("<blockquote><p>“ a bureaucratic caste ”</p>");
  }

  @Test
  void marksEachFigureInItsSentence() {
    assertThat(page).contains("Output fell <mark>40 %</mark> in 1923 , said Lenin .",
        "to a <mark>thousand</mark> members");
  }

  @Test
  void aRunWithNoDocumentsOrTablesStillGetsEveryChartAndThePage(@TempDir Path empty) throws IOException {
    List<Path> files = ReportStage.write(
        org.corpusstats.report.ReportData.of(new CorpusAnalysis(List.of(), List.of()),
            org.corpusstats.stats.Statistics.none()), List.of(), "empty", empty);

    assertThat(files).hasSize(14 * 2 + 3);
    assertThat(Files.readString(empty.resolve("report.html")))
        .contains("No summary.csv in this run.", "The text quotes no one.", "The text quotes no figures.");
  }

  @Test
  void forbidsEveryOutsideSourceWithAContentSecurityPolicy() {
    assertThat(page).contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
  }

  @Test
  void chartsDrawnInParallelAreTheSameBytesEveryTime(@TempDir Path again) throws IOException {
    CorpusAnalysis corpus = SmallCorpus.corpus();
    List<Path> second = ReportStage.write(SmallCorpus.data(corpus), tables, "small & <corpus>", again);

    assertThat(second).hasSameSizeAs(written);
    for (int i = 0; i < written.size(); i++) {
      assertThat(folder.relativize(written.get(i))).isEqualTo(again.relativize(second.get(i)));
      assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).toString())
          .isEqualTo(Files.readAllBytes(written.get(i)));
    }
  }

  @Test
  void theEntitiesSectionListsTheConceptsWhenThereAreAny(@TempDir Path withConcepts) throws IOException {
    CorpusAnalysis small = SmallCorpus.corpus();
    CorpusAnalysis corpus = new CorpusAnalysis(small.documents(), small.entities(), List.of(
        new org.corpusstats.extract.Concept("war", "CAUSE_OF_DEATH", 3, List.of("war", "wars")),
        new org.corpusstats.extract.Concept("leader", "TITLE", 2, List.of("leader"))));
    ReportStage.write(org.corpusstats.report.ReportData.of(corpus, SmallCorpus.data(small).statistics()), tables,
        "concepts", withConcepts);

    String report = Files.readString(withConcepts.resolve("report.html"));
    assertThat(report).contains("<h3>Concepts</h3>", "<td>war</td><td>CAUSE_OF_DEATH</td><td class=\"num\">3</td>",
        "<td>war; wars</td>");
    assertThat(page).as("the small corpus has no concepts").doesNotContain("<h3>Concepts</h3>");
  }
}
