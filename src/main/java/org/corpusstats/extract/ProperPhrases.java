package org.corpusstats.extract;

import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/** A speaker named by a capitalised noun phrase: "The 10th Congress", "the Secretary-General of the League". */
final class ProperPhrases {

  private final AnnotatedText doc;
  private final MentionIndex index;

  ProperPhrases(AnnotatedText doc, MentionIndex index) {
    this.doc = doc;
    this.index = index;
  }

  /** Whether a capitalised noun has a modifier before it that makes it a name ("the 10th Congress"). */
  static boolean hasCapitalisedModifier(SemanticGraph graph, IndexedWord head) {
    return Character.isUpperCase(head.word().codePointAt(0)) && graph.getChildren(head).stream()
        .anyMatch(c -> c.index() < head.index() && (c.tag().equals("JJ") || c.tag().equals("CD")
            || Character.isUpperCase(c.word().codePointAt(0))));
  }

  /** "The 10th Congress" -> "10th Congress": the head with the modifiers before it, without the article. */
  String of(int sentence, SemanticGraph graph, int head) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    int first = head;
    IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(head + 1);
    if (word != null) {
      for (IndexedWord child : graph.getChildren(word)) {
        String rel = graph.reln(word, child).getShortName();
        if (child.index() - 1 < first && (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod"))) {
          first = child.index() - 1;
        }
      }
    }
    while (first > 0 && WordList.isCourtesyTitle(tokens.get(first - 1).text())) {
      first--;
    }
    return doc.slice(tokens.get(first).charBegin(), Math.max(endOfTitle(sentence, graph, word, tokens.get(head)),
        endOfNumberLabel(graph, word, tokens)));
  }

  /** "superseded by JCS 1779, stating": a number right after the name labels it (a directive, a resolution). */
  private static int endOfNumberLabel(SemanticGraph graph, IndexedWord word, List<Token> tokens) {
    if (word == null || word.index() >= tokens.size()) {
      return -1;
    }
    Token next = tokens.get(word.index());
    IndexedWord number = graph.getNodeByIndexSafe(word.index() + 1);
    return next.pos().equals("CD") && number != null && word.equals(graph.getParent(number))
        && graph.reln(word, number).getShortName().equals("nummod") ? next.charEnd() : -1;
  }

  /**
   * "the Secretary-General of the League of Arab States claimed": a title names its holder together with the body or
   * place it is held in (two secretaries-general may speak in one sentence), so the phrase runs to that name's end.
   */
  private int endOfTitle(int sentence, SemanticGraph graph, IndexedWord word, Token head) {
    if (word == null || !head.ner().equals("TITLE")) {
      return head.charEnd();
    }
    for (IndexedWord child : graph.getChildren(word)) {
      boolean ofPhrase = child.index() > word.index() && graph.reln(word, child).getShortName().equals("nmod")
          && graph.getChildren(child).stream().anyMatch(c -> c.word().equalsIgnoreCase("of")
              && graph.reln(child, c).getShortName().equals("case"));
      RawMention heldIn = ofPhrase
          ? index.at(doc.sentence(sentence).tokens().get(child.index() - 1).charBegin()) : null;
      if (heldIn != null && !heldIn.nerType().equals("PERSON") && SpeakerResolver.NAMED_SPEAKER_TYPES.contains(heldIn.nerType())) {
        return heldIn.mention().charEnd();
      }
    }
    return head.charEnd();
  }
}
