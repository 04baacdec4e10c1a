package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.report.csv.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StatisticsStageTest {

  private static final List<String> CONTRACT = List.of("words.csv", "ngrams.csv", "cooccurrence.csv",
      "collocates.csv", "dispersion.csv", "kwic.csv", "sections.csv", "summary.csv", "keywords.csv");

  /** Two chapters on Stalin and Trotsky, one with a title and a heading. */
  static CorpusAnalysis corpus() {
    return CorpusFixture.corpus(
        CorpusFixture.document("chapters/one.txt")
            .entity("Stalin", "Joseph Stalin", "PERSON")
            .entity("Trotsky", "Leon Trotsky", "PERSON")
            .entity("Moscow", "Moscow", "CITY")
            .title("The/DT Rise/NNP")
            .sentence("Stalin and/CC Trotsky met/VBD/meet in/IN Moscow ./.")
            .sentence("Stalin and/CC Trotsky argued/VBD/argue in/IN Moscow ./.")
            .heading("The/DT Break/NNP")
            .sentence("Trotsky left/VBD/leave Moscow ,/, Stalin stayed/VBD/stay ./.")
            .build(),
        CorpusFixture.document("chapters/two.txt")
            .entity("Stalin", "Joseph Stalin", "PERSON")
            .entity("Trotsky", "Leon Trotsky", "PERSON")
            .sentence("Stalin exiled/VBD/exile Trotsky ./.")
            .sentence("Stalin exiled/VBD/exile Trotsky again/RB ./.")
            .build());
  }

  @Test
  void returnsTheNineTablesInContractOrder() {
    List<CsvTable> tables = new StatisticsStage(StatsOptions.defaults()).tables(corpus());

    assertThat(tables).extracting(CsvTable::fileName).containsExactlyElementsOf(CONTRACT);
  }

  @Test
  void sameInputGivesByteIdenticalFiles(@TempDir Path folder) throws IOException {
    Path first = write(folder.resolve("first"));
    Path second = write(folder.resolve("second"));

    for (String file : CONTRACT) {
      assertThat(Files.readAllBytes(second.resolve(file))).as(file)
          .isNotEmpty()
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  private static Path write(Path folder) throws IOException {
    CsvWriter writer = new CsvWriter(false);
    for (CsvTable table : new StatisticsStage(StatsOptions.defaults()).tables(corpus())) {
      writer.write(folder, table);
    }
    return folder;
  }

  @Test
  void byDocumentAddsACopyOfEveryTablePerDocument() {
    List<CsvTable> tables = new StatisticsStage(StatsOptions.defaults().withByDocument(true)).tables(corpus());

    assertThat(tables).hasSize(27);
    assertThat(tables.subList(9, 11)).extracting(CsvTable::fileName)
        .containsExactly("words.one.csv", "ngrams.one.csv");
    assertThat(tables.get(18).fileName()).isEqualTo("words.two.csv");
    CsvTable wordsOfTwo = tables.get(18);
    assertThat(Csv.column(wordsOfTwo, "term")).containsExactlyInAnyOrder("Stalin", "Trotsky", "exile");
    assertThat(Csv.column(wordsOfTwo, "documents")).containsOnly(1);
  }

  @Test
  void withoutByDocumentReturnsOnlyCorpusTables() {
    assertThat(new StatisticsStage(StatsOptions.defaults()).tables(corpus())).hasSize(9);
  }

  @Test
  void documentStemsAreFileSafeAndUnique() {
    Set<String> taken = new HashSet<>();

    assertThat(StatisticsStage.uniqueStem("chapters/ch 1.txt", taken)).isEqualTo("ch_1");
    assertThat(StatisticsStage.uniqueStem("other\\ch 1.md", taken)).isEqualTo("ch_1-2");
    assertThat(StatisticsStage.uniqueStem("README", taken)).isEqualTo("README");
    assertThat(StatisticsStage.perDocumentName("kwic.csv", "ch_1")).isEqualTo("kwic.ch_1.csv");
  }

  @Test
  void optionsNameTheBadValue() {
    assertThatThrownBy(() -> StatsOptions.defaults().withTop(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top must be at least 1, got 0");
  }

  @Test
  void defaultsMatchTheDocumentation() {
    StatsOptions defaults = StatsOptions.defaults();

    assertThat(defaults.terms()).isEqualTo(TermMode.LEMMA);
    assertThat(defaults.keepStopwords()).isFalse();
    assertThat(defaults.windows()).containsExactly(Window.SENTENCE, Window.PARAGRAPH);
    assertThat(List.of(defaults.minCount(), defaults.top(), defaults.span())).containsExactly(2, 20, 5);
    assertThat(defaults.stopwords()).isEqualTo(Stopwords.english());
  }
}
