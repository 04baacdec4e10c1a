package org.corpusstats.extract;

import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Clauses of a dependency parse, as the speech cues read them: which has a subject, which shares one. */
final class Clauses {

  private Clauses() {}

  /**
   * "He walked away…, and she was left to fret…; Charlotte tried to console her:": the colon opens what the subject
   * of the clause just before it says, the last of the main clauses joined to the root that has a subject.
   */
  static IndexedWord beforeColon(SemanticGraph graph) {
    IndexedWord root = graph.getFirstRoot();
    IndexedWord last = root;
    java.util.Deque<IndexedWord> clauses = new java.util.ArrayDeque<>(List.of(root));
    while (!clauses.isEmpty()) {
      IndexedWord clause = clauses.pop();
      if (hasSubject(graph, clause) && clause.index() > last.index()) {
        last = clause;
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(clause)) {
        String relation = edge.getRelation().getShortName();
        if (relation.equals("conj") || relation.equals("parataxis")) {
          clauses.push(edge.getDependent());
        }
      }
    }
    return last;
  }

  /** The conjunct before a subjectless verb that has the subject both share, or null. */
  static IndexedWord sharedSubject(SemanticGraph graph, IndexedWord verb) {
    IndexedWord parent = graph.getParent(verb);
    if (parent == null || !graph.reln(parent, verb).getShortName().equals("conj") || hasSubject(graph, verb)) {
      return null;
    }
    IndexedWord nearest = null;
    for (IndexedWord sibling : graph.getChildren(parent)) {
      if (sibling.index() < verb.index() && graph.reln(parent, sibling).getShortName().equals("conj")
          && hasSubject(graph, sibling) && (nearest == null || sibling.index() > nearest.index())) {
        nearest = sibling;
      }
    }
    return nearest != null ? nearest : hasSubject(graph, parent) ? parent : null;
  }

  static boolean hasSubject(SemanticGraph graph, IndexedWord word) {
    return graph.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().getShortName().startsWith("nsubj"));
  }
}
