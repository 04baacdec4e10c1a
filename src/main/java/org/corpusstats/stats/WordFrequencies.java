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
    // One row per (term, tag): sorted by term, then the commonest tag first, a term's rows are contiguous and its
    // first row names its pos. A sort and a scan are all words.csv needs (Tablesaw's joins cost more than that).
    Table byTerm = terms.where(terms.booleanColumn("counted").isTrue()).sortOn("term", "-count", "pos");
    StringColumn term = StringColumn.create("term");
    StringColumn pos = StringColumn.create("pos");
    IntColumn count = IntColumn.create("count");
    IntColumn documents = IntColumn.create("documents");
    for (int row = 0; row < byTerm.rowCount(); row++) {
      String name = byTerm.stringColumn("term").get(row);
      int n = byTerm.intColumn("count").getInt(row);
      if (row > 0 && name.equals(byTerm.stringColumn("term").get(row - 1))) {
        count.set(count.size() - 1, count.getInt(count.size() - 1) + n);
      } else {
        term.append(name);
        pos.append(byTerm.stringColumn("pos").get(row));
        count.append(n);
        documents.append(index.documents(name));
      }
    }
    words = Table.create("words", term, pos, count, perTenThousand(count, index.runningWords()), documents)
        .sortOn("-count", "term");
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

  /** The commonest coarse tag of each counted term. */
  Map<String, String> posByTerm() {
    Map<String, String> pos = new HashMap<>();
    for (int row = 0; row < words.rowCount(); row++) {
      pos.put(words.stringColumn("term").get(row), words.stringColumn("pos").get(row));
    }
    return pos;
  }

  List<Statistics.TermFrequency> rows() {
    List<Statistics.TermFrequency> rows = new ArrayList<>(words.rowCount());
    for (int r = 0; r < words.rowCount(); r++) {
      rows.add(new Statistics.TermFrequency(words.stringColumn("term").get(r), words.stringColumn("pos").get(r),
          words.intColumn("count").getInt(r), words.doubleColumn("per_10k").getDouble(r),
          words.intColumn("documents").getInt(r)));
    }
    return rows;
  }

  CsvTable csv() {
    return Tables.toCsv(FILE, words);
  }
}
