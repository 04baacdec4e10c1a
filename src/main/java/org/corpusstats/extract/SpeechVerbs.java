package org.corpusstats.extract;

import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/** Whether a verb of the parse says something (speech-verbs.txt) or reports a thought (thought-verbs.txt). */
final class SpeechVerbs {

  private static final Set<String> THOUGHT_VERBS = WordList.load("thought-verbs.txt");
  private static final Set<String> ISSUING_VERBS = WordList.load("issuing-verbs.txt");

  private SpeechVerbs() {}

  /** "she hoped “that…”": a verb of thinking (thought-verbs.txt) reports the thought it governs. */
  static boolean isThoughtVerb(IndexedWord word) {
    return word.tag().startsWith("VB") && word.lemma() != null
        && THOUGHT_VERBS.contains(word.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "issued a statement to his people, “…”", "made an angry remark to him: “…”": a verb of putting out
   * (issuing-verbs.txt) with a noun of speech for its object (speech-nouns.txt) says what the noun says.
   */
  private static boolean issuesSpeech(SemanticGraph graph, IndexedWord word, String lemma) {
    return ISSUING_VERBS.contains(lemma) && graph.outgoingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().getShortName().equals("obj") && e.getDependent().lemma() != null
            && NamedSources.SPEECH_NOUNS.contains(e.getDependent().lemma().toLowerCase(Locale.ROOT)));
  }

  static boolean isSpeechVerb(SemanticGraph graph, IndexedWord word) {
    if (!word.tag().startsWith("VB")) {
      return false;
    }
    String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
    // "he went on:": a verb that says speaking only with its particle is listed with it
    boolean withParticle = graph.getChildren(word).stream()
        .anyMatch(c -> graph.reln(word, c).toString().equals("compound:prt")
            && WordList.SPEECH_VERBS.contains(lemma + " " + c.word().toLowerCase(Locale.ROOT)));
    if (!WordList.SPEECH_VERBS.contains(lemma) && !withParticle && !issuesSpeech(graph, word, lemma)) {
      return false;
    }
    boolean asPutIt = graph.getChildren(word).stream().anyMatch(c -> c.word().equalsIgnoreCase("as")
        && graph.reln(word, c).getShortName().equals("mark"));
    if (lemma.equals("put") && !asPutIt && graph.outgoingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().getShortName().equals("obl") && !e.getRelation().toString().equals("obl:to"))) {
      // "as he put it (to me, in an interview)" says something; "had put it in his pocket" places a thing
      return false;
    }
    // "the USSR could be called a workers' state": the subject of a passive is what is spoken of; only its agent,
    // when the text names one ("a move likened by the biographer to “…”"), says anything
    boolean passive = graph.outgoingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().toString().equals("nsubj:pass")
            || e.getRelation().toString().equals("aux:pass"));
    if (passive && OtherSayers.agent(graph, word) == null) {
      return false;
    }
    if (lemma.equals("point") || lemma.equals("sum")) {
      // "pointing out that", "summed up": only with the particle
      return graph.getChildren(word).stream().anyMatch(c -> graph.reln(word, c).getShortName().equals("compound"));
    }
    // "after repeated assurances", "the promised reforms": a past participle used as an adjective names what was
    // said before, not a saying here ("questioning glances" still do the asking)
    IndexedWord head = graph.getParent(word);
    return head == null || !"VBN".equals(word.tag()) || !graph.reln(head, word).getShortName().equals("amod");
  }
}
