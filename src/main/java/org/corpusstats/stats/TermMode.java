package org.corpusstats.stats;

/**
 * What a "term" is in words.csv, collocates.csv, the term rows of dispersion.csv and the types of sections.csv and
 * summary.csv. N-grams always use word forms, case-folded the same way.
 */
public enum TermMode {
  /** The word form as written (case-folded unless a proper noun). */
  TOKEN,
  /** CoreNLP's lemma, so "was", "were" and "is" count as one term "be". */
  LEMMA
}
