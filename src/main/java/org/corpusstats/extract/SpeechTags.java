package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;

/**
 * A speech tag right beside a quotation (`"…," said he`, `"…," Elizabeth replied`, `Mr. Collins said: "…"`): the
 * trigram patterns of CoreNLP's quote attribution, read from the words. Words inside quotation marks are never a
 * cue.
 */
final class SpeechTags {

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;

  SpeechTags(AnnotatedText doc, SpeakerResolver resolver) {
    this.doc = doc;
    this.resolver = resolver;
  }

  /** A speech tag right after the quote ("said he", "Elizabeth replied") or right before it ("he said:"). */
  SpeakerResolver.Found besideQuote(int quoteBegin, int quoteEnd) {
    int paragraph = doc.sentence(doc.sentenceAt(quoteBegin)).paragraph();
    int[] after = doc.tokenFrom(quoteEnd);
    if (after != null && doc.sentence(after[0]).paragraph() == paragraph
        && !doc.insideQuote(token(after).charBegin())
        && (!endsWithAFullStop(quoteBegin, quoteEnd) || token(after).text().equals(","))) {
      List<Token> tokens = doc.sentence(after[0]).tokens();
      int t = after[1];
      while (t < tokens.size() && tokens.get(t).text().equals(",")) {
        t++;
      }
      if (t < tokens.size() && isSpeechVerb(tokens.get(t)) && !tokens.get(t).pos().equals("VBG")
          && (!tokens.get(t).pos().equals("VBN") || subjectFollows(tokens, t))) {
        // said he / said Mr. Collins / said the girl (a participle's noun is its object: "citing the example")
        int head = phraseHeadFrom(tokens, t + 1);
        if (head >= 0) {
          return found(after[0], head, t, Sieve.SPEECH_TAG);
        }
      } else if (t < tokens.size()) {
        // he said / Elizabeth replied / her mother added
        int head = phraseHeadFrom(tokens, t);
        int verb = head + 1;
        while (verb < tokens.size() && tokens.get(verb).pos().startsWith("RB")) {
          verb++;
        }
        if (head >= 0 && verb < tokens.size() && isSpeechVerb(tokens.get(verb))) {
          return found(after[0], head, verb, Sieve.SPEECH_TAG);
        }
      }
    }
    int[] before = doc.tokenBefore(quoteBegin);
    if (before != null && doc.sentence(before[0]).paragraph() == paragraph) {
      List<Token> tokens = doc.sentence(before[0]).tokens();
      int t = before[1];
      if (t >= 0 && (tokens.get(t).text().equals(",") || tokens.get(t).text().equals(":"))) {
        t--;
      }
      if (t >= 1 && isSpeechVerb(tokens.get(t)) && !doc.insideQuote(tokens.get(t).charBegin())) {
        int head = t - 1;
        while (head >= 0 && tokens.get(head).pos().startsWith("RB")) {
          head--;
        }
        if (head >= 0 && isPhraseHead(tokens, head) && !afterPreposition(before[0], head)) {
          return found(before[0], head, t, Sieve.SPEECH_TAG);
        }
      }
    }
    return null;
  }

  /**
   * "…the common good.” His brother noted that…": a quote closed by a full stop ends its sentence, and the words
   * after it start another, no tag of it (a tag follows a comma, a question or exclamation mark, or a dash). A comma
   * after the closing mark ("…in vain.”, noted the senator") carries the sentence on to its tag all the same.
   */
  private boolean endsWithAFullStop(int quoteBegin, int quoteEnd) {
    String inner = doc.slice(quoteBegin, quoteEnd).replaceAll("[\\p{Pf}\\p{Pi}\"'’”»\\s]+$", "");
    return inner.endsWith(".") && !inner.endsWith("..");
  }

  private SpeakerResolver.Found found(int sentence, int head, int verb, Sieve sieve) {
    String cue = cue(sentence, head, verb);
    SpeakerResolver.Found speaker = resolver.resolve(sentence, head, cue + " [" + sieve.label + "]", sieve);
    if (speaker != null || isPronoun(sentence, head)) {
      // A pronoun nothing resolves leaves the quote to the discourse sieves (turn-taking knows who "he" is).
      return speaker;
    }
    return SpeakerResolver.Found.nobody(cue + " [" + sieve.label + ", not a named speaker]", sieve);
  }

  /**
   * The head of the noun phrase starting at {@code t}: a pronoun; a name, with any courtesy title before it
   * ("Mr. Collins", "Sir William Lucas"); or a determiner or possessive, adjectives and a noun ("her mother").
   */
  /** Subjects that name somebody not identified ("said one", "shouted another"): indefinite-speakers.txt. */
  private static final java.util.Set<String> INDEFINITE = WordList.load("indefinite-speakers.txt");

