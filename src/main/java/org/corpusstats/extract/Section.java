package org.corpusstats.extract;

import java.io.Serializable;

/**
 * A section of a document: index 0 is the text under the title (or before the first heading).
 */
public record Section(String document, int index, String title, int charBegin, int charEnd) implements Serializable {}
