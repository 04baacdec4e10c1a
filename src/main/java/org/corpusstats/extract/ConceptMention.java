package org.corpusstats.extract;

import java.io.Serializable;

/**
 * A common-noun mention that CoreNLP's fine-grained NER gave an entity class (a title such as "leader", a cause
 * of death such as "war", a criminal charge, a religion as a common noun): a concept the text discusses, not a
 * named thing.
 *
 * @param concept the lemmas of its words, lower case ("leaders" and "Leader" are the concept "leader")
 * @param text    as written
 */
public record ConceptMention(String document, int sentence, String concept, String type, String text)
    implements Serializable {}
