package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Who says a quotation, read from the text around it: the subject of a verb of saying ("Lenin himself wrote
 * that", "as Trotsky put it"), or of the sentence that leads into a block quotation with a colon ("Trotsky
 * explained how:"). A pronoun subject is resolved by CoreNLP's coreference, else to the last person named as a
 * subject just before it. A common noun subject ("the workers") is no speaker.
 */
final class SpeakerFinder {

  static final Set<String> SPEECH_VERBS = Set.of("say", "write", "warn", "declare", "explain", "argue", "state",
      "add", "insist", "claim", "describe", "designate", "call", "put", "note", "remark", "reply", "answer",
      "urge", "demand", "suggest", "proclaim", "announce", "tell", "complain", "admit", "conclude", "observe",
      "point", "predict", "anticipate", "recognise", "recognize", "promise", "ask", "cry", "shout", "praise",
      "speak", "comment", "assert", "maintain", "acknowledge", "deny", "affirm", "report", "recall", "exclaim",
      "protest", "denounce", "brand", "term", "dub", "define", "characterise", "characterize", "quote", "cite",
      "sum", "retort", "respond", "continue", "wonder", "concede", "emphasise", "emphasize", "stress");
  private static final int MAX_CLIMB = 3;

  /**
   * A speaker found: a mention key, a quoted title or a proper noun phrase, with the cue that decided it; an
   * empty speaker when the cue names someone who is no entity ("the workers said").
   */
  record Found(String speaker, String type, String evidence) {}

  private final AnnotatedText doc;
  private final List<RawMention> mentions;
  private final List<int[]> termSpans;

  SpeakerFinder(AnnotatedText doc, List<RawMention> mentions, List<int[]> termSpans) {
    this.doc = doc;
    this.mentions = mentions;
    this.termSpans = termSpans;
  }

  /** The verb of saying nearest the quote in this sentence, outside the quote, or null. */
  Found fromSentence(int sentence, int quoteBegin, int quoteEnd, boolean leadIn) {
    SemanticGraph graph = graph(sentence);
    if (graph == null) {
      return null;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    IndexedWord best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (IndexedWord word : graph.vertexListSorted()) {
      Token token = tokens.get(word.index() - 1);
      if (inside(token.charBegin(), quoteBegin, quoteEnd) || insideTerm(token.charBegin()) || !isSpeechVerb(graph, word)) {
        continue;
      }
      int distance = token.charBegin() < quoteBegin ? quoteBegin - token.charEnd() : token.charBegin() - quoteEnd;
      if (distance < bestDistance) {
        best = word;
        bestDistance = distance;
      }
    }
    String cueKind = leadIn ? "lead-in" : "same sentence";
    if (best == null && leadIn && endsWithColon(sentence)) {
      best = graph.getFirstRoot();
      cueKind = "lead-in ending in a colon";
    }
    return best == null ? null : subjectOf(sentence, graph, best, cueKind);
  }

  private Found subjectOf(int sentence, SemanticGraph graph, IndexedWord verb, String cueKind) {
    IndexedWord clause = verb;
    for (int hop = 0; hop <= MAX_CLIMB && clause != null; hop++) {
      IndexedWord head = clause;
      // The nearest subject first: "A socialist state, he explained:" parses with two.
      List<IndexedWord> subjects = graph.outgoingEdgeList(clause).stream()
          .filter(e -> e.getRelation().getShortName().startsWith("nsubj")).map(SemanticGraphEdge::getDependent)
          .sorted(java.util.Comparator.comparingInt(w -> Math.abs(w.index() - head.index()))).toList();
      for (IndexedWord subject : subjects) {
        Found found = speakerFor(sentence, graph, subject, cue(sentence, subject, verb) + " [" + cueKind + "]");
        if (found != null) {
          return found;
        }
      }
      if (!subjects.isEmpty()) {
        // "The workers said:": the text names who speaks, and it is nobody in particular; no later rule may
        // override that with a guess.
        return new Found("", "", cue(sentence, subjects.get(0), verb) + " [" + cueKind + ", not a named speaker]");
      }
      clause = graph.getParent(clause);
    }
    return null;
  }

  private Found speakerFor(int sentence, SemanticGraph graph, IndexedWord subject, String evidence) {
    Token token = doc.sentence(sentence).tokens().get(subject.index() - 1);
    int[] term = termAt(token.charBegin());
    if (term != null) {
      String title = doc.slice(term[0], term[1]).replaceAll("^[\\p{Pi}\\p{Pf}\"'‘’“”«»]+|[\\p{Pi}\\p{Pf}\"'‘’“”«».,]+$", "");
      return new Found(title, "WORK", evidence);
    }
    RawMention mention = mentionAt(token.charBegin());
    if (mention != null) {
      int first = mention.mention().tokenBegin();
      List<Token> tokens = doc.sentence(sentence).tokens();
      if (first > 0 && tokens.get(first - 1).ner().equals("ORDINAL")) {
        // "The 10th Congress declared": the numbered body, not every congress
        String numbered = doc.slice(tokens.get(first - 1).charBegin(), mention.mention().charEnd());
        return new Found(numbered, mention.nerType(), evidence);
      }
      return new Found(mention.key(), mention.nerType(), evidence);
    }
    if (token.pos().startsWith("PRP")) {
      return resolvePronoun(sentence, subject, token, evidence);
    }
    if (token.pos().startsWith("NNP") || hasCapitalisedModifier(graph, subject)) {
      return new Found(properPhrase(sentence, graph, subject), Names.isEntityType(token.ner()) ? token.ner() : "",
          evidence);
    }
    return null;
  }

  private Found resolvePronoun(int sentence, IndexedWord pronoun, Token token, String evidence) {
    for (AnnotatedText.ChunkChains chunk : doc.corefChains()) {
      int offset = chunk.sentenceOffset();
      for (CorefChain chain : chunk.chains().values()) {
        boolean holds = chain.getMentionsInTextualOrder().stream()
            .anyMatch(m -> m.sentNum - 1 + offset == sentence && m.headIndex == pronoun.index());
        if (!holds) {
          continue;
        }
        // The nearest named antecedent, not the chain's representative: chains sometimes run two people
        // together, and the closest name is the one a reader would take.
        RawMention named = chain.getMentionsInTextualOrder().stream()
            .map(m -> mentionAtToken(m.sentNum - 1 + offset, m.headIndex - 1)).filter(java.util.Objects::nonNull)
            .filter(m -> m.nerType().equals("PERSON") && m.mention().charBegin() < token.charBegin())
            .reduce((a, b) -> b).orElse(null);
        if (named == null) {
          CorefChain.CorefMention representative = chain.getRepresentativeMention();
          named = mentionAtToken(representative.sentNum - 1 + offset, representative.headIndex - 1);
        }
        if (named != null && named.nerType().equals("PERSON")) {
          return new Found(named.key(), named.nerType(), evidence + " (" + token.text() + " = " + named.key()
              + ", by coreference)");
        }
      }
    }
    return lastNamedPerson(token.charBegin())
        .map(p -> new Found(p.key(), p.nerType(), evidence + " (" + token.text() + " = " + p.key()
            + ", the last person named before it)"))
        .orElse(null);
  }

  /**
   * The person a pronoun most likely stands for when coreference says nothing: the last person named as the
   * subject of a clause in the three sentences before (subjects are the usual antecedents), else the last
   * person named at all; never one inside quotation marks.
   */
  private java.util.Optional<RawMention> lastNamedPerson(int offset) {
    int sentence = doc.sentenceAt(offset);
    int earliest = doc.sentence(Math.max(0, sentence - 3)).charBegin();
    List<RawMention> persons = mentions.stream()
        .filter(m -> m.nerType().equals("PERSON") && m.mention().charBegin() < offset
            && m.mention().charBegin() >= earliest && !insideAnyQuote(m.mention().charBegin()))
        .toList();
    return persons.stream().filter(this::isSubject).reduce((a, b) -> b)
        .or(() -> persons.stream().reduce((a, b) -> b));
  }

  private boolean isSubject(RawMention person) {
    Mention m = person.mention();
    SemanticGraph graph = graph(m.sentence() - 1);
    if (graph == null) {
      return false;
    }
    for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      IndexedWord parent = word == null ? null : graph.getParent(word);
      if (parent != null && graph.reln(parent, word).getShortName().equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private boolean isSpeechVerb(SemanticGraph graph, IndexedWord word) {
    if (!word.tag().startsWith("VB")) {
      return false;
    }
    String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
    if (!SPEECH_VERBS.contains(lemma)) {
      return false;
    }
    // "the USSR could be called a workers' state": the subject of a passive is what is spoken of
    boolean passive = graph.outgoingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().toString().equals("nsubj:pass") || e.getRelation().toString().equals("aux:pass"));
    if (passive) {
      return false;
    }
    if (lemma.equals("point") || lemma.equals("sum")) {
      // "pointing out that", "summed up": only with the particle
      return graph.getChildren(word).stream().anyMatch(c -> graph.reln(word, c).getShortName().equals("compound"));
    }
    return true;
  }

  private boolean hasCapitalisedModifier(SemanticGraph graph, IndexedWord head) {
    return Character.isUpperCase(head.word().codePointAt(0)) && graph.getChildren(head).stream()
        .anyMatch(c -> c.index() < head.index() && (c.tag().equals("JJ") || c.tag().equals("CD")
            || Character.isUpperCase(c.word().codePointAt(0))));
  }

  /** "The 10th Congress" -> "10th Congress": the head with the modifiers before it, without the article. */
  private String properPhrase(int sentence, SemanticGraph graph, IndexedWord head) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    int first = head.index();
    for (IndexedWord child : graph.getChildren(head)) {
      String rel = graph.reln(head, child).getShortName();
      if (child.index() < first && (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod"))) {
        first = child.index();
      }
    }
    return doc.slice(tokens.get(first - 1).charBegin(), tokens.get(head.index() - 1).charEnd());
  }

  private String cue(int sentence, IndexedWord subject, IndexedWord verb) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    int first = Math.min(subject.index(), verb.index()) - 1;
    int last = Math.max(subject.index(), verb.index()) - 1;
    if (last - first > 12) {
      return tokens.get(subject.index() - 1).text() + " … " + tokens.get(verb.index() - 1).text();
    }
    return doc.slice(tokens.get(first).charBegin(), tokens.get(last).charEnd()).replaceAll("\\s+", " ");
  }

  private boolean endsWithColon(int sentence) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(":");
  }

  private SemanticGraph graph(int sentence) {
    return doc.coreSentence(sentence).coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }

  private RawMention mentionAt(int offset) {
    return mentions.stream().filter(m -> m.mention().charBegin() <= offset && offset < m.mention().charEnd())
        .findFirst().orElse(null);
  }

  private RawMention mentionAtToken(int sentence, int tokenIndex) {
    if (sentence < 0 || sentence >= doc.sentences.size()) {
      return null;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    return tokenIndex < 0 || tokenIndex >= tokens.size() ? null : mentionAt(tokens.get(tokenIndex).charBegin());
  }

  private int[] termAt(int offset) {
    return termSpans.stream().filter(s -> s[0] <= offset && offset < s[1]).findFirst().orElse(null);
  }

  private boolean insideTerm(int offset) {
    return termAt(offset) != null;
  }

  private boolean insideAnyQuote(int offset) {
    return doc.quoteSpans().stream().anyMatch(s -> s[0] <= offset && offset < s[1]);
  }

  private static boolean inside(int offset, int begin, int end) {
    return begin <= offset && offset < end;
  }
}
