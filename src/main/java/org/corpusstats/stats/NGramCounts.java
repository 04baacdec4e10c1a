package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Sentence;
import org.corpusstats.extract.Token;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * ngrams.csv: {@code n, ngram, count, per_10k, stopword_edge, log_dice, mi, log_likelihood} for n = 2 and 3. An
 * n-gram is n consecutive words of one sentence, written as they are, case-folded like terms
 * ({@link TermRules#form}); punctuation and numbers break the run, so no n-gram spans a comma or a sentence end. A
 * clitic that CoreNLP splits off ("Stalin" + "’s", "did" + "n't") is joined back to its word: it is part of a word,
 * not a word of its own.
 *
 * <p>Bigrams get association measures from the words' own frequencies (the n = 1 counts, kept for that and never
 * written): logDice, MI and G², as for collocates, so that a phrase ("working class") stands out from a frequent
 * pair of frequent words ("of the").
 *
 * <p>Counted per document and summed: distinct n-grams grow about as fast as the corpus, so the Spark engine sums
 * them by key on its executors and the driver receives only those that reach {@code --min-count}; a word of a
 * bigram that reaches it reaches it too.
 */
final class NGramCounts {

  static final String FILE = "ngrams.csv";
  static final int SMALLEST = 2;
  static final int LARGEST = 3;

  private final int minCount;

  NGramCounts(int minCount) {
    this.minCount = minCount;
  }

  /**
   * Every n-gram of the document's sentences with its count, and every word (n = 1) for the association measures;
   * n-grams made only of stopwords are left out.
   */
  static Map<NGram, Integer> count(DocumentAnalysis document, TermRules rules) {
    Map<NGram, Integer> counts = new HashMap<>();
    String[] run = new String[64];
    boolean[] stopword = new boolean[64];
    for (Sentence sentence : document.sentences()) {
      int length = 0;
      Token previous = null;
      for (Token token : sentence.tokens()) {
        if (rules.isWord(token) && isClitic(token, previous)) {
          if (length > 0) {
            run[length - 1] = run[length - 1] + rules.form(token);
            stopword[length - 1] = rules.isStopword(run[length - 1]);
          }
        } else if (rules.isWord(token)) {
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
        previous = token;
      }
      add(run, stopword, length, counts);
    }
    return counts;
  }

  /** "’s", "'ll", "n't" written against the word before them. */
  private static boolean isClitic(Token token, Token previous) {
    if (previous == null || previous.charEnd() != token.charBegin() || token.text().length() > 4) {
      return false;
    }
    String text = token.text();
    char first = text.charAt(0);
    return token.pos().equals("POS") || first == '\'' || first == '’'
        || text.equalsIgnoreCase("n't") || text.equalsIgnoreCase("n’t");
  }

  private static void add(String[] run, boolean[] stopword, int length, Map<NGram, Integer> counts) {
    for (int i = 0; i < length; i++) {
      counts.merge(new NGram(1, run[i]), 1, Integer::sum);
    }
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

  /**
   * @param counts       n-gram and word counts over the corpus; those below the minimum count may already be left
   *                     out
   * @param runningWords the corpus size of per_10k and of the association measures
   * @param rules        which words are stopwords, for {@code stopword_edge}
   */
  Table table(Map<NGram, Integer> counts, long runningWords, TermRules rules) {
    IntColumn n = IntColumn.create("n");
    StringColumn ngram = StringColumn.create("ngram");
    IntColumn count = IntColumn.create("count");
    BooleanColumn edge = BooleanColumn.create("stopword_edge");
    DoubleColumn logDice = DoubleColumn.create("log_dice");
    DoubleColumn mi = DoubleColumn.create("mi");
    DoubleColumn g2 = DoubleColumn.create("log_likelihood");
    counts.forEach((key, c) -> {
      if (key.n() >= SMALLEST && c >= minCount) {
        String[] words = key.words().split(" ");
        n.append(key.n());
        ngram.append(key.words());
        count.append(c);
        edge.append(rules.isStopword(words[0]) || rules.isStopword(words[words.length - 1]));
        if (key.n() == 2) {
          long fa = counts.getOrDefault(new NGram(1, words[0]), c);
          long fb = counts.getOrDefault(new NGram(1, words[1]), c);
          logDice.append(AssociationMeasures.logDice(c, fa, fb));
          mi.append(AssociationMeasures.pmi(c, fa, fb, runningWords));
          long o12 = Math.max(0, fa - c);
          long o21 = Math.max(0, fb - c);
          g2.append(AssociationMeasures.logLikelihood(c, o12, o21, Math.max(0, runningWords - c - o12 - o21)));
        } else {
          logDice.appendMissing();
          mi.appendMissing();
          g2.appendMissing();
        }
      }
    });
    Table table = Table.create("ngrams", n, ngram, count, WordFrequencies.perTenThousand(count, runningWords),
        edge, logDice, mi, g2);
    return table.sortOn("n", "-count", "ngram");
  }

  static CsvTable csv(Table table) {
    return Tables.toCsv(FILE, table);
  }

  static List<Statistics.NGramScore> rows(Table table) {
    List<Statistics.NGramScore> rows = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      rows.add(new Statistics.NGramScore(table.intColumn("n").getInt(r), table.stringColumn("ngram").get(r),
          table.intColumn("count").getInt(r), table.doubleColumn("per_10k").getDouble(r),
          table.booleanColumn("stopword_edge").get(r), table.doubleColumn("log_dice").getDouble(r),
          table.doubleColumn("mi").getDouble(r), table.doubleColumn("log_likelihood").getDouble(r)));
    }
    return rows;
  }
}
