package org.corpusstats.extract;

import java.util.List;

/** The whole corpus after entity resolution: mentions carry canonical entity names. */
public record CorpusAnalysis(List<DocumentAnalysis> documents, List<Entity> entities, List<Concept> concepts) {
  public CorpusAnalysis {
    documents = List.copyOf(documents);
    entities = List.copyOf(entities);
    concepts = List.copyOf(concepts);
  }

  /** Without concepts. */
  public CorpusAnalysis(List<DocumentAnalysis> documents, List<Entity> entities) {
    this(documents, entities, List.of());
  }
}
