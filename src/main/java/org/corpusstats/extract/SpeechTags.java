package org.corpusstats.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * The cues in the text around a quotation that say who speaks: a speech tag right beside it (`"…," said he`,
 * `"…," Elizabeth replied`, `Mr. Collins said: "…"`, the trigram patterns of CoreNLP's quote attribution); a verb
 * of saying in the same sentence and its subject ("Lenin himself wrote that"); the sentence leading into a quote
 * that opens its paragraph ("Trotsky explained how:"). Words inside quotation marks are never a cue.
 */
final class SpeechTags {

  private static final int MAX_CLIMB = 3;
  private static final java.util.Set<String> SPEECH_NOUNS = WordList.load("speech-nouns.txt");

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
        && !doc.insideQuote(token(after).charBegin())) {
      List<Token> tokens = doc.sentence(after[0]).tokens();
      int t = after[1];
      while (t < tokens.size() && tokens.get(t).text().equals(",")) {
        t++;
      }
      if (t < tokens.size() && isSpeechVerb(tokens.get(t))) {
        // said he / said Mr. Collins / said the girl
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
        if (head >= 0 && isPhraseHead(tokens, head)) {
          return found(before[0], head, t, Sieve.SPEECH_TAG);
        }
      }
    }
    return null;
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
  private static int phraseHeadFrom(List<Token> tokens, int t) {
    if (t >= tokens.size()) {
      return -1;
    }
    String pos = tokens.get(t).pos();
    if (pos.equals("PRP")) {
      return t;
    }
    int i = t;
    while (i < tokens.size() && WordList.isCourtesyTitle(tokens.get(i).text())) {
      i++;
    }
    if (i < tokens.size() && tokens.get(i).pos().startsWith("NNP")) {
      while (i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NNP")) {
        i++;
      }
      return i;
    }
    if (pos.equals("DT") || pos.equals("PRP$")) {
      i = t + 1;
      while (i < tokens.size() && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().equals("NN")
          && i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN"))) {
        i++;
      }
      if (i < tokens.size() && tokens.get(i).pos().startsWith("NN")) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the token ends a noun phrase that can say something: a pronoun, a name, or a noun. */
  private static boolean isPhraseHead(List<Token> tokens, int t) {
    String pos = tokens.get(t).pos();
    return pos.equals("PRP") || pos.startsWith("NN");
  }

  /** The verb of saying nearest the quote in this sentence, outside any quote, and its subject; or null. */
  SpeakerResolver.Found inSentence(int sentence, int quoteBegin, int quoteEnd, boolean leadIn) {
    SemanticGraph graph = resolver.graph(sentence);
    if (graph == null) {
      return null;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    IndexedWord best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (IndexedWord word : graph.vertexListSorted()) {
      Token token = tokens.get(word.index() - 1);
      if (doc.insideQuote(token.charBegin()) || !isSpeechVerb(graph, word)) {
        continue;
      }
      int distance = token.charBegin() < quoteBegin ? quoteBegin - token.charEnd() : token.charBegin() - quoteEnd;
      if (distance < bestDistance) {
        best = word;
        bestDistance = distance;
      }
    }
    Sieve sieve = leadIn ? Sieve.LEAD_IN : Sieve.SAME_SENTENCE;
    if (best == null && leadIn) {
      SpeakerResolver.Found author = authorOfSpeech(sentence);
      if (author != null) {
        return author;
      }
    }
    if (best == null && leadIn && endsWithColon(tokens)) {
      SpeakerResolver.Found only = onlyNameIn(sentence);
      if (only != null) {
        return only;
      }
      best = graph.getFirstRoot();
      sieve = Sieve.LEAD_IN_COLON;
    }
    return best == null ? null : subjectOf(sentence, graph, best, sieve);
  }

  /**
   * A lead-in that names a speech and its author, with no verb of saying: "that speech of Kerensky's", "His reply
   * was short:", "In Lenin's words:". Read from the words, not the parse, which such phrases often defeat: the
   * last speech noun with "of" and a name after it, or a possessive before it.
   */
  private SpeakerResolver.Found authorOfSpeech(int sentence) {
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
        String evidence = cue(sentence, Math.min(i, author), Math.max(i, author)) + " [" + Sieve.LEAD_IN.label + "]";
        SpeakerResolver.Found found = resolver.resolve(sentence, author, evidence, Sieve.LEAD_IN);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The conjunct before a subjectless verb that has the subject both share, or null. */
  private static IndexedWord sharedSubjectClause(SemanticGraph graph, IndexedWord verb) {
    IndexedWord parent = graph.getParent(verb);
    if (parent == null || !graph.reln(parent, verb).getShortName().equals("conj") || hasSubject(graph, verb)) {
      return null;
    }
    IndexedWord nearest = null;
    for (IndexedWord sibling : graph.getChildren(parent)) {
      if (sibling.index() < verb.index() && graph.reln(parent, sibling).getShortName().equals("conj")
          && hasSubject(graph, sibling) && (nearest == null || sibling.index() > nearest.index())) {
        nearest = sibling;
      }
    }
    return nearest != null ? nearest : hasSubject(graph, parent) ? parent : null;
  }

  private static boolean hasSubject(SemanticGraph graph, IndexedWord word) {
    return graph.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().getShortName().startsWith("nsubj"));
  }

  /** "Then Martov, furious:": a lead-in ending in a colon that names one person or body alone names the speaker. */
  private SpeakerResolver.Found onlyNameIn(int sentence) {
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

  private SpeakerResolver.Found subjectOf(int sentence, SemanticGraph graph, IndexedWord verb, Sieve sieve) {
    IndexedWord clause = verb;
    boolean participle = verb.tag().equals("VBG") && graph.outgoingEdgeList(verb).stream()
        .noneMatch(e -> e.getRelation().getShortName().startsWith("nsubj"));
    if (participle && graph.getFirstRoot() != null && graph.getFirstRoot() != verb) {
      // "Tutu urged people to accept it, stating that…": a participle's subject is the main clause's, however
      // the parser attached it
      clause = graph.getFirstRoot();
    }
    IndexedWord sharing = participle ? null : sharedSubjectClause(graph, verb);
    if (sharing != null) {
      // "he turned to his partner, and said": coordinated verbs share the subject of the first
      clause = sharing;
    }
    for (int hop = 0; hop <= MAX_CLIMB && clause != null; hop++) {
      IndexedWord head = clause;
      // The nearest subject first: "A socialist state, he explained:" parses with two.
      List<IndexedWord> subjects = graph.outgoingEdgeList(clause).stream()
          .filter(e -> e.getRelation().getShortName().startsWith("nsubj")).map(SemanticGraphEdge::getDependent)
          .filter(w -> resolver.mayBeSpeaker(sentence, w.index() - 1))
          .sorted(Comparator.comparingInt(w -> Math.abs(w.index() - head.index()))).toList();
      for (IndexedWord subject : subjects) {
        String evidence = cue(sentence, subject.index() - 1, verb.index() - 1) + " [" + sieve.label + "]";
        SpeakerResolver.Found found = resolver.resolve(sentence, subject.index() - 1, evidence, sieve);
        if (found != null) {
          return found;
        }
      }
      if (!subjects.isEmpty() && !isPronoun(sentence, subjects.get(0).index() - 1)) {
        // "The workers said:": the text names who speaks, and it is nobody in particular; no later rule may
        // override that with a guess.
        return SpeakerResolver.Found.nobody(cue(sentence, subjects.get(0).index() - 1, verb.index() - 1)
            + " [" + sieve.label + ", not a named speaker]", sieve);
      }
      clause = graph.getParent(clause);
    }
    return null;
  }

  private boolean isPronoun(int sentence, int token) {
    return doc.sentence(sentence).tokens().get(token).pos().startsWith("PRP");
  }

  private static boolean isSpeechVerb(Token token) {
    return token.pos().startsWith("VB") && WordList.SPEECH_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean isSpeechVerb(SemanticGraph graph, IndexedWord word) {
    if (!word.tag().startsWith("VB")) {
      return false;
    }
    String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
    if (!WordList.SPEECH_VERBS.contains(lemma)) {
      return false;
    }
    // "the USSR could be called a workers' state": the subject of a passive is what is spoken of
    boolean passive = graph.outgoingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().toString().equals("nsubj:pass")
            || e.getRelation().toString().equals("aux:pass"));
    if (passive) {
      return false;
    }
    if (lemma.equals("point") || lemma.equals("sum")) {
      // "pointing out that", "summed up": only with the particle
      return graph.getChildren(word).stream().anyMatch(c -> graph.reln(word, c).getShortName().equals("compound"));
    }
    return true;
  }

  private Token token(int[] at) {
    return doc.sentence(at[0]).tokens().get(at[1]);
  }

  private String cue(int sentence, int a, int b) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    int first = Math.min(a, b);
    int last = Math.max(a, b);
    if (last - first > 12) {
      return tokens.get(a).text() + " … " + tokens.get(b).text();
    }
    return doc.slice(tokens.get(first).charBegin(), tokens.get(last).charEnd()).replaceAll("\\s+", " ");
  }

  private static boolean endsWithColon(List<Token> tokens) {
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(":");
  }
}
