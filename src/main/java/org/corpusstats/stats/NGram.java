package org.corpusstats.stats;

import java.io.Serializable;

/** A row key of ngrams.csv: {@code n} words of one sentence, separated by single spaces. */
public record NGram(int n, String words) implements Serializable {}
