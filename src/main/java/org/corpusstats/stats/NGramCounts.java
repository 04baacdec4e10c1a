package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
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
 * <p>A million tokens make two million n-gram occurrences, most of them unique. Each is packed into a long (21 bits
 * per term id), the longs are sorted and equal runs counted: no string is built for an n-gram below the cutoff.
 */
final class NGramCounts {

  static final String FILE = "ngrams.csv";
  static final int SMALLEST = 2;
  static final int LARGEST = 3;
  private static final int BITS = 21;
  private static final long MASK = (1L << BITS) - 1;

  private final TermRules rules;
  private final int minCount;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private final BitSet stopwords = new BitSet();
  private final long[][] grams = new long[LARGEST + 1][];
  private final int[] sizes = new int[LARGEST + 1];

  NGramCounts(TermRules rules, int minCount) {
    this.rules = rules;
    this.minCount = minCount;
  }

  CsvTable csv(CorpusAnalysis corpus, long runningWords) {
    ids.clear();
    terms.clear();
    stopwords.clear();
    for (int n = SMALLEST; n <= LARGEST; n++) {
      grams[n] = new long[1024];
      sizes[n] = 0;
    }
    int[] run = new int[64];
    for (DocumentAnalysis document : corpus.documents()) {
      for (Sentence sentence : document.sentences()) {
        int length = 0;
        for (Token token : sentence.tokens()) {
          if (rules.isWord(token)) {
            run = length == run.length ? Arrays.copyOf(run, 2 * length) : run;
            run[length++] = id(rules.form(token));
          } else {
            add(run, length);
            length = 0;
          }
        }
        add(run, length);
      }
    }
    return Tables.toCsv(FILE, toTable(runningWords));
  }

  private int id(String term) {
    return ids.computeIfAbsent(term, t -> {
      if (terms.size() > MASK) {
        throw new IllegalStateException("More than " + MASK + " distinct terms: too many for n-gram packing");
      }
      stopwords.set(terms.size(), rules.isStopword(t));
      terms.add(t);
      return terms.size() - 1;
    });
  }

  /** Every n-gram of an unbroken run of words; those made only of stopwords are left out. */
  private void add(int[] run, int length) {
    for (int n = SMALLEST; n <= LARGEST; n++) {
      for (int start = 0; start + n <= length; start++) {
        long key = 0;
        boolean allStopwords = true;
        for (int i = start; i < start + n; i++) {
          key = (key << BITS) | run[i];
          allStopwords &= stopwords.get(run[i]);
        }
        if (!allStopwords) {
          if (sizes[n] == grams[n].length) {
            grams[n] = Arrays.copyOf(grams[n], 2 * sizes[n]);
          }
          grams[n][sizes[n]++] = key;
        }
      }
    }
  }

  private Table toTable(long runningWords) {
    IntColumn n = IntColumn.create("n");
    StringColumn ngram = StringColumn.create("ngram");
    IntColumn count = IntColumn.create("count");
    for (int size = SMALLEST; size <= LARGEST; size++) {
      long[] keys = Arrays.copyOf(grams[size], sizes[size]);
      Arrays.sort(keys);
      for (int start = 0, end; start < keys.length; start = end) {
        end = start;
        while (end < keys.length && keys[end] == keys[start]) {
          end++;
        }
        if (end - start >= minCount) {
          n.append(size);
          ngram.append(decode(keys[start], size));
          count.append(end - start);
        }
      }
    }
    return Table.create("ngrams", n, ngram, count, WordFrequencies.perTenThousand(count, runningWords))
        .sortOn("n", "-count", "ngram");
  }

  private String decode(long key, int size) {
    String[] words = new String[size];
    for (int i = size - 1; i >= 0; i--, key >>>= BITS) {
      words[i] = terms.get((int) (key & MASK));
    }
    return String.join(" ", words);
  }
}
