package org.corpusstats.stats;

/**
 * Association measures over frequencies, one formula each. Logarithms are base 2 for the information measures and
 * natural for G², as their authors define them. Frequencies are counts of units (co-occurrence) or of token
 * positions (collocates); the caller decides which and documents it.
 */
public final class AssociationMeasures {

  private static final double LN2 = Math.log(2);

  private AssociationMeasures() {}

  /**
   * Pointwise mutual information, Church &amp; Hanks (1990): {@code log2(f(ab)·N / (f(a)·f(b)))}. Positive when a
   * and b meet more often than chance; negative infinity when they never meet.
   */
  public static double pmi(long fab, long fa, long fb, long n) {
    return log2((double) fab * n / ((double) fa * fb));
  }

  /**
   * Normalised PMI, Bouma (2009): {@code PMI / -log2(f(ab)/N)}, in [-1, 1]: 1 when a and b only ever occur
   * together, 0 when independent. When f(ab) = N the denominator is 0 and the pair is, by Bouma's definition, 1.
   */
  public static double npmi(long fab, long fa, long fb, long n) {
    if (fab == n) {
      return 1.0;
    }
    return pmi(fab, fa, fb, n) / -log2((double) fab / n);
  }

  /**
   * Dunning's (1993) log-likelihood ratio G² = 2 Σ O·ln(O/E) over a 2×2 contingency table, E from the margins
   * ({@code E11 = (o11+o12)(o11+o21)/N}, and so on); a cell with O = 0 contributes 0 (the limit of O·ln O).
   * Always ≥ 0: it measures how surprising the table is, not in which direction; PMI's sign gives the direction.
   *
   * @param o11 a with b; {@code o12} a without b; {@code o21} b without a; {@code o22} neither
   */
  public static double logLikelihood(long o11, long o12, long o21, long o22) {
    double n = (double) o11 + o12 + o21 + o22;
    if (n == 0) {
      return Double.NaN;
    }
    double row1 = o11 + o12;
    double row2 = o21 + o22;
    double col1 = o11 + o21;
    double col2 = o12 + o22;
    double sum = term(o11, row1 * col1 / n) + term(o12, row1 * col2 / n)
        + term(o21, row2 * col1 / n) + term(o22, row2 * col2 / n);
    // Rounding can leave -1e-15 for an independent table; G² is never negative.
    return Math.max(0.0, 2.0 * sum);
  }

  /**
   * logDice, Rychlý (2008): {@code 14 + log2(2·f(ab) / (f(a) + f(b)))}. At most 14 (a and b always together),
   * independent of corpus size, so values compare across corpora.
   */
  public static double logDice(long fab, long fa, long fb) {
    return 14.0 + log2(2.0 * fab / ((double) fa + fb));
  }

  /**
   * Mutual information of a collocate, Church &amp; Hanks (1990) with a window-size correction in the style of
   * AntConc's Collocates tool: {@code log2(f(nc)·N / (f(n)·f(c)·S))}, S the span size (words left plus right).
   * Dividing by S turns the chance of c in one position into its chance anywhere in the window, so a wider span
   * does not inflate MI.
   *
   * @param fnc      co-occurrences of collocate and node inside the span
   * @param fn       node frequency, {@code fc} collocate frequency, {@code n} corpus size, all in running words
   * @param spanSize words left plus words right (10 for 5L-5R)
   */
  public static double spanMi(long fnc, long fn, long fc, long n, int spanSize) {
    return log2((double) fnc * n / ((double) fn * fc * spanSize));
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0.0 : observed * Math.log(observed / expected);
  }

  private static double log2(double x) {
    return Math.log(x) / LN2;
  }
}
