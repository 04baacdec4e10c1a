package org.corpusstats.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * What the clause of a pronoun in a speech tag tells about whom it stands for, read from the parse: its verb may say
 * it goes on with a speech already begun ("he went on:"), and the words that hang from the same verb are other
 * people than its subject ("To another leader, Fyodor Dan, he confided").
 */
final class PronounClause {

  private static final Set<String> CONTINUING_VERBS = WordList.load("continuing-verbs.txt");

  private final SemanticGraph graph;
  private final List<Token> tokens;
  private final IndexedWord pronoun;
  /** The verb whose subject the pronoun is, or null. */
  private final IndexedWord verb;

  PronounClause(AnnotatedText doc, SemanticGraph graph, int sentence, int tokenIndex) {
    this.graph = graph;
    this.tokens = doc.sentence(sentence).tokens();
    this.pronoun = graph == null ? null : graph.getNodeByIndexSafe(tokenIndex + 1);
    IndexedWord parent = pronoun == null ? null : graph.getParent(pronoun);
    this.verb = parent != null && graph.reln(parent, pronoun).getShortName().startsWith("nsubj") ? parent : null;
  }

  /** "he went on", "she added": the pronoun is the subject of a verb of going on with a speech (continuing-verbs.txt). */
  boolean goesOnWithASpeech() {
    if (verb == null || verb.lemma() == null || !graph.reln(verb, pronoun).getShortName().equals("nsubj")) {
      return false;
    }
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    return CONTINUING_VERBS.contains(lemma) || graph.getChildren(verb).stream()
        .anyMatch(c -> graph.reln(verb, c).toString().equals("compound:prt")
            && CONTINUING_VERBS.contains(lemma + " " + c.word().toLowerCase(Locale.ROOT)));
  }

  /** Where the words that hang from the pronoun's verb begin (its object, an oblique, a name in apposition to one). */
  Set<Integer> coArguments() {
    if (verb == null) {
      return Set.of();
    }
    Set<Integer> offsets = new HashSet<>();
    Set<Integer> arguments = new HashSet<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      String relation = e.getRelation().getShortName();
      if (relation.equals("obj") || relation.equals("iobj") || relation.equals("obl")) {
        arguments.add(e.getDependent().index());
        offsets.add(begin(e.getDependent()));
        graph.getChildren(e.getDependent()).stream()
            .filter(c -> graph.reln(e.getDependent(), c).getShortName().equals("appos"))
            .forEach(c -> offsets.add(begin(c)));
      }
    }
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      // "To another leader, Pavel Orlov, he confided" parses with the name as a second subject: a name set off by
      // a comma right after an argument of the verb stands in apposition to that argument
      int first = graph.getChildren(e.getDependent()).stream().mapToInt(IndexedWord::index)
          .filter(i -> i < e.getDependent().index()).min().orElse(e.getDependent().index());
      if (e.getDependent() != pronoun && e.getRelation().getShortName().startsWith("nsubj") && first >= 3
          && tokens.get(first - 2).text().equals(",") && arguments.contains(first - 2)) {
        offsets.add(begin(e.getDependent()));
      }
    }
    return offsets;
  }

  private int begin(IndexedWord word) {
    return tokens.get(word.index() - 1).charBegin();
  }
}
