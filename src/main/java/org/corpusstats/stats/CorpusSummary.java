package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corpusstats.report.csv.CsvTable;

/**
 * summary.csv: one {@code metric, value} row per corpus-wide figure. Tokens, types and hapax legomena count every
 * running word (stopwords and numbers included), with terms as words.csv defines them; {@code words} is what
 * words.csv sums to.
 */
final class CorpusSummary {

  static final String FILE = "summary.csv";

  static CsvTable csv(List<Statistics.Metric> metrics) {
    CsvTable.Builder table = CsvTable.builder(FILE, "metric", "value");
    metrics.forEach(metric -> table.row(metric.name(), metric.value()));
    return table.build();
  }

  List<Statistics.Metric> metrics(CorpusIndex index, WordFrequencies words) {
    CorpusCounts counts = index.counts();
    Metrics table = new Metrics();
    table.row("documents", index.documentCount());
    table.row("sections", index.sections().size());

    long paragraphs = 0;
    long sentences = 0;
    long headings = 0;
    long quotations = 0;
    long quotedTerms = 0;
    long figures = 0;
    long dates = 0;
    for (CorpusCounts.DocumentProfile document : counts.documents().values()) {
      paragraphs += document.paragraphs();
      sentences += document.sentences();
      headings += document.headings();
      quotations += document.quotations();
      quotedTerms += document.quotedTerms();
      figures += document.figures();
      dates += document.dates();
    }
    table.row("paragraphs", paragraphs);
    table.row("sentences", sentences);
    table.row("headings", headings);

    long tokens = index.runningWords();
    table.row("tokens", tokens);
    table.row("words", (long) words.table().intColumn("count").sum());
    table.row("types", index.types());
    table.row("type_token_ratio", SectionProfile.ratio(index.types(), tokens));
    table.row("hapax_legomena", index.hapaxLegomena());
    long bodySentences = sentences - headings;
    long bodyWords = tokens - index.headingRunningWords();
    table.row("mean_sentence_length", bodySentences == 0 ? null : (double) bodyWords / bodySentences);

    addEntities(counts.mentions(), table);
    table.row("quotations", quotations);
    table.row("quoted_terms", quotedTerms);
    table.row("figures", figures);
    table.row("dates", dates);
    return table.metrics;
  }

  /** The metrics in the order summary.csv lists them. */
  private static final class Metrics {
    final List<Statistics.Metric> metrics = new ArrayList<>();

    void row(String name, Number value) {
      metrics.add(new Statistics.Metric(name, value));
    }
  }

  /** mentions, entities, then entities_&lt;TYPE&gt; for every type in alphabetical order. */
  private static void addEntities(Map<EntityKey, Integer> mentions, Metrics table) {
    TreeMap<String, int[]> perType = new TreeMap<>();
    mentions.keySet().forEach(key -> perType.computeIfAbsent(key.type(), k -> new int[1])[0]++);
    table.row("mentions", mentions.values().stream().mapToLong(Integer::longValue).sum());
    table.row("entities", mentions.size());
    perType.forEach((type, n) -> table.row("entities_" + type, n[0]));
  }
}
