package org.corpusstats.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.corpusstats.extract.SpeakerResolver.Found;

/** What CoreNLP's coreference says a word stands for: the nearest wanted mention before it in one of its chains. */
final class CorefLinks {

  private final AnnotatedText doc;
  private final SpeakerResolver names;

  CorefLinks(AnnotatedText doc, SpeakerResolver names) {
    this.doc = doc;
    this.names = names;
  }

  /** The last mention before the word, outside quotation marks, in a chain holding it, that is {@code wanted}. */
  Optional<Found> nearestBefore(int sentence, int tokenIndex, Token token, Predicate<RawMention> wanted,
                                String evidence, Sieve sieve) {
    for (CorefChains.ChainIn holding : doc.corefChains().holding(sentence, tokenIndex + 1)) {
      int offset = holding.sentenceOffset();
      RawMention named = holding.chain().getMentionsInTextualOrder().stream()
          .map(m -> mentionAtToken(m.sentNum - 1 + offset, m.headIndex - 1)).filter(Objects::nonNull)
          .filter(m -> wanted.test(m) && m.mention().charBegin() < token.charBegin()
              && !doc.insideQuote(m.mention().charBegin()))
          .reduce((a, b) -> b).orElse(null);
      if (named != null) {
        return Optional.of(new Found(named.key(), named.nerType(), evidence + " (" + token.text() + " = "
            + named.key() + ", by coreference)", sieve));
      }
    }
    return Optional.empty();
  }

  private RawMention mentionAtToken(int sentence, int tokenIndex) {
    if (sentence < 0 || sentence >= doc.sentences.size()) {
      return null;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    return tokenIndex < 0 || tokenIndex >= tokens.size() ? null : names.mentionAt(tokens.get(tokenIndex).charBegin());
  }
}
