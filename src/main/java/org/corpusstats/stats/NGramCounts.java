package org.corpusstats.stats;

import java.util.ArrayList;
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
 * ngrams.csv: {@code n, ngram, count, per_10k} for n = 2 and 3. An n-gram is n consecutive words of one sentence
 * with the terms of words.csv; punctuation and numbers break the run, so no n-gram spans a comma or a sentence end.
 */
final class NGramCounts {

  static final String FILE = "ngrams.csv";
  static final int SMALLEST = 2;
  static final int LARGEST = 3;

  private final TermRules rules;
  private final int minCount;

  NGramCounts(TermRules rules, int minCount) {
    this.rules = rules;
    this.minCount = minCount;
  }

  CsvTable csv(CorpusAnalysis corpus, long runningWords) {
    // A million tokens make two million n-gram occurrences: a hash count first, Tablesaw on the distinct ones.
    List<Map<String, int[]>> counts = new ArrayList<>();
    for (int n = SMALLEST; n <= LARGEST; n++) {
      counts.add(new HashMap<>());
    }
    for (DocumentAnalysis document : corpus.documents()) {
      for (Sentence sentence : document.sentences()) {
        List<String> run = new ArrayList<>();
        for (Token token : sentence.tokens()) {
          if (rules.isWord(token)) {
            run.add(rules.term(token));
          } else {
            count(run, counts);
            run.clear();
          }
        }
        count(run, counts);
      }
    }
    return Tables.toCsv(FILE, toTable(counts, runningWords));
  }

  /** Every n-gram of an unbroken run of words; those made only of stopwords are left out. */
  private void count(List<String> run, List<Map<String, int[]>> counts) {
    for (int n = SMALLEST; n <= LARGEST; n++) {
      Map<String, int[]> byGram = counts.get(n - SMALLEST);
      for (int start = 0; start + n <= run.size(); start++) {
        List<String> gram = run.subList(start, start + n);
        if (gram.stream().allMatch(rules::isStopword)) {
          continue;
        }
        byGram.computeIfAbsent(String.join(" ", gram), k -> new int[1])[0]++;
      }
    }
  }

  private Table toTable(List<Map<String, int[]>> counts, long runningWords) {
    IntColumn n = IntColumn.create("n");
    StringColumn ngram = StringColumn.create("ngram");
    IntColumn count = IntColumn.create("count");
    for (int size = SMALLEST; size <= LARGEST; size++) {
      for (Map.Entry<String, int[]> entry : counts.get(size - SMALLEST).entrySet()) {
        if (entry.getValue()[0] >= minCount) {
          n.append(size);
          ngram.append(entry.getKey());
          count.append(entry.getValue()[0]);
        }
      }
    }
    return Table.create("ngrams", n, ngram, count, WordFrequencies.perTenThousand(count, runningWords))
        .sortOn("n", "-count", "ngram");
  }
}
