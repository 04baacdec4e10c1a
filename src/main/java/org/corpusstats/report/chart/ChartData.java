package org.corpusstats.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.corpusstats.report.chart.BarData.Bar;
import org.corpusstats.report.chart.OutputTables.Row;

/**
 * What each chart plots, read from the tables of the run (column names as docs/OUTPUTS.md and docs/STATISTICS.md
 * give them). Rankings sort by count, largest first; ties keep the table's own order, which is already
 * deterministic.
 */
public final class ChartData {

  /** The entity types each "top entities" chart gathers; places are every geographic type CoreNLP gives. */
  public enum EntityGroup {
    PERSONS("persons", "Persons", Set.of("PERSON")),
    ORGANISATIONS("organisations", "Organisations", Set.of("ORGANIZATION")),
    PLACES("places", "Places", Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE")),
    IDEOLOGIES("ideologies", "Ideologies", Set.of("IDEOLOGY"));

    public final String slug;
    public final String title;
    public final Set<String> types;

    EntityGroup(String slug, String title, Set<String> types) {
      this.slug = slug;
      this.title = title;
      this.types = types;
    }
  }

  static final String UNKNOWN_SPEAKER = "(speaker unknown)";
  /** Kinds of figures.csv in the order a reader expects them; any other kind follows alphabetically. */
  private static final List<String> FIGURE_KINDS = List.of("count", "percent", "money", "fraction");
  private static final Set<String> NOT_DATA = Set.of("ordinal", "label");

  private ChartData() {}

  public static BarData topEntities(OutputTables tables, EntityGroup group, int limit) {
    List<Row> rows = tables.rows("entities.csv").stream()
        .filter(row -> group.types.contains(row.text("type")))
        .toList();
    boolean severalTypes = rows.stream().map(row -> row.text("type")).distinct().count() > 1;
    List<Bar> bars = new ArrayList<>();
    for (Row row : byCountDescending(rows, "mentions", limit)) {
      // A place may be both a CITY and a LOCATION under one name: the type keeps the two bars apart.
      String label = severalTypes ? row.text("entity") + " (" + row.text("type").toLowerCase(Locale.ROOT) + ")"
          : row.text("entity");
      bars.add(Bar.of(label, row.integer("mentions")));
    }
    return BarData.single("mentions", unique(bars));
  }

  /** The most frequent terms of words.csv (stopwords already left out there). */
  public static BarData topTerms(OutputTables tables, int limit) {
    List<Bar> bars = new ArrayList<>();
    for (Row row : byCountDescending(tables.rows("words.csv"), "count", limit)) {
      bars.add(Bar.of(row.text("term"), row.integer("count")));
    }
    return BarData.single("count", unique(bars));
  }

  public static BarData topBigrams(OutputTables tables, int limit) {
    // A pair that begins or ends with a stopword ("within the", "a new") is rarely a phrase anyone studies.
    List<Row> bigrams = tables.rows("ngrams.csv").stream()
        .filter(row -> row.number("n") == 2 && !row.text("stopword_edge").equals("true"))
        .toList();
    List<Bar> bars = new ArrayList<>();
    for (Row row : byCountDescending(bigrams, "count", limit)) {
      bars.add(Bar.of(row.text("ngram"), row.integer("count")));
    }
    return BarData.single("count", unique(bars));
  }

  /** timeline.csv's rows with the years between them that the text never names added as zeros. */
  public static TimelineData timeline(OutputTables tables) {
    TreeMap<Integer, Row> byYear = new TreeMap<>();
    for (Row row : tables.rows("timeline.csv")) {
      Integer year = row.integer("year");
      if (year != null) {
        byYear.put(year, row);
      }
    }
    List<TimelineData.Year> years = new ArrayList<>();
    if (!byYear.isEmpty()) {
      for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
        Row row = byYear.get(year);
        years.add(row == null ? new TimelineData.Year(year, 0, 0)
            : new TimelineData.Year(year, orZero(row.integer("explicit")), orZero(row.integer("inferred"))));
      }
    }
    return new TimelineData(years);
  }

