package org.corpusstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The whole job on the chapter in input/, run twice through the command line as a user would. */
@Tag("corenlp")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ChapterEndToEndTest {

  private static final Path CHAPTER = Path.of("input", "the-rise-of-stalin.txt");

  private Path first;
  private Path second;
  private Path singleThread;
  private Path warmAnnotation;
  private String text;

  @BeforeAll
  void runTwice(@TempDir Path folder) throws IOException {
    first = folder.resolve("first");
    second = folder.resolve("second");
    Path cache = folder.resolve("cache");
    // Cold, then warm from the cache: the same tables either way.
    assertThat(run(first, cache, "--threads", "2")).isZero();
    assertThat(run(second, cache, "--threads", "2")).isZero();
    // Warm again without the cached records: CoreNLP's annotation read back and extracted again.
    warmAnnotation = folder.resolve("warm-annotation");
    deleteTree(cache.resolve("extractions"));
    assertThat(run(warmAnnotation, cache, "--threads", "2")).isZero();
    singleThread = folder.resolve("single-thread");
    assertThat(run(singleThread, null, "--threads", "1")).isZero();
    text = Files.readString(CHAPTER, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
  }

  private static int run(Path output, Path cache, String... more) {
    CommandLine commandLine = org.corpusstats.App.commandLine();
    commandLine.setOut(new PrintWriter(new StringWriter()));
    List<String> args = new java.util.ArrayList<>(List.of("--input", CHAPTER.toString(), "--output", output.toString(),
        "--quiet"));
    args.addAll(cache == null ? List.of("--no-cache") : List.of("--cache", cache.toString()));
    args.addAll(List.of(more));
    return commandLine.execute(args.toArray(String[]::new));
  }

  @Test
  void writesEveryTableAndTheManifest() {
    for (String name : List.of("entities.csv", "mentions.csv", "dates.csv", "timeline.csv", "figures.csv",
        "quotes.csv", "words.csv", "ngrams.csv", "cooccurrence.csv", "collocates.csv", "dispersion.csv",
        "kwic.csv", "sections.csv", "summary.csv", "keywords.csv", "entity_years.csv", "concepts.csv", "corpus-stats.xlsx",
        "manifest.json")) {
      assertThat(first.resolve(name)).as(name).isNotEmptyFile();
    }
  }

  @Test
  void trotskyIsTheMostMentionedPersonThenStalinThenLenin() throws IOException {
    List<String> persons = read("entities.csv").stream().filter(r -> r.get("type").equals("PERSON"))
        .map(r -> r.get("entity")).limit(3).toList();

    assertThat(persons).containsExactly("Leon Trotsky", "Joseph Stalin", "Lenin");
  }

  @Test
  void commonNounsOfEntityClassesAreConceptsAndTheEntitiesNamedThings() throws IOException {
    assertThat(read("entities.csv")).noneMatch(r -> Set.of("TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE")
        .contains(r.get("type")) || r.get("type").equals("RELIGION") && r.get("entity").equals(
            r.get("entity").toLowerCase(Locale.ROOT)));
    assertThat(read("concepts.csv")).isNotEmpty()
        .allMatch(r -> Set.of("TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE", "RELIGION").contains(r.get("type")));
    // An ideology's adjective is a form of its noun.
    assertThat(read("entities.csv")).filteredOn(r -> r.get("entity").equals("socialism")).singleElement()
        .satisfies(r -> assertThat(r.get("aliases")).contains("socialist"));
  }

  @Test
  void oneReferentWrittenTwoWaysIsOneRowThroughItsWikipediaPage() throws IOException {
    List<CSVRecord> soviet = read("entities.csv").stream()
        .filter(r -> r.get("entity").equals("USSR") || r.get("entity").equals("Soviet Union")).toList();

    assertThat(soviet).singleElement().satisfies(r -> {
      assertThat(r.get("aliases")).contains("USSR");
      assertThat(r.get("wikipedia")).isEqualTo("Soviet Union");
    });
  }

  @Test
  void theLeadersCarryTheRolesTheChapterGivesThem() throws IOException {
    Map<String, String> roles = new HashMap<>();
    read("entities.csv").forEach(r -> roles.put(r.get("entity"), r.get("roles")));

    assertThat(roles.get("Joseph Stalin")).contains("General Secretary");
    assertThat(roles.get("Leon Trotsky")).contains("leader");
  }

  @Test
  void noPronounIsAnEntityOrAMention() throws IOException {
    Set<String> pronouns = Set.of("he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "who");

    assertThat(read("entities.csv")).noneMatch(r -> pronouns.contains(r.get("entity").toLowerCase(Locale.ROOT)));
    assertThat(read("mentions.csv")).noneMatch(r -> pronouns.contains(r.get("text").toLowerCase(Locale.ROOT)));
  }

  @Test
  void quotedNumbersAreFiguresWithTheirValues() throws IOException {
    List<CSVRecord> figures = read("figures.csv");

    assertThat(value(figures, "320,000")).isEqualTo("320000");
    assertThat(value(figures, "40%")).isEqualTo("40");
    assertThat(value(figures, "an eighth")).isEqualTo("0.125");
  }

  @Test
  void theTwoLongQuotationsCarryTheirSpeakers() throws IOException {
    List<CSVRecord> quotes = read("quotes.csv");

    assertThat(speaker(quotes, "“Stalin is too rude")).isEqualTo("Lenin");
    assertThat(speaker(quotes, "“Equalitarianism has nothing in common with Marxist socialism")).isEqualTo("Joseph Stalin");
  }

  @Test
  void everyOffsetPointsAtItsTextInTheDocument() throws IOException {
    for (CSVRecord mention : read("mentions.csv")) {
      assertThat(slice(mention)).isEqualTo(mention.get("text"));
    }
    for (CSVRecord quote : read("quotes.csv")) {
      // The text cell folds the source's line breaks to spaces; the offsets give the text as written.
      assertThat(slice(quote).replaceAll("[ \\t]*\\R[ \\t]*", " ")).isEqualTo(unneutralised(quote.get("text")));
    }
    for (CSVRecord line : read("kwic.csv")) {
      assertThat(slice(line)).isEqualTo(unneutralised(line.get("keyword")));
    }
  }

  @Test
  void leonTrotskyAndJosephStalinShareTheMostSentencesOfAnyPersonPair() throws IOException {
    // Strongest by frequency: the association measures rank rare, exclusive pairs higher, as they should.
    CSVRecord strongest = read("cooccurrence.csv").stream()
        .filter(r -> r.get("window").equals("sentence") && r.get("type_a").equals("PERSON") && r.get("type_b").equals("PERSON"))
        .max(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.get("count")))).orElseThrow();

    assertThat(Set.of(strongest.get("entity_a"), strongest.get("entity_b"))).containsExactlyInAnyOrder("Leon Trotsky", "Joseph Stalin");
  }

  @Test
  void eachUnorderedPairIsCountedOnce() throws IOException {
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : read("cooccurrence.csv")) {
      String a = r.get("entity_a");
      String b = r.get("entity_b");
      String key = r.get("window") + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
      assertThat(seen.add(key)).as("pair %s", key).isTrue();
    }
  }

  @Test
  void theManifestListsTheDroppedPageFurniture() throws IOException {
    String manifest = Files.readString(first.resolve("manifest.json"));

    assertThat(manifest).contains("\"dropped_boilerplate\"", "\"sha256\"", "\"timings_ms\"", "\"corenlp\" : \"4.5.10\"");
    assertThat(manifest).contains("\"line\" : 1,", "\"line\" : 410,");
  }

  @Test
  void aColdAndAWarmRunWriteByteIdenticalTables() throws IOException {
    assertThat(Files.readString(first.resolve("manifest.json"))).contains("\"chunks_from_cache\" : 0",
        "\"documents_extracted_from_cache\" : 0");
    assertThat(Files.readString(second.resolve("manifest.json"))).contains("\"chunks_annotated\" : 0",
        "\"documents_extracted_from_cache\" : 1");
    assertSameTables(first, second);
  }

  @Test
  void aWarmRunFromTheAnnotationAloneWritesByteIdenticalTables() throws IOException {
    assertThat(Files.readString(warmAnnotation.resolve("manifest.json"))).contains("\"chunks_annotated\" : 0",
        "\"documents_extracted_from_cache\" : 0");
    assertSameTables(first, warmAnnotation);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void oneThreadAndTwoThreadsWriteByteIdenticalTables() throws IOException {
    assertSameTables(first, singleThread);
  }

  private static void assertSameTables(Path one, Path other) throws IOException {
    try (Stream<Path> files = Files.list(one)) {
      List<Path> tables = files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".graphml")).toList();
      assertThat(tables).hasSizeGreaterThan(10);
      for (Path file : tables) {
        assertThat(Files.mismatch(file, other.resolve(file.getFileName()))).as(file.getFileName().toString()).isEqualTo(-1L);
      }
    }
  }

  @Test
  void theStudyNotebooksRunOnTheFreshOutput() throws Exception {
    boolean jupyter = new ProcessBuilder("/usr/bin/python3", "-c", "import pandas, matplotlib, networkx, nbconvert, ipykernel")
        .redirectErrorStream(true).start().waitFor() == 0;
    // CI installs the packages, so there a missing package is a failure, not a skip.
    if (System.getenv("CI") == null) {
      org.junit.jupiter.api.Assumptions.assumeTrue(jupyter, "Jupyter is not installed: apt-get install "
          + "python3-pandas python3-matplotlib python3-networkx python3-nbconvert python3-ipykernel jupyter-nbconvert");
    }
    ProcessBuilder runAll = new ProcessBuilder("notebooks/run-all").redirectErrorStream(true)
        .redirectOutput(first.resolveSibling("notebooks.log").toFile());
    runAll.environment().put("CORPUS_STATS_OUTPUT", first.toString());

    int exit = runAll.start().waitFor();

    assertThat(exit).as(Files.readString(first.resolveSibling("notebooks.log"))).isZero();
    try (Stream<Path> pages = Files.list(first.resolve("notebooks"))) {
      assertThat(pages.map(p -> p.getFileName().toString())).contains("01-entities-and-timeline.html",
          "02-cooccurrence-network.html", "03-quotations-and-figures.html");
    }
  }

  private String slice(CSVRecord record) {
    return text.substring(Integer.parseInt(record.get("char_begin")), Integer.parseInt(record.get("char_end")));
  }

  /** Cells that begin like a formula are written with a leading apostrophe. */
  private static String unneutralised(String cell) {
    return cell.startsWith("'") && cell.length() > 1 && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
  }

  private static String value(List<CSVRecord> figures, String text) {
    return figures.stream().filter(r -> r.get("text").equals(text)).map(r -> r.get("value")).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + text));
  }

  private static String speaker(List<CSVRecord> quotes, String start) {
    return quotes.stream().filter(r -> r.get("text").startsWith(start)).map(r -> r.get("speaker")).findFirst()
        .orElseThrow(() -> new AssertionError("no quote " + start));
  }

  private List<CSVRecord> read(String name) throws IOException {
    try (Reader reader = Files.newBufferedReader(first.resolve(name), StandardCharsets.UTF_8)) {
      reader.read(); // the BOM
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }
}
