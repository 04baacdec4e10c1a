package org.corpusstats.extract;

import java.util.List;

/** The whole corpus after entity resolution: mentions carry canonical entity names. */
public record CorpusAnalysis(List<DocumentAnalysis> documents, List<Entity> entities) {
  public CorpusAnalysis {
    documents = List.copyOf(documents);
    entities = List.copyOf(entities);
  }
}
