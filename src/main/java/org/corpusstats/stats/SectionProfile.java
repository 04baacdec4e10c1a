package org.corpusstats.stats;

import org.corpusstats.report.csv.CsvTable;

/**
 * sections.csv: size and vocabulary of every section, in corpus order. The {@code part} column names the
 * dispersion.csv column of the section ({@code section_<n>}), so the two tables join without counting rows.
 */
final class SectionProfile {

  static final String FILE = "sections.csv";

  CsvTable csv(CorpusIndex index) {
    CsvTable.Builder table = CsvTable.builder(FILE, "document", "index", "title", "paragraphs", "sentences",
        "tokens", "types", "type_token_ratio", "part");
    for (CorpusSection s : index.sections()) {
      long tokens = index.runningWords(s.number());
      int types = index.types(s.number());
      table.row(s.document(), s.index(), s.title(), index.paragraphs(s.number()), index.sentences(s.number()),
          tokens, types, ratio(types, tokens), s.column());
    }
    return table.build();
  }

  /** Types per token; null (an empty cell) for a section without words. */
  static Double ratio(long types, long tokens) {
    return tokens == 0 ? null : (double) types / tokens;
  }

}