  /**
   * Quotations and scare-quoted terms per speaker, the speakers quoted most first (ties: more quotations first);
   * the quotes whose speaker the text does not make clear are one bar, last.
   */
  public static BarData quotesBySpeaker(OutputTables tables, int limit) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Row row : tables.rows("quotes.csv")) {
      String speaker = row.text("speaker").isBlank() ? UNKNOWN_SPEAKER : row.text("speaker");
      int[] c = counts.computeIfAbsent(speaker, s -> new int[2]);
      c["quotation".equals(row.text("kind")) ? 0 : 1]++;
    }
    int[] unknown = counts.remove(UNKNOWN_SPEAKER);
    List<Map.Entry<String, int[]>> speakers = new ArrayList<>(counts.entrySet());
    speakers.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -(e.getValue()[0] + e.getValue()[1]))
        .thenComparingInt(e -> -e.getValue()[0])
        .thenComparing(Map.Entry::getKey));
    List<Bar> bars = new ArrayList<>();
    for (Map.Entry<String, int[]> e : speakers.subList(0, Math.min(limit, speakers.size()))) {
      bars.add(new Bar(e.getKey(), List.of(e.getValue()[0], e.getValue()[1])));
    }
    if (unknown != null) {
      bars.add(new Bar(UNKNOWN_SPEAKER, List.of(unknown[0], unknown[1])));
    }
    return new BarData(List.of("quotation", "term"), bars);
  }

  /**
   * Figures per year named in their sentence, one series per kind; figures without a year are left out, and so
   * are ordinals and labels ("the 10th Congress", "Chapter 5"), which name things rather than quote data.
   */
  public static BarData figuresByYear(OutputTables tables) {
    TreeMap<Integer, Map<String, Integer>> byYear = new TreeMap<>();
    Set<String> kinds = new HashSet<>();
    for (Row row : tables.rows("figures.csv")) {
      Integer year = row.integer("year");
      if (year != null && !NOT_DATA.contains(row.text("kind"))) {
        byYear.computeIfAbsent(year, y -> new TreeMap<>()).merge(row.text("kind"), 1, Integer::sum);
        kinds.add(row.text("kind"));
      }
    }
    List<String> series = new ArrayList<>(FIGURE_KINDS.stream().filter(kinds::contains).toList());
    kinds.stream().filter(k -> !FIGURE_KINDS.contains(k)).sorted().forEach(series::add);
    List<Bar> bars = new ArrayList<>();
    byYear.forEach((year, perKind) -> bars.add(new Bar(year.toString(),
        series.stream().map(kind -> perKind.getOrDefault(kind, 0)).toList())));
    return new BarData(series, bars);
  }

  /**
   * Sentence co-occurrence counts between the {@code limit} most mentioned persons, from cooccurrence.csv; falls
   * back to the smallest window the run computed when it skipped sentences.
   */
  public static MatrixData personCooccurrence(OutputTables tables, int limit) {
    List<String> persons = byCountDescending(tables.rows("entities.csv").stream()
        .filter(row -> row.text("type").equals("PERSON")).toList(), "mentions", limit)
        .stream().map(row -> row.text("entity")).toList();
    String window = cooccurrenceWindow(tables);
    List<List<Integer>> counts = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      counts.add(new ArrayList<>(java.util.Collections.nCopies(persons.size(), (Integer) null)));
    }
    for (Row row : tables.rows("cooccurrence.csv")) {
      if (!row.text("window").equals(window) || !row.text("type_a").equals("PERSON")
          || !row.text("type_b").equals("PERSON")) {
        continue;
      }
      int a = persons.indexOf(row.text("entity_a"));
      int b = persons.indexOf(row.text("entity_b"));
      if (a >= 0 && b >= 0 && a != b) {
        counts.get(a).set(b, row.integer("count"));
        counts.get(b).set(a, row.integer("count"));
      }
    }
    return new MatrixData(persons, counts);
  }

  /** The window personCooccurrence reads, for the chart's subtitle. */
  public static String cooccurrenceWindow(OutputTables tables) {
    List<Row> pairs = tables.rows("cooccurrence.csv");
    return pairs.stream().map(row -> row.text("window")).filter("sentence"::equals).findFirst()
        .orElse(pairs.isEmpty() ? "sentence" : pairs.get(0).text("window"));
  }

  private static List<Row> byCountDescending(List<Row> rows, String column, int limit) {
    List<Row> sorted = new ArrayList<>(rows);
    // List.sort is stable: equal counts keep the table's order.
    sorted.sort(Comparator.comparingDouble((Row row) -> -orZero(row.integer(column))));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }

  /** Two rows that print alike (a term with two parts of speech) become one bar with their counts summed. */
  private static List<Bar> unique(List<Bar> bars) {
    Map<String, Integer> merged = new LinkedHashMap<>();
    bars.forEach(bar -> merged.merge(bar.label(), bar.total(), Integer::sum));
    List<Bar> result = new ArrayList<>();
    merged.forEach((label, count) -> result.add(Bar.of(label, count)));
    return result;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
