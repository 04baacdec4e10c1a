package org.corpusstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.EntityResolver;
import org.corpusstats.report.Manifest;
import org.corpusstats.report.chart.SmallCorpus;
import org.corpusstats.report.csv.CsvDialect;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.stats.Statistics;
import org.corpusstats.stats.StatisticsStage;
import org.corpusstats.stats.StatsOptions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pipeline's writing stages on a corpus annotated by hand (no CoreNLP): the workbook and the CSV dialect reach
 * the committed output folder and the manifest.
 */
final class PipelineOutputsTest {

  @TempDir
  Path folder;

  @Test
  void theWorkbookHoldsOneSheetPerCsvFileInOrderAndTheManifestListsIt() throws Exception {
    Path output = run(CsvDialect.DEFAULT);

    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    List<String> csvFiles = new ArrayList<>();
    manifest.path("rows").fieldNames().forEachRemaining(csvFiles::add);
    List<String> outputs = new ArrayList<>();
    manifest.path("outputs").forEach(node -> outputs.add(node.asText()));
    assertThat(outputs).contains("corpus-stats.xlsx");
    assertThat(manifest.path("timings_ms").has("workbook")).isTrue();
    try (ReadableWorkbook workbook = new ReadableWorkbook(output.resolve("corpus-stats.xlsx").toFile())) {
      assertThat(workbook.getSheets().map(Sheet::getName).toList())
          .isEqualTo(csvFiles.stream().map(file -> file.substring(0, file.length() - 4)).toList());
    }
    assertThat(manifest.path("options").path("delimiter").asText()).isEqualTo(",");
    assertThat(manifest.path("options").path("decimal").asText()).isEqualTo(".");
  }

  @Test
  void theManifestSaysWhatTheJavaRuntimeDid() throws Exception {
    JsonNode jvm = new ObjectMapper().readTree(run(CsvDialect.DEFAULT).resolve("manifest.json").toFile()).path("jvm");
    assertThat(jvm.path("heap_max_mb").asLong()).isEqualTo(Runtime.getRuntime().maxMemory() / (1024 * 1024));
    assertThat(jvm.path("compilers").asText()).isIn("c1", "c1+c2");
    assertThat(jvm.path("garbage_collectors")).isNotEmpty();
    jvm.path("garbage_collectors").forEach(collector -> {
      assertThat(collector.path("name").asText()).isNotBlank();
      assertThat(collector.path("collections").asLong()).isNotNegative();
    });
  }

  @Test
  void aSemicolonRunWritesSemicolonsAndDecimalCommasAndSaysSoInTheManifest() throws Exception {
    Path output = run(new CsvDialect(';', ','));

    JsonNode options = new ObjectMapper().readTree(output.resolve("manifest.json").toFile()).path("options");
    assertThat(options.path("delimiter").asText()).isEqualTo(";");
    assertThat(options.path("decimal").asText()).isEqualTo(",");
    List<String> lines = Files.readAllLines(output.resolve("cooccurrence.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFFentity_a;type_a;entity_b;");
    assertThat(lines.get(1)).matches(".*;\\d+,\\d+;.*").doesNotContain(".");
  }

  private Path run(CsvDialect dialect) throws Exception {
    Path output = folder.resolve("output");
    RunConfig config = new RunConfig(folder.resolve("input"), output, StandardCharsets.UTF_8, true, null, null, true,
        false, true, StatsOptions.defaults(), 1, null, false, dialect);
    StringWriter log = new StringWriter();
    new Pipeline(config, new HandAnnotated(), new PrintWriter(log), new PrintWriter(log)).run();
    assertThat(log.toString()).as("warnings").isEmpty();
    return output;
  }

  /** An engine whose corpus is {@link SmallCorpus}, annotated by hand. */
  private static final class HandAnnotated implements Engine, Engine.Input, Engine.Extracted {
    private final CorpusAnalysis corpus = SmallCorpus.corpus();

    @Override
    public Input open(RunConfig config) {
      return this;
    }

    @Override
    public int documentCount() {
      return 1;
    }

    @Override
    public Extracted annotateAndExtract(Manifest manifest, Consumer<String> say) {
      return this;
    }

    @Override
    public List<Map<String, Object>> inputs() {
      return List.of(Map.of("document", SmallCorpus.DOCUMENT));
    }

    @Override
    public List<String> skipped() {
      return List.of();
    }

    @Override
    public CorpusAnalysis resolve(EntityResolver resolver) {
      return corpus;
    }

    @Override
    public Statistics statistics(StatisticsStage stage) {
      return stage.results(corpus);
    }

    @Override
    public void close() {
      // Nothing held.
    }
  }
}
