package org.corpusstats.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.corpusstats.App;
import org.corpusstats.Pipeline;
import org.corpusstats.RunConfig;
import org.corpusstats.cli.ExitCode;
import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.csv.CsvDialect;
import org.corpusstats.stats.StatsOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * The Spark engine in local mode against the default engine on the same small corpus: every table must come out
 * byte for byte the same, as the two share everything but where the documents are annotated.
 */
@Tag("corenlp")
@Tag("spark")
final class SparkEngineTest {

  @TempDir
  static Path folder;

  private static Path corpus;
  private static Path local;
  private static Path spark;
  private static String sparkLog;

  /** Options that make every table non-trivial: all three windows, and each document's tables as well. */
  private static final String[] STATISTICS = {"--by-document", "--window", "sentence,paragraph,section"};

  /** Documents of a few paragraphs each, cut from different places of the chapter that ships in input/. */
  private static Path corpus() throws IOException {
    String chapter = Files.readString(Path.of("input/the-rise-of-stalin.txt"), StandardCharsets.UTF_8);
    List<String> paragraphs = Stream.of(chapter.split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> p.length() > 200)
        .toList();
    Path dir = Files.createDirectories(folder.resolve("corpus"));
    int documents = 4;
    for (int d = 0; d < documents; d++) {
      List<String> parts = new ArrayList<>();
      parts.add("Document " + (d + 1));
      int first = d * paragraphs.size() / documents;
      parts.addAll(paragraphs.subList(first, Math.min(paragraphs.size(), first + 4)));
      // A heading, so that sections are numbered across documents (dispersion.csv's columns).
      parts.add(3, "What came next");
      Files.writeString(dir.resolve("part-" + (d + 1) + ".txt"), String.join("\n\n", parts) + "\n");
    }
    return dir;
  }

  private static int run(StringWriter out, String... args) {
    CommandLine commandLine = App.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(out));
    return commandLine.execute(args);
  }

  private static String[] with(String[] more, String... args) {
    return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
  }

  @BeforeAll
  static void runBothEngines() throws IOException {
    corpus = corpus();
    local = folder.resolve("local");
    spark = folder.resolve("spark");
    assertThat(run(new StringWriter(), with(STATISTICS, "--input", corpus.toString(), "--output", local.toString(),
        "--no-cache", "--quiet"))).isEqualTo(ExitCode.OK);
    StringWriter log = new StringWriter();
    int code = run(log, with(STATISTICS, "--input", corpus.toString(), "--output", spark.toString(), "--no-cache",
        "--engine", "spark", "--master", "local[2]"));
    sparkLog = log.toString();
    assertThat(code).as(sparkLog).isEqualTo(ExitCode.OK);
  }

  @Test
  void everyTableIsByteForByteTheSameAsTheLocalEngines() throws IOException {
    List<String> tables;
    try (Stream<Path> files = Files.list(local)) {
      tables = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
    assertThat(tables).contains("entities.csv", "mentions.csv", "quotes.csv", "words.csv", "cooccurrence.csv",
        "kwic.csv", "summary.csv", "dispersion.csv", "words.part-1.csv", "kwic.part-4.csv");
    for (String table : tables) {
      assertThat(spark.resolve(table)).as(table).exists();
      assertThat(Files.readAllBytes(spark.resolve(table))).as(table).isEqualTo(Files.readAllBytes(local.resolve(table)));
    }
    assertThat(Files.readAllLines(local.resolve("mentions.csv"))).as("a corpus with something to compare")
        .hasSizeGreaterThan(20);
    assertThat(Files.readString(local.resolve("dispersion.csv"))).as("two sections in each of four documents")
        .contains("section_8");
    assertThat(Files.readString(local.resolve("cooccurrence.csv"))).contains(",section,");
  }

  @Test
  void theManifestSaysSparkAnnotatedEveryDocument() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(spark.resolve("manifest.json").toFile());
    assertThat(manifest.at("/annotation/engine").asText()).isEqualTo("spark");
    assertThat(manifest.at("/annotation/task_slots_per_executor").asInt()).isEqualTo(2);
    assertThat(manifest.get("inputs")).hasSize(4);
    assertThat(manifest.at("/inputs/0/document").asText()).isEqualTo("part-1.txt");
    assertThat(sparkLog).contains("annotating on Spark", "annotated 1/4 documents", "annotated 4/4 documents")
        .doesNotContain("INFO");
  }

  @Test
  void aBadFileStopsTheRunWithTheLocalEnginesMessageOrIsSkippedLikeIt() throws IOException {
    Path withBad = Files.createDirectories(folder.resolve("with-bad"));
    Files.copy(corpus.resolve("part-1.txt"), withBad.resolve("part-1.txt"));
    Files.write(withBad.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});

    StringWriter log = new StringWriter();
    int code = run(log, "--input", withBad.toString(), "--output", folder.resolve("bad-out").toString(), "--no-cache",
        "--quiet", "--engine", "spark", "--master", "local[1]");
    assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(log.toString().strip()).contains("scan.txt: this is a binary file").doesNotContain("\n");
    // Spark finds a bad file only once its task reads it, after the output folder is locked: nothing is written.
    try (Stream<Path> written = Files.list(folder.resolve("bad-out"))) {
      assertThat(written.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".csv") || n.endsWith(".json"));
    }

    StringWriter skipping = new StringWriter();
    code = run(skipping, "--input", withBad.toString(), "--output", folder.resolve("skip-out").toString(),
        "--no-cache", "--quiet", "--skip-bad", "--engine", "spark", "--master", "local[1]");
    assertThat(code).as(skipping.toString()).isEqualTo(ExitCode.OK);
    JsonNode manifest = new ObjectMapper().readTree(folder.resolve("skip-out/manifest.json").toFile());
    assertThat(manifest.get("skipped")).hasSize(1);
    assertThat(manifest.at("/skipped/0").asText()).contains("scan.txt");
    assertThat(manifest.get("inputs")).hasSize(1);
  }

  @Test
  void theDriverHoldsTheDocumentsWithoutTheirTokens() throws IOException {
    StringWriter out = new StringWriter();
    RunConfig config = new RunConfig(corpus, folder.resolve("driver"), StandardCharsets.UTF_8, true, null, null,
        true, false, true, StatsOptions.defaults(), 1, null, false, CsvDialect.DEFAULT);

    CorpusAnalysis onDriver = new Pipeline(config, new SparkEngine("local[2]", corpus.toString()),
        new PrintWriter(out), new PrintWriter(out)).run();

    assertThat(onDriver.documents()).hasSize(4).allSatisfy(document -> {
      assertThat(document.sentences()).isNotEmpty();
      assertThat(document.tokenCount()).as(document.document()).isZero();
      assertThat(document.mentions()).isNotEmpty();
    });
    JsonNode manifest = new ObjectMapper().readTree(folder.resolve("driver/manifest.json").toFile());
    assertThat(manifest.at("/inputs/0/tokens").asInt()).isPositive();
    assertThat(Files.readAllBytes(folder.resolve("driver/words.csv")))
        .isEqualTo(Files.readAllBytes(local.resolve("words.csv")));
  }
}
