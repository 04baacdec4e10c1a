package org.corpusstats.stats;

/**
 * How evenly an item spreads over the parts of a corpus, from its frequency in each part. Both return NaN (an empty
 * cell) when undefined: fewer than two parts, or an item that never occurs.
 */
public final class DispersionMeasures {

  private DispersionMeasures() {}

  /**
   * Juilland's D (Juilland et al. 1970, as given by Gries 2008): {@code 1 - V / sqrt(n - 1)}, V = sd / mean of the
   * per-part frequencies, sd the population standard deviation (divided by n). Parts weigh equally, whatever their
   * size. 1 = perfectly even; 0 = all occurrences in one part (then V is exactly sqrt(n - 1)).
   */
  public static double juillandD(long[] frequencies) {
    int n = frequencies.length;
    double total = 0;
    for (long f : frequencies) {
      total += f;
    }
    if (n < 2 || total == 0) {
      return Double.NaN;
    }
    double mean = total / n;
    double squares = 0;
    for (long f : frequencies) {
      squares += (f - mean) * (f - mean);
    }
    double variation = Math.sqrt(squares / n) / mean;
    return 1.0 - variation / Math.sqrt(n - 1.0);
  }

  /**
   * Gries' (2008) deviation of proportions: {@code DP = ½ Σ |v_i - s_i|}, v_i the share of the item's occurrences in
   * part i, s_i the share of the corpus in part i. 0 = spread exactly as the text is; towards 1 = concentrated.
   * Unlike D it accounts for parts of different sizes.
   *
   * @param sizes the size of each part in the unit the frequencies count (running words)
   */
  public static double griesDp(long[] frequencies, long[] sizes) {
    if (frequencies.length != sizes.length) {
      throw new IllegalArgumentException(frequencies.length + " frequencies for " + sizes.length + " parts");
    }
    double total = 0;
    double corpus = 0;
    for (int i = 0; i < frequencies.length; i++) {
      total += frequencies[i];
      corpus += sizes[i];
    }
    if (frequencies.length < 2 || total == 0 || corpus == 0) {
      return Double.NaN;
    }
    double deviation = 0;
    for (int i = 0; i < frequencies.length; i++) {
      deviation += Math.abs(frequencies[i] / total - sizes[i] / corpus);
    }
    return deviation / 2.0;
  }
}
