package org.corpusstats.extract;

import java.io.Serializable;
import java.util.List;

/**
 * A row of concepts.csv: a concept, its NER class, its mentions across the corpus, and the forms it is written in
 * (most frequent first).
 */
public record Concept(String concept, String type, int mentions, List<String> forms) implements Serializable {
  public Concept {
    forms = List.copyOf(forms);
  }
}
