package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** words.csv: {@code term, pos, count, per_10k, documents}, most frequent first. */
final class WordFrequencies {

  static final String FILE = "words.csv";

  private final Table words;

  WordFrequencies(CorpusIndex index) {
    Table terms = index.terms();
    Table counted = terms.where(terms.booleanColumn("counted").isTrue());
    Table totals = Tables.sumBy(counted, "count", "term");
    Table documents = index.termDocuments();
    Table joined = totals.joinOn("term").inner(commonestPos(counted)).joinOn("term").inner(documents);
    IntColumn count = joined.intColumn("count");
    DoubleColumn per10k = perTenThousand(count, index.runningWords());
    words = Table.create("words", joined.stringColumn("term"), joined.stringColumn("pos"), count, per10k,
        joined.intColumn("documents"))
        .sortOn("-count", "term");
  }

  /** The pos column: each term's most frequent coarse tag; on a tie the alphabetically first, to stay stable. */
  private static Table commonestPos(Table counted) {
    Table byPos = Tables.sumBy(counted, "count", "term", "pos").sortOn("term", "-count", "pos");
    StringColumn terms = byPos.stringColumn("term");
    StringColumn tags = byPos.stringColumn("pos");
    StringColumn term = StringColumn.create("term");
    StringColumn pos = StringColumn.create("pos");
    for (int row = 0; row < byPos.rowCount(); row++) {
      if (row == 0 || !terms.get(row).equals(terms.get(row - 1))) {
        term.append(terms.get(row));
        pos.append(tags.get(row));
      }
    }
    return Table.create("pos", term, pos);
  }

  static DoubleColumn perTenThousand(IntColumn count, long runningWords) {
    DoubleColumn per10k = DoubleColumn.create("per_10k", count.size());
    for (int row = 0; row < count.size(); row++) {
      per10k.set(row, runningWords == 0 ? Double.NaN : count.getInt(row) * 10_000.0 / runningWords);
    }
    return per10k;
  }

  /** Sorted by count descending, then term: a term's rank is its row. */
  Table table() {
    return words;
  }

  /** The {@code top} highest-ranked terms. */
  List<String> topTerms(int top) {
    StringColumn term = words.stringColumn("term");
    List<String> result = new ArrayList<>();
    for (int row = 0; row < Math.min(top, words.rowCount()); row++) {
      result.add(term.get(row));
    }
    return result;
  }

  /** Corpus frequency of a counted term, 0 when absent; used as f(collocate). */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    StringColumn term = words.stringColumn("term");
    IntColumn count = words.intColumn("count");
    for (int row = 0; row < words.rowCount(); row++) {
      counts.put(term.get(row), count.getInt(row));
    }
    return counts;
  }

  CsvTable csv() {
    return Tables.toCsv(FILE, words);
  }
}
