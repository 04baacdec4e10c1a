package org.corpusstats.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Sentence;
import org.corpusstats.extract.Token;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * ngrams.csv: {@code n, ngram, count, per_10k} for n = 2 and 3. An n-gram is n consecutive words of one sentence,
 * written as they are, case-folded like terms ({@link TermRules#form}); punctuation and numbers break the run, so no
 * n-gram spans a comma or a sentence end.
 *
 * <p>Counted per document and summed: distinct n-grams grow about as fast as the corpus, so the Spark engine sums
 * them by key on its executors and the driver receives only those that reach {@code --min-count}.
 */
final class NGramCounts {

  static final String FILE = "ngrams.csv";
  static final int SMALLEST = 2;
  static final int LARGEST = 3;

  private final int minCount;

  NGramCounts(int minCount) {
    this.minCount = minCount;
  }

  /** Every n-gram of the document's sentences with its count; those made only of stopwords are left out. */
  static Map<NGram, Integer> count(DocumentAnalysis document, TermRules rules) {
    Map<NGram, Integer> counts = new HashMap<>();
    String[] run = new String[64];
    boolean[] stopword = new boolean[64];
    for (Sentence sentence : document.sentences()) {
      int length = 0;
      for (Token token : sentence.tokens()) {
        if (rules.isWord(token)) {
          if (length == run.length) {
            run = Arrays.copyOf(run, 2 * length);
            stopword = Arrays.copyOf(stopword, 2 * length);
          }
          run[length] = rules.form(token);
          stopword[length] = rules.isStopword(run[length]);
          length++;
        } else {
          add(run, stopword, length, counts);
          length = 0;
        }
      }
      add(run, stopword, length, counts);
    }
    return counts;
  }

  private static void add(String[] run, boolean[] stopword, int length, Map<NGram, Integer> counts) {
    StringBuilder words = new StringBuilder();
    for (int n = SMALLEST; n <= LARGEST; n++) {
      for (int start = 0; start + n <= length; start++) {
        boolean allStopwords = true;
        words.setLength(0);
        for (int i = start; i < start + n; i++) {
          words.append(i == start ? "" : " ").append(run[i]);
          allStopwords &= stopword[i];
        }
        if (!allStopwords) {
          counts.merge(new NGram(n, words.toString()), 1, Integer::sum);
        }
      }
    }
  }

  /** @param counts n-gram counts over the corpus; those below the minimum count may already be left out */
  CsvTable csv(Map<NGram, Integer> counts, long runningWords) {
    IntColumn n = IntColumn.create("n");
    StringColumn ngram = StringColumn.create("ngram");
    IntColumn count = IntColumn.create("count");
    counts.forEach((key, c) -> {
      if (c >= minCount) {
        n.append(key.n());
        ngram.append(key.words());
        count.append(c);
      }
    });
    Table table = Table.create("ngrams", n, ngram, count, WordFrequencies.perTenThousand(count, runningWords));
    return Tables.toCsv(FILE, table.sortOn("n", "-count", "ngram"));
  }
}
