package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/** The verb of saying of a sentence that says its quote: outside any quote, and the nearest in the right sense. */
final class NearestSayingVerb {

  private NearestSayingVerb() {}

  static IndexedWord find(AnnotatedText doc, SemanticGraph graph, List<Token> tokens, int quoteBegin, int quoteEnd) {
    List<IndexedWord> candidates = new ArrayList<>();
    List<IndexedWord> holders = new ArrayList<>();
    for (IndexedWord word : graph.vertexListSorted()) {
      Token token = tokens.get(word.index() - 1);
      if (doc.insideQuote(token.charBegin()) || !SpeechVerbs.isSpeechVerb(graph, word)) {
        continue;
      }
      // a verb's descendants are asked of verbs of saying only: every word of every sentence would cost the square
      boolean holdsQuote = dominatesQuote(graph, tokens, word, quoteBegin, quoteEnd);
      if (OtherSayers.passiveOnlyByPosition(graph, word) && !holdsQuote) {
        continue;
      }
      candidates.add(word);
      if (holdsQuote) {
        holders.add(word);
      }
    }
    // "X warned that if they failed to maintain contact, “…” would result": a verb of saying with a thing for its
    // object ("maintain contact", "declare war"), inside the clause of one that holds the quote, is used in another
    // sense and comes after every other verb of saying, however near
    // "The queen responded with anger against those who spoke against him: “…”": a verb of saying in a relative
    // clause on someone unnamed ("those who", "anyone who"), inside the clause of a verb that holds the quote, says
    // who they are, not the quote ("the journalist Edward Morrow, who remarked that “…”" is a named speaker's)
    Predicate<IndexedWord> otherSense = w -> holders.stream().anyMatch(h -> h != w && graph.descendants(h).contains(w))
        && (!holders.contains(w) && hasThingForObject(graph, w) || describesUnnamed(graph, w));
    IndexedWord best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestOtherSense = true;
    for (IndexedWord word : candidates) {
      Token token = tokens.get(word.index() - 1);
      boolean other = otherSense.test(word);
      int distance = token.charBegin() < quoteBegin ? quoteBegin - token.charEnd() : token.charBegin() - quoteEnd;
      if (!other && bestOtherSense || other == bestOtherSense && distance < bestDistance) {
        best = word;
        bestDistance = distance;
        bestOtherSense = other;
      }
    }
    return best;
  }

  /** Whether the verb heads a relative clause on a word that is not a name ("those who spoke"). */
  static boolean describesUnnamed(SemanticGraph graph, IndexedWord verb) {
    IndexedWord antecedent = graph.getParent(verb);
    return VerbSubjects.isRelativeClause(graph, verb) && !antecedent.tag().startsWith("NNP")
        && !"PERSON".equals(antecedent.ner());
  }

  /** Whether the verb's object is a common noun ("maintain contact"), not a person, a pronoun or a clause. */
  private static boolean hasThingForObject(SemanticGraph graph, IndexedWord verb) {
    return graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().getShortName().equals("obj")
        && e.getDependent().tag().startsWith("NN") && !e.getDependent().tag().startsWith("NNP")
        && !"PERSON".equals(e.getDependent().ner()));
  }

  /** Whether a word of the quote hangs, directly or through other words, from the verb. */
  static boolean dominatesQuote(SemanticGraph graph, List<Token> tokens, IndexedWord verb, int quoteBegin,
                               int quoteEnd) {
    return graph.descendants(verb).stream().anyMatch(w -> {
      int at = tokens.get(w.index() - 1).charBegin();
      return at >= quoteBegin && at < quoteEnd;
    });
  }
}
