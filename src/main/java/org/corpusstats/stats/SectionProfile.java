package org.corpusstats.stats;

import java.util.HashMap;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.Sentence;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * sections.csv: size and vocabulary of every section, in corpus order. The {@code part} column names the
 * dispersion.csv column of the section ({@code section_<n>}), so the two tables join without counting rows.
 */
final class SectionProfile {

  static final String FILE = "sections.csv";

  CsvTable csv(CorpusAnalysis corpus, CorpusIndex index) {
    IntColumn section = IntColumn.create("section");
    IntColumn paragraph = IntColumn.create("paragraph");
    for (int slot = 0; slot < corpus.documents().size(); slot++) {
      for (Sentence sentence : corpus.documents().get(slot).sentences()) {
        section.append(index.section(slot, sentence.sectionIndex()).number());
        paragraph.append(sentence.paragraph());
      }
    }
    Table sentences = Table.create("sentences", section, paragraph);
    Map<Integer, Integer> sentenceCounts = bySection(Tables.countBy(sentences, "n", "section"));
    Map<Integer, Integer> paragraphCounts =
        bySection(Tables.countBy(sentences.dropDuplicateRows(), "n", "section"));

    CsvTable.Builder table = CsvTable.builder(FILE, "document", "index", "title", "paragraphs", "sentences",
        "tokens", "types", "type_token_ratio", "part");
    for (CorpusSection s : index.sections()) {
      long tokens = index.runningWords(s.number());
      int types = index.types(s.number());
      table.row(s.document(), s.index(), s.title(), paragraphCounts.getOrDefault(s.number(), 0),
          sentenceCounts.getOrDefault(s.number(), 0), tokens, types, ratio(types, tokens), s.column());
    }
    return table.build();
  }

  /** Types per token; null (an empty cell) for a section without words. */
  static Double ratio(long types, long tokens) {
    return tokens == 0 ? null : (double) types / tokens;
  }

  private static Map<Integer, Integer> bySection(Table counts) {
    Map<Integer, Integer> result = new HashMap<>();
    for (int row = 0; row < counts.rowCount(); row++) {
      result.put(counts.intColumn("section").getInt(row), counts.intColumn("n").getInt(row));
    }
    return result;
  }
}
