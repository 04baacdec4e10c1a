package org.corpusstats.stats;

/** What a "term" is in words.csv, ngrams.csv, collocates.csv and the term rows of dispersion.csv. */
public enum TermMode {
  /** The word form as written (case-folded unless a proper noun). */
  TOKEN,
  /** CoreNLP's lemma, so "was", "were" and "is" count as one term "be". */
  LEMMA
}
