package org.corpusstats.stats;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

import org.corpusstats.extract.Token;

/**
 * What counts as a running word, what its term is and whether it is left out: one place, so that words, n-grams,
 * collocates, dispersion and the per-10k denominator agree.
 */
record TermRules(TermMode mode, Set<String> stopwords, boolean keepStopwords) implements Serializable {

  static TermRules of(StatsOptions options) {
    return new TermRules(options.terms(), options.stopwords(), options.keepStopwords());
  }

  /**
   * A token that is not punctuation: the denominator of every per_10k and the tokens of sections.csv. Besides
   * {@link Token#isPunctuation()}, PTB bracket tags (-LRB-, -RRB-) are punctuation whatever the text says, because
   * with PTB escaping the token text is "-LRB-", which has letters.
   */
  boolean isRunningWord(Token token) {
    return !token.pos().startsWith("-") && (startsWithLetterOrDigit(token) || !token.isPunctuation());
  }

  /** A running word that can be a term of words.csv: numbers (CD, or digits) are left out. */
  boolean isWord(Token token) {
    if (!isRunningWord(token)) {
      return false;
    }
    // A token that starts with a letter and is not tagged CD is no number; Token.isNumber would say the same.
    boolean letter = !token.text().isEmpty() && Character.isLetter(token.text().charAt(0));
    return (letter && !token.pos().equals("CD")) || !token.isNumber();
  }

  /**
   * Settles {@link Token#isPunctuation()} for the usual token without the stream it builds: the stage asks about
   * every token several times, and the streams were a tenth of its run time.
   */
  private static boolean startsWithLetterOrDigit(Token token) {
    String text = token.text();
    return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
  }

  /** A word that words.csv counts: not a stopword, unless stopwords are kept. */
  boolean isCounted(Token token) {
    return isCounted(token, term(token));
  }

  /** The same, for a caller that already has the token's term. */
  boolean isCounted(Token token, String term) {
    return isWord(token) && !isStopword(term);
  }

  /** Exact match on the case-folded term: a lower-case list never removes a proper noun such as "US" or "May". */
  boolean isStopword(String term) {
    return !keepStopwords && stopwords.contains(term);
  }

  /** Lemma or form; lower case unless a proper noun, so "Party" (NNP) and "party" (NN) stay two terms. */
  String term(Token token) {
    String lemma = token.lemma();
    return mode == TermMode.LEMMA && lemma != null && !lemma.isBlank() ? fold(token, lemma) : form(token);
  }

  /**
   * The word as written, case-folded like a term. N-grams use it whatever the mode: lemma sequences read badly
   * ("working class" becomes "work class", "had been" becomes "have be").
   */
  String form(Token token) {
    return fold(token, token.text());
  }

  private static String fold(Token token, String word) {
    return token.isProperNoun() ? word : word.toLowerCase(Locale.ROOT);
  }

  /** The first two letters of the Penn tag, except NNP/NNPS which stay NNP: NNS -> NN, VBD -> VB, JJR -> JJ. */
  static String coarsePos(String pos) {
    if (pos.startsWith("NNP")) {
      return "NNP";
    }
    return pos.length() <= 2 ? pos : pos.substring(0, 2);
  }
}
