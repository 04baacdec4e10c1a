package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;

/**
 * Cues that name a quotation's source without a verb of saying: a speech named with its author ("that speech of
 * Kerensky's", "In Lenin's words:"), a phrase naming the source ("according to his brother"), the one name before a
 * colon ("Then Martov, furious:").
 */
final class NamedSources {

  static final java.util.Set<String> SPEECH_NOUNS = WordList.load("speech-nouns.txt");
  private static final List<List<String>> ATTRIBUTION_PHRASES = WordList.load("attribution-phrases.txt").stream()
      .map(line -> List.of(line.split("\\s+"))).toList();

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;
  private final SpeechTags tags;

  NamedSources(AnnotatedText doc, SpeakerResolver resolver, SpeechTags tags) {
    this.doc = doc;
    this.resolver = resolver;
    this.tags = tags;
  }

  /**
   * A lead-in that names a speech and its author, with no verb of saying: "that speech of Kerensky's", "His reply
   * was short:", "In Lenin's words:". Read from the words, not the parse, which such phrases often defeat: the
   * last speech noun with "of" and a name after it, or a possessive before it.
   */
  SpeakerResolver.Found authorOfSpeech(int sentence) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token noun = tokens.get(i);
      if (!noun.pos().startsWith("NN") || !SPEECH_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))
          || doc.insideQuote(noun.charBegin())) {
        continue;
      }
      int author = -1;
      if (i + 2 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("of")) {
        author = tokens.get(i + 2).text().equalsIgnoreCase("the") && i + 3 < tokens.size() ? i + 3 : i + 2;
      } else {
        int j = i - 1;
        while (j >= 0 && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().equals("RB")
            || tokens.get(j).pos().equals("CC") || tokens.get(j).text().equals(","))) {
          j--;
        }
        if (j >= 1 && tokens.get(j).pos().equals("POS")) {
          author = j - 1;
        } else if (j >= 0 && tokens.get(j).pos().equals("PRP$")) {
          author = j;
        }
      }
      if (author >= 0 && (tokens.get(author).pos().startsWith("NNP") || tokens.get(author).pos().startsWith("PRP"))) {
        String evidence = tags.cue(sentence, Math.min(i, author), Math.max(i, author)) + " [" + Sieve.LEAD_IN.label + "]";
        SpeakerResolver.Found found = resolver.resolve(sentence, author, evidence, Sieve.LEAD_IN);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * "He was, according to his brother, “…”": a phrase that names the source of what is reported
   * (attribution-phrases.txt) and the noun phrase after it.
   */
  SpeakerResolver.Found accordingTo(int sentence, Sieve sieve) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    for (List<String> phrase : ATTRIBUTION_PHRASES) {
      for (int i = 0; i + phrase.size() < tokens.size(); i++) {
        boolean matches = !doc.insideQuote(tokens.get(i).charBegin());
        for (int k = 0; k < phrase.size() && matches; k++) {
          matches = tokens.get(i + k).text().equalsIgnoreCase(phrase.get(k));
        }
        int head = matches ? namedInApposition(tokens, nounPhraseHead(tokens, i + phrase.size())) : -1;
        if (head >= 0 && resolver.mayBeSpeaker(sentence, head)) {
          String evidence = tags.cue(sentence, i, head) + " [" + sieve.label + "]";
          SpeakerResolver.Found found = resolver.resolve(sentence, head, evidence, sieve);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /**
   * The last word of the noun phrase that starts at {@code t} (determiners, adjectives, names, nouns, a possessor:
   * "Mandelstam's wife"), or -1.
   */
  private static int nounPhraseHead(List<Token> tokens, int t) {
    int head = -1;
    for (int i = t; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      if (pos.startsWith("NN") || pos.equals("PRP")) {
        head = i;
      } else if (pos.equals("POS") && head >= 0) {
        head = -1;
      } else if (head >= 0 || !(pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ"))) {
        break;
      }
    }
    return head;
  }

  /** "his wife, Nadezhda,": a name set off by commas right after a common noun is whom the noun means. */
  private static int namedInApposition(List<Token> tokens, int head) {
    if (head < 0 || !tokens.get(head).pos().equals("NN") || head + 2 >= tokens.size()
        || !tokens.get(head + 1).text().equals(",") || !tokens.get(head + 2).pos().equals("NNP")) {
      return head;
    }
    int last = head + 2;
    while (last + 1 < tokens.size() && tokens.get(last + 1).pos().equals("NNP")) {
      last++;
    }
    return last + 1 < tokens.size() && tokens.get(last + 1).text().equals(",") ? last : head;
  }

  /** "Then Martov, furious:": a lead-in ending in a colon that names one person or body alone names the speaker. */
  SpeakerResolver.Found onlyNameIn(int sentence) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    java.util.Set<String> named = new java.util.TreeSet<>();
    int at = -1;
    for (int i = 0; i < tokens.size(); i++) {
      RawMention m = resolver.mentionAt(tokens.get(i).charBegin());
      if (m != null && !doc.insideQuote(tokens.get(i).charBegin())
          && (m.nerType().equals("PERSON") || m.nerType().equals("ORGANIZATION"))) {
        named.add(m.key());
        at = i;
      }
    }
    if (named.size() != 1) {
      return null;
    }
    return resolver.resolve(sentence, at, tokens.get(at).text() + " … : [" + Sieve.LEAD_IN_COLON.label + "]",
        Sieve.LEAD_IN_COLON);
  }
}
