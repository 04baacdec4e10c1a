package org.corpusstats.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/** Whether a person's mention is the subject of its clause, read from the sentence's dependency parse. */
final class Subjects {

  private final SpeakerResolver names;

  Subjects(SpeakerResolver names) {
    this.names = names;
  }

  /** The subject of a clause, or the agent of a passive one. */
  boolean isSubject(RawMention person) {
    Mention m = person.mention();
    SemanticGraph graph = names.graph(m.sentence() - 1);
    if (graph == null) {
      return false;
    }
    for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      IndexedWord parent = word == null ? null : graph.getParent(word);
      if (parent != null && (graph.reln(parent, word).getShortName().equals("nsubj") || isAgent(graph, parent, word))) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the sentence's root, or of a main clause joined to it ("…, and she said"). */
  boolean isMainSubject(RawMention person) {
    Mention m = person.mention();
    SemanticGraph graph = names.graph(m.sentence() - 1);
    if (graph == null) {
      return false;
    }
    for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      IndexedWord clause = word == null ? null : graph.getParent(word);
      while (clause != null && !graph.getRoots().contains(clause)) {
        IndexedWord parent = graph.getParent(clause);
        String relation = parent == null ? "" : graph.reln(parent, clause).getShortName();
        clause = relation.equals("conj") || relation.equals("parataxis") ? parent : null;
      }
      if (clause != null) {
        return true;
      }
    }
    return false;
  }

  /** "was scarcely heard by Darcy": the agent of a passive is who does the thing, as a subject is. */
  private static boolean isAgent(SemanticGraph graph, IndexedWord verb, IndexedWord word) {
    String relation = graph.reln(verb, word).toString();
    boolean byPhrase = relation.equals("obl:agent") || relation.startsWith("obl") && graph.getChildren(word).stream()
        .anyMatch(c -> c.word().equalsIgnoreCase("by") && graph.reln(word, c).getShortName().equals("case"));
    return byPhrase && graph.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().equals("aux:pass") || e.getRelation().toString().equals("nsubj:pass"));
  }
}
