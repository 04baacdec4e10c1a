package org.corpusstats.stats;

import java.io.Serializable;

/**
 * A row key of cooccurrence.csv: two entities, {@code a} before {@code b} in name order, in one kind of window.
 * Like n-grams, pairs grow faster than the entities, so they are summed by key apart from the other counts.
 */
public record EntityPair(Window window, EntityKey a, EntityKey b) implements Serializable {}
