package org.corpusstats.stats;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.countUnique;

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
    Table perSection = Table.create("sentences", section, paragraph)
        .summarize("paragraph", count, countUnique).by("section");
    Map<Integer, Integer> sentenceCounts = bySection(perSection, 1);
    Map<Integer, Integer> paragraphCounts = bySection(perSection, 2);

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

  /** Column {@code column} of the summary by section; Tablesaw's aggregates are doubles named like "Count [x]". */
  private static Map<Integer, Integer> bySection(Table summary, int column) {
    Map<Integer, Integer> result = new HashMap<>();
    for (int row = 0; row < summary.rowCount(); row++) {
      result.put(summary.intColumn("section").getInt(row), (int) summary.numberColumn(column).getDouble(row));
    }
    return result;
  }
}
