package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * "Liverovsky, Minister of Ways and Communications", "two men no less unpopular, Rutenburg and Paltchinsky": a name in
 * apposition to an office or to a noun for people names a person, whatever NER took it for (a name it does not know
 * is often tagged a place). Names joined by "and" to such a name are persons too.
 */
final class Appositions {

  /** The types NER gives unknown names: a place or a thing, not an organisation (whose apposition is its kind). */
  private static final Set<String> RETYPED = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "MISC");

  private Appositions() {}

  /** The sentence's mentions, with those that stand in apposition to a person retyped PERSON. */
  static List<RawMention> persons(AnnotatedText doc, int sentence, List<RawMention> mentions) {
    SemanticGraph graph = doc.coreSentence(sentence).coreMap()
        .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return mentions;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    List<RawMention> result = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      IndexedWord head = graph.getNodeByIndexSafe(m.mention().tokenEnd());
      boolean person = RETYPED.contains(m.nerType()) && head != null
          && (inApposition(graph, tokens, head) || conjoinedTo(graph, tokens, head));
      result.add(person ? new RawMention(m.mention(), m.key(), "PERSON") : m);
    }
    return result;
  }

  private static boolean conjoinedTo(SemanticGraph graph, List<Token> tokens, IndexedWord head) {
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("conj") && inApposition(graph, tokens, edge.getGovernor())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inApposition(SemanticGraph graph, List<Token> tokens, IndexedWord head) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("appos") && namesPeople(tokens, edge.getDependent())) {
        return true;
      }
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("appos") && namesPeople(tokens, edge.getGovernor())) {
        return true;
      }
    }
    return false;
  }

  /** An office ("Minister", NER TITLE) or a common noun for people ("men", "assistants"). */
  private static boolean namesPeople(List<Token> tokens, IndexedWord word) {
    if (word.index() < 1 || word.index() > tokens.size()) {
      return false;
    }
    Token token = tokens.get(word.index() - 1);
    String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(java.util.Locale.ROOT);
    return token.ner().equals("TITLE")
        || token.pos().startsWith("NN") && !token.pos().startsWith("NNP") && DescribedPersons.isPersonNoun(lemma);
  }
}
