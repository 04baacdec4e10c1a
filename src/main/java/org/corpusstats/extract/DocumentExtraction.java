package org.corpusstats.extract;

import java.io.Serializable;
import java.util.List;

/**
 * One document's extraction before entities are resolved across the corpus: small enough to keep for every
 * document while the CoreNLP annotation, which is large, is released.
 */
public record DocumentExtraction(DocumentAnalysis analysis, List<RawMention> mentions,
                                 List<EntityResolver.SameReferent> stated) implements Serializable {
  public DocumentExtraction {
    mentions = List.copyOf(mentions);
    stated = List.copyOf(stated);
  }
}
