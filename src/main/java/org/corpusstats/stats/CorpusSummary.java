package org.corpusstats.stats;

import java.util.HashSet;
import java.util.Set;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Quote;
import org.corpusstats.extract.Sentence;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * summary.csv: one {@code metric, value} row per corpus-wide figure. Tokens, types and hapax legomena count every
 * running word (stopwords and numbers included), with terms as words.csv defines them; {@code words} is what
 * words.csv sums to.
 */
final class CorpusSummary {

  static final String FILE = "summary.csv";

  CsvTable csv(CorpusAnalysis corpus, CorpusIndex index, WordFrequencies words) {
    CsvTable.Builder table = CsvTable.builder(FILE, "metric", "value");
    table.row("documents", corpus.documents().size());
    table.row("sections", index.sections().size());

    long paragraphs = 0;
    long sentences = 0;
    long headings = 0;
    long quotations = 0;
    long quotedTerms = 0;
    long figures = 0;
    long dates = 0;
    for (DocumentAnalysis document : corpus.documents()) {
      Set<Integer> seen = new HashSet<>();
      for (Sentence sentence : document.sentences()) {
        seen.add(sentence.paragraph());
        sentences++;
        headings += sentence.heading() ? 1 : 0;
      }
      paragraphs += seen.size();
      for (Quote quote : document.quotes()) {
        quotations += "quotation".equals(quote.kind()) ? 1 : 0;
        quotedTerms += "term".equals(quote.kind()) ? 1 : 0;
      }
      figures += document.figures().size();
      dates += document.dates().size();
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

    addEntities(corpus, table);
    table.row("quotations", quotations);
    table.row("quoted_terms", quotedTerms);
    table.row("figures", figures);
    table.row("dates", dates);
    return table.build();
  }

  /** mentions, entities, then entities_&lt;TYPE&gt; for every type in alphabetical order. */
  private static void addEntities(CorpusAnalysis corpus, CsvTable.Builder table) {
    StringColumn entity = StringColumn.create("entity");
    StringColumn type = StringColumn.create("type");
    for (DocumentAnalysis document : corpus.documents()) {
      for (Mention mention : document.mentions()) {
        entity.append(mention.entity());
        type.append(mention.type());
      }
    }
    Table distinct = Tables.countBy(Table.create("mentions", entity, type), "mentions", "entity", "type");
    table.row("mentions", entity.size());
    table.row("entities", distinct.rowCount());
    Table perType = Tables.countBy(distinct, "entities", "type").sortOn("type");
    IntColumn counts = perType.intColumn("entities");
    for (int row = 0; row < perType.rowCount(); row++) {
      table.row("entities_" + perType.stringColumn("type").get(row), counts.getInt(row));
    }
  }
}
