package org.corpusstats.stats;

import org.apache.commons.math3.special.Erf;

/**
 * Keyness of a term in a target text against a reference, one formula each: the frequencies are {@code a} in the
 * target of {@code targetSize} running words and {@code b} in the reference of {@code referenceSize}.
 */
public final class KeywordMeasures {

  /** Hardie (2014) adds this to a zero frequency, so that a term absent from one side still has a log ratio. */
  static final double ZERO_FREQUENCY = 0.5;

  private KeywordMeasures() {}

  /**
   * Log-likelihood G² as Rayson and Garside (2000) compute keyness, the form of the UCREL log-likelihood wizard,
   * AntConc and WordSmith: {@code 2·(a·ln(a/E1) + b·ln(b/E2))} with {@code E1 = c·(a+b)/(c+d)} and
   * {@code E2 = d·(a+b)/(c+d)}, c and d the two sizes; a zero frequency contributes 0. Never negative.
   */
  public static double logLikelihood(long a, long b, long targetSize, long referenceSize) {
    double total = (double) targetSize + referenceSize;
    if (targetSize <= 0 || referenceSize <= 0 || a + b == 0) {
      return Double.NaN;
    }
    double e1 = targetSize * (double) (a + b) / total;
    double e2 = referenceSize * (double) (a + b) / total;
    return Math.max(0.0, 2.0 * (term(a, e1) + term(b, e2)));
  }

  /** The probability of a G² at least this large under the null hypothesis: chi-squared with one degree of freedom. */
  public static double pValue(double logLikelihood) {
    if (Double.isNaN(logLikelihood)) {
      return Double.NaN;
    }
    // P(X > g) for X ~ χ²(1) is erfc(√(g/2)).
    return Erf.erfc(Math.sqrt(logLikelihood / 2.0));
  }

  /** Bonferroni's correction for {@code tests} terms tested at once: {@code min(1, p·tests)}. */
  public static double bonferroni(double pValue, long tests) {
    return Double.isNaN(pValue) ? Double.NaN : Math.min(1.0, pValue * Math.max(1, tests));
  }

  /**
   * Log ratio, Hardie (2014): the binary log of the ratio of relative frequencies, {@code log2((a/c)/(b/d))}; each
   * point is a doubling. A zero frequency counts as {@link #ZERO_FREQUENCY}, as Hardie proposes.
   */
  public static double logRatio(long a, long b, long targetSize, long referenceSize) {
    double target = (a == 0 ? ZERO_FREQUENCY : a) / (double) targetSize;
    double reference = (b == 0 ? ZERO_FREQUENCY : b) / (double) referenceSize;
    return Math.log(target / reference) / Math.log(2);
  }

  /**
   * %DIFF, Gabrielatos and Marchi (2012): {@code 100·(a/c − b/d)/(b/d)}, how much more frequent (in per cent) the
   * term is in the target. Undefined (NaN, an empty cell) when the reference never has the term.
   */
  public static double percentDiff(long a, long b, long targetSize, long referenceSize) {
    if (b == 0) {
      return Double.NaN;
    }
    double target = a / (double) targetSize;
    double reference = b / (double) referenceSize;
    return 100.0 * (target - reference) / reference;
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0.0 : observed * Math.log(observed / expected);
  }
}
