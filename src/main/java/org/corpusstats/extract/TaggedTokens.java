package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/** The tokens of a tagged document (tokens, tags, lemmas; no entities), sentence by sentence, as plain records. */
public final class TaggedTokens {

  private TaggedTokens() {}

  public static List<List<Token>> of(CoreDocument document) {
    List<List<Token>> sentences = new ArrayList<>();
    for (CoreSentence sentence : document.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : sentence.tokens()) {
        tokens.add(new Token(label.index() - 1, label.word(), label.lemma(), label.tag(), "O",
            label.beginPosition(), label.endPosition()));
      }
      sentences.add(tokens);
    }
    return sentences;
  }
}