  private static int phraseHeadFrom(List<Token> tokens, int t) {
    if (t >= tokens.size()) {
      return -1;
    }
    String pos = tokens.get(t).pos();
    if (pos.equals("PRP") || INDEFINITE.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
      return t;
    }
    if (t + 1 < tokens.size() && tokens.get(t).text().equalsIgnoreCase("the")
        && tokens.get(t + 1).text().equalsIgnoreCase("other")
        && (t + 2 >= tokens.size() || !tokens.get(t + 2).pos().startsWith("NN"))) {
      // "rejoined the other": the other person of the conversation
      return t + 1;
    }
    int i = t;
    while (i < tokens.size() && WordList.isCourtesyTitle(tokens.get(i).text())) {
      i++;
    }
    if (i < tokens.size() && properNoun(tokens.get(i))) {
      while (i + 1 < tokens.size() && properNoun(tokens.get(i + 1))) {
        i++;
      }
      return i;
    }
    if (pos.equals("DT") || pos.equals("PRP$")) {
      i = t + 1;
      while (i < tokens.size() && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().equals("NN")
          && i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN")
          || hyphenatedWithNext(tokens, i))) {
        i += hyphenatedWithNext(tokens, i) ? 2 : 1;
      }
      if (i < tokens.size() && tokens.get(i).pos().startsWith("NN")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "“…!” repeated the gentleman": the tagger takes some past tenses of an inverted tag for participles; a verb of
   * saying right after a quote with a subject right after it ("the", a name, a pronoun) is a tag all the same.
   */
  private static boolean subjectFollows(List<Token> tokens, int verb) {
    if (verb + 1 >= tokens.size()) {
      return false;
    }
    String pos = tokens.get(verb + 1).pos();
    return pos.equals("DT") || pos.startsWith("NNP") || pos.equals("PRP")
        || INDEFINITE.contains(tokens.get(verb + 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * A proper noun, or a capitalised common noun inside a tag: the tagger takes names that are also words for common
   * nouns ("cried Silver", "said Hands").
   */
  private static boolean properNoun(Token token) {
    return token.pos().startsWith("NNP")
        || token.pos().startsWith("NN") && Character.isUpperCase(token.text().codePointAt(0));
  }

  /** "the sea-cook": a word joined by a hyphen to a noun after it is a modifier of that noun. */
  private static boolean hyphenatedWithNext(List<Token> tokens, int i) {
    return i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")
        && tokens.get(i + 1).charBegin() == tokens.get(i).charEnd()
        && tokens.get(i + 2).charBegin() == tokens.get(i + 1).charEnd() && tokens.get(i + 2).pos().startsWith("NN");
  }

  /**
   * "in a constrained manner said, “…”": a noun phrase with a preposition of its own is no subject of the verb that
   * follows it; the sentence's parse then finds who said it.
   */
  private boolean afterPreposition(int sentence, int head) {
    edu.stanford.nlp.semgraph.SemanticGraph graph = resolver.graph(sentence);
    edu.stanford.nlp.ling.IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(head + 1);
    return word != null && graph.getChildren(word).stream()
        .anyMatch(c -> graph.reln(word, c).getShortName().equals("case") && c.tag().equals("IN"));
  }

  /** Whether the token ends a noun phrase that can say something: a pronoun, a name, or a noun. */
  private static boolean isPhraseHead(List<Token> tokens, int t) {
    String pos = tokens.get(t).pos();
    return pos.equals("PRP") || pos.startsWith("NN");
  }

  /** A pronoun, or "the other" (of a conversation): what it stands for is asked of the discourse. */
  boolean isPronoun(int sentence, int token) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    return tokens.get(token).pos().startsWith("PRP") || token > 0 && tokens.get(token).text().equalsIgnoreCase("other")
        && tokens.get(token - 1).text().equalsIgnoreCase("the");
  }

  private static boolean isSpeechVerb(Token token) {
    return token.pos().startsWith("VB") && WordList.SPEECH_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  private Token token(int[] at) {
    return doc.sentence(at[0]).tokens().get(at[1]);
  }

  String cue(int sentence, int a, int b) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    int first = Math.min(a, b);
    int last = Math.max(a, b);
    if (last - first > 12) {
      return tokens.get(a).text() + " … " + tokens.get(b).text();
    }
    return doc.slice(tokens.get(first).charBegin(), tokens.get(last).charEnd()).replaceAll("\\s+", " ");
  }

}
