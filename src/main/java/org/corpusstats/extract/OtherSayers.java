package org.corpusstats.extract;

import java.util.Locale;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Who says what a verb of saying says when that is not its subject: the agent of a passive ("likened by the
 * historian to"), the object of a verb of causing ("prompting the host to declare"), the object of a verb that quotes
 * it ("quoted the minister as saying").
 */
final class OtherSayers {

  private static final java.util.Set<String> CAUSATIVE_VERBS = WordList.load("causative-verbs.txt");

  private OtherSayers() {}

  /**
   * "was described by Lenin as", "a move likened by his biographer to": the by-phrase of a passive verb, or of a past
   * participle modifying a noun, names who does the saying; null when there is none.
   */
  static IndexedWord agent(SemanticGraph graph, IndexedWord verb) {
    boolean participle = modifiesANoun(graph, verb);
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
      IndexedWord word = edge.getDependent();
      boolean byPhrase = Subjects.isByPhrase(graph, verb, word);
      // "a move likened by X to": the parser may take the participle for a past tense; a by-phrase right after the
      // verb of saying is its agent all the same
      boolean rightAfter = graph.getChildren(word).stream().anyMatch(c -> c.index() == verb.index() + 1);
      if (byPhrase && (participle || rightAfter || Subjects.isAgent(graph, verb, word))) {
        return word;
      }
    }
    return null;
  }

  /**
   * "quoted the minister as saying", "cited him as stating": a participle marked by "as" after a verb's object says
   * what that object does (the parser hangs it as a clause or, after a long object, as an "as" phrase); null when
   * the participle is no such complement.
   */
  static IndexedWord objectQuotedAs(SemanticGraph graph, IndexedWord participle) {
    IndexedWord parent = graph.getParent(participle);
    boolean markedAs = graph.outgoingEdgeList(participle).stream()
        .anyMatch(e -> (e.getRelation().getShortName().equals("mark") || e.getRelation().getShortName().equals("case"))
            && e.getDependent().word().equalsIgnoreCase("as"));
    if (parent == null || !markedAs || !graph.reln(parent, participle).getShortName().matches("advcl|obl")) {
      return null;
    }
    return graph.outgoingEdgeList(parent).stream().filter(e -> e.getRelation().getShortName().equals("obj"))
        .map(SemanticGraphEdge::getDependent)
        .filter(o -> o.index() > parent.index() && o.index() < participle.index()).findFirst().orElse(null);
  }

  /**
   * Whether the verb's by-phrase makes it passive only by standing right after it ("the border claimed by the
   * Poles", which the parser may read as the border doing the claiming): a reading too weak to give the verb a
   * quotation it does not govern.
   */
  static boolean passiveOnlyByPosition(SemanticGraph graph, IndexedWord verb) {
    IndexedWord agent = agent(graph, verb);
    return agent != null && !modifiesANoun(graph, verb) && !Subjects.isAgent(graph, verb, agent);
  }

  /** "a move likened by …": a past participle that modifies a noun. */
  private static boolean modifiesANoun(SemanticGraph graph, IndexedWord verb) {
    IndexedWord modified = graph.getParent(verb);
    return verb.tag().equals("VBN") && modified != null && graph.reln(modified, verb).toString().equals("acl");
  }

  /**
   * "prompting the host to declare", "forced him to admit": the object of a verb of causing whose infinitive
   * complement is the verb of saying is who says it (causative-verbs.txt); null when there is no such verb or object.
   */
  static IndexedWord controller(SemanticGraph graph, IndexedWord clause) {
    IndexedWord parent = graph.getParent(clause);
    String lemma = parent == null || parent.lemma() == null ? "" : parent.lemma().toLowerCase(Locale.ROOT);
    if (!CAUSATIVE_VERBS.contains(lemma) || !graph.reln(parent, clause).getShortName().equals("xcomp")) {
      return null;
    }
    return graph.outgoingEdgeList(parent).stream().filter(e -> e.getRelation().getShortName().equals("obj"))
        .map(SemanticGraphEdge::getDependent)
        .filter(o -> o.index() > parent.index() && o.index() < clause.index()).findFirst().orElse(null);
  }
}
