package org.corpusstats.extract;

import java.io.Serializable;

/**
 * A span in quotation marks.
 *
 * @param kind        quotation (a quoted statement) or term (a short scare-quoted word or phrase)
 * @param depth       0 for a top-level quote, 1 for a quote nested inside another
 * @param speaker     canonical entity (or proper noun phrase) that says or writes it; empty when unknown
 * @param speakerType the speaker's entity type, empty when unknown
 * @param evidence    the text that decided the speaker, and which rule used it
 */
public record Quote(String document, int sentence, int charBegin, int charEnd, int words, QuoteKind kind, int depth,
                    String speaker, String speakerType, String evidence, String text) implements Serializable {}
