package org.corpusstats.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/** Whether a person's mention is the subject of its clause, read from the sentence's dependency parse. */
final class Subjects {

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "do", "have");
  /** How the parser hangs a name from the common noun that says what the person is ("the historian Jan Blom"). */
  private static final java.util.Set<String> APPOSITION = java.util.Set.of("appos", "dep");

  private final SpeakerResolver names;

  Subjects(SpeakerResolver names) {
    this.names = names;
  }

  /**
   * The subject of a clause, active or passive ("X was taken by surprise"), or the agent of a passive one; a name in
   * apposition to such a noun ("argued by the historian Jan Blom") is that subject too.
   */
  boolean isSubject(RawMention person) {
    return anyWord(person, (graph, word, parent) ->
        graph.reln(parent, word).getShortName().startsWith("nsubj") || isAgent(graph, parent, word)
            || word.equals(invertedSubject(graph, parent)))
        || swallowedSubject(person);
  }

  /**
   * "In his report for 1938 Jan Blom notes that…": the parser may take a name for a modifier of the noun before it,
   * leaving the verb right after the name without a subject; a finite verb of its own clause (not a conjunct, which
   * shares the subject of the first) that has none and follows the name directly has the name for its subject.
   */
  private boolean swallowedSubject(RawMention person) {
    Mention m = person.mention();
    SemanticGraph graph = names.graph(m.sentence() - 1);
    IndexedWord verb = graph == null ? null : graph.getNodeByIndexSafe(m.tokenEnd() + 1);
    if (verb == null || !(verb.tag().equals("VBD") || verb.tag().equals("VBZ") || verb.tag().equals("VBP"))) {
      return false;
    }
    IndexedWord parent = graph.getParent(verb);
    boolean conjunct = parent != null && graph.reln(parent, verb).getShortName().equals("conj");
    return !conjunct && !hasOwnSubject(graph, verb);
  }

  /** Whether a verb has a subject of its own in the parse: a noun, a clause, or an expletive "there"/"it". */
  private static boolean hasOwnSubject(SemanticGraph graph, IndexedWord verb) {
    return graph.outgoingEdgeList(verb).stream().map(e -> e.getRelation().getShortName())
        .anyMatch(relation -> relation.startsWith("nsubj") || relation.startsWith("csubj") || relation.equals("expl"));
  }

  /**
   * "Then up leaped Ivan Petrov", "Said the Gazette, “…”": a finite main verb with no subject of its own, followed by
   * a noun phrase, is an inversion (after a fronted adverb or in a speech tag), and that noun phrase is its subject,
   * whatever the parser took it for; null when the verb has a subject or nothing follows it.
   */
  static IndexedWord invertedSubject(SemanticGraph graph, IndexedWord verb) {
    // "Did this mean supporting X?": an auxiliary before its subject asks a question; it is no inversion of this kind
    boolean auxiliary = verb.lemma() != null && AUXILIARIES.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT));
    boolean finite = verb.tag().equals("VBD") || verb.tag().equals("VBZ");
    if (!finite || auxiliary || hasOwnSubject(graph, verb) || !graph.getRoots().contains(verb)) {
      return null;
    }
    return graph.outgoingEdgeList(verb).stream()
        .filter(e -> e.getRelation().getShortName().equals("obj") && e.getDependent().index() > verb.index())
        .map(e -> e.getDependent()).findFirst().orElse(null);
  }

  /**
   * Whether a subject's clause is the sentence's main clause, or one joined to it ("…, and she said"); used on
   * mentions that {@link #isSubject} already accepted.
   */
  boolean isMainSubject(RawMention person) {
    return anyWord(person, (graph, word, parent) -> {
      IndexedWord clause = parent;
      while (clause != null && !graph.getRoots().contains(clause)) {
        IndexedWord above = graph.getParent(clause);
        String relation = above == null ? "" : graph.reln(above, clause).getShortName();
        clause = relation.equals("conj") || relation.equals("parataxis") ? above : null;
      }
      return clause != null;
    });
  }

  @FunctionalInterface
  private interface WordTest {
    boolean test(SemanticGraph graph, IndexedWord word, IndexedWord parent);
  }

  /** Whether some word of the mention that has a parent in its sentence's parse passes the test. */
  private boolean anyWord(RawMention person, WordTest test) {
    Mention m = person.mention();
    SemanticGraph graph = names.graph(m.sentence() - 1);
    if (graph == null) {
      return false;
    }
    for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      IndexedWord parent = word == null ? null : graph.getParent(word);
      if (parent != null && APPOSITION.contains(graph.reln(parent, word).getShortName())
          && (parent.tag().equals("NN") || parent.tag().equals("NNS")) && graph.getParent(parent) != null) {
        // "the historian Jan Blom": the name stands where the noun it names stands
        word = parent;
        parent = graph.getParent(parent);
      }
      if (parent != null && test.test(graph, word, parent)) {
        return true;
      }
    }
    return false;
  }

  /** "by Darcy": an oblique of the verb marked by "by". */
  static boolean isByPhrase(SemanticGraph graph, IndexedWord verb, IndexedWord word) {
    String relation = graph.reln(verb, word).toString();
    return relation.equals("obl:agent") || relation.startsWith("obl") && graph.getChildren(word).stream()
        .anyMatch(c -> c.word().equalsIgnoreCase("by") && graph.reln(word, c).getShortName().equals("case"));
  }

  /** "was scarcely heard by Darcy": the agent of a passive is who does the thing, as a subject is. */
  static boolean isAgent(SemanticGraph graph, IndexedWord verb, IndexedWord word) {
    return isByPhrase(graph, verb, word) && graph.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().equals("aux:pass") || e.getRelation().toString().equals("nsubj:pass"));
  }
}
