package org.corpusstats.extract;

import java.io.Serializable;
import java.util.List;

/**
 * One document's extraction before entities are resolved across the corpus: small enough to keep for every
 * document while the CoreNLP annotation, which is large, is released.
 *
 * @param concepts common-noun mentions of entity classes, for concepts.csv
 * @param roles    titles given to persons, keyed by the person mention's key
 * @param apart    person names the text shows are two persons though one is part of the other
 */
public record DocumentExtraction(DocumentAnalysis analysis, List<RawMention> mentions,
                                 List<EntityResolver.SameReferent> stated, List<EntityResolver.SameReferent> apart,
                                 List<ConceptMention> concepts, List<RoleMention> roles) implements Serializable {
  public DocumentExtraction {
    mentions = List.copyOf(mentions);
    stated = List.copyOf(stated);
    apart = List.copyOf(apart);
    concepts = List.copyOf(concepts);
    roles = List.copyOf(roles);
  }

  /** The same extraction with the analysis replaced (the Spark driver keeps it without tokens). */
  public DocumentExtraction withAnalysis(DocumentAnalysis replaced) {
    return new DocumentExtraction(replaced, mentions, stated, apart, concepts, roles);
  }
}
