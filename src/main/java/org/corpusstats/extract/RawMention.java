package org.corpusstats.extract;

import java.io.Serializable;

/**
 * A named-entity mention as the model found it, before entity resolution: {@code key} is the surface form
 * normalised (possessive and surrounding punctuation removed, spaces collapsed).
 */
public record RawMention(Mention mention, String key, String nerType) implements Serializable {}
