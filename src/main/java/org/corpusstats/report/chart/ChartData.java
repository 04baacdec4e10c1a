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

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Entity;
import org.corpusstats.extract.Figure;
import org.corpusstats.extract.Quote;
import org.corpusstats.extract.QuoteKind;
import org.corpusstats.report.ReportData;
import org.corpusstats.report.Timeline;
import org.corpusstats.report.chart.BarData.Bar;
import org.corpusstats.stats.Statistics;

/**
 * What each chart plots, from the run's typed results (the rows docs/OUTPUTS.md and docs/STATISTICS.md describe).
 * Rankings sort by count, largest first; ties keep the tables' own order, which is already deterministic.
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

  public static BarData topEntities(ReportData data, EntityGroup group, int limit) {
    List<Entity> entities = data.corpus().entities().stream().filter(e -> group.types.contains(e.type())).toList();
    boolean severalTypes = entities.stream().map(Entity::type).distinct().count() > 1;
    List<Bar> bars = new ArrayList<>();
    for (Entity entity : largestFirst(entities, Entity::mentions, limit)) {
      // A place may be both a CITY and a LOCATION under one name: the type keeps the two bars apart.
      String label = severalTypes ? entity.name() + " (" + entity.type().toLowerCase(Locale.ROOT) + ")"
          : entity.name();
      bars.add(Bar.of(label, entity.mentions()));
    }
    return BarData.single("mentions", unique(bars));
  }

  /** The most frequent terms of words.csv (stopwords already left out there). */
  public static BarData topTerms(ReportData data, int limit) {
    List<Bar> bars = new ArrayList<>();
    for (Statistics.TermFrequency word : largestFirst(data.statistics().words(), Statistics.TermFrequency::count,
        limit)) {
      bars.add(Bar.of(word.term(), word.count()));
    }
    return BarData.single("count", unique(bars));
  }

  public static BarData topBigrams(ReportData data, int limit) {
    // A pair that begins or ends with a stopword ("within the", "a new") is rarely a phrase anyone studies.
    List<Statistics.NGramScore> bigrams = data.statistics().ngrams().stream()
        .filter(ngram -> ngram.n() == 2 && !ngram.stopwordEdge())
        .toList();
    List<Bar> bars = new ArrayList<>();
    for (Statistics.NGramScore bigram : largestFirst(bigrams, Statistics.NGramScore::count, limit)) {
      bars.add(Bar.of(bigram.ngram(), bigram.count()));
    }
    return BarData.single("count", unique(bars));
  }

  /** Every year from the first named to the last, those never named with no mentions. */
  public static TimelineData timeline(ReportData data) {
    TreeMap<Integer, Timeline.Year> byYear = new TreeMap<>();
    data.timeline().forEach(year -> byYear.put(year.year(), year));
    List<TimelineData.Year> years = new ArrayList<>();
    if (!byYear.isEmpty()) {
      for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
        Timeline.Year named = byYear.get(year);
        years.add(named == null ? new TimelineData.Year(year, 0, 0)
            : new TimelineData.Year(year, named.explicit(), named.inferred()));
      }
    }
    return new TimelineData(years);
  }

  /**
   * Quotations and scare-quoted terms per speaker, the speakers quoted most first (ties: more quotations first);
   * the quotes whose speaker the text does not make clear are one bar, last.
   */
  public static BarData quotesBySpeaker(ReportData data, int limit) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (DocumentAnalysis document : data.corpus().documents()) {
      for (Quote quote : document.quotes()) {
        String speaker = quote.speaker().isBlank() ? UNKNOWN_SPEAKER : quote.speaker();
        counts.computeIfAbsent(speaker, s -> new int[2])[quote.kind() == QuoteKind.QUOTATION ? 0 : 1]++;
      }
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
  public static BarData figuresByYear(ReportData data) {
    TreeMap<Integer, Map<String, Integer>> byYear = new TreeMap<>();
    Set<String> kinds = new HashSet<>();
    for (DocumentAnalysis document : data.corpus().documents()) {
      for (Figure figure : document.figures()) {
        String kind = figure.kind().label();
        if (figure.year() != null && !NOT_DATA.contains(kind)) {
          byYear.computeIfAbsent(figure.year(), y -> new TreeMap<>()).merge(kind, 1, Integer::sum);
          kinds.add(kind);
        }
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
  public static MatrixData personCooccurrence(ReportData data, int limit) {
    List<String> persons = largestFirst(data.corpus().entities().stream()
        .filter(e -> e.type().equals("PERSON")).toList(), Entity::mentions, limit)
        .stream().map(Entity::name).toList();
    String window = cooccurrenceWindow(data);
    List<List<Integer>> counts = GridData.blank(persons.size(), persons.size());
    for (Statistics.PairScore pair : data.statistics().cooccurrence()) {
      if (!pair.window().equals(window) || !pair.typeA().equals("PERSON") || !pair.typeB().equals("PERSON")) {
        continue;
      }
      int a = persons.indexOf(pair.entityA());
      int b = persons.indexOf(pair.entityB());
      if (a >= 0 && b >= 0 && a != b) {
        counts.get(a).set(b, pair.count());
        counts.get(b).set(a, pair.count());
      }
    }
    return new MatrixData(persons, counts);
  }

  /** The window personCooccurrence and the network read: sentence when the run computed it, else the first. */
  public static String cooccurrenceWindow(ReportData data) {
    List<Statistics.PairScore> pairs = data.statistics().cooccurrence();
    return pairs.stream().map(Statistics.PairScore::window).filter("sentence"::equals).findFirst()
        .orElse(pairs.isEmpty() ? "sentence" : pairs.get(0).window());
  }

  /** The {@code limit} largest, largest first; a stable sort, so equal counts keep the table's order. */
  static <T> List<T> largestFirst(List<T> items, java.util.function.ToIntFunction<T> count, int limit) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt((T item) -> -count.applyAsInt(item)));
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

}
