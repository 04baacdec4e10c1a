package org.corpusstats.extract;

import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * The cues of a whole sentence, read from its dependency parse: the verb of saying nearest the quote and its
 * subject ("Lenin himself wrote that"; a participle's subject is the main clause's, coordinated verbs share
 * theirs), and, in a sentence leading into a quote, a speech named with its author or a colon after one name.
 */
final class SentenceCues {

  private static final int MAX_CLAUSES = 6;
  private static final java.util.Set<String> CLAUSE_RELATIONS = java.util.Set.of("conj", "ccomp", "advcl", "dep");

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;
  private final SpeechTags tags;
  private final NamedSources sources;
  private final VerbSubjects verbs;

  SentenceCues(AnnotatedText doc, SpeakerResolver resolver, SpeechTags tags) {
    this.doc = doc;
    this.resolver = resolver;
    this.tags = tags;
    this.sources = new NamedSources(doc, resolver, tags);
    this.verbs = new VerbSubjects(doc, resolver, tags);
  }

  /** The verb of saying nearest the quote in this sentence, outside any quote, and its subject; or null. */
  SpeakerResolver.Found inSentence(int sentence, int quoteBegin, int quoteEnd, boolean leadIn) {
    SemanticGraph graph = resolver.graph(sentence);
    if (graph == null) {
      return null;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    IndexedWord best = NearestSayingVerb.find(doc, graph, tokens, quoteBegin, quoteEnd);
    IndexedWord governing = leadIn ? null : verbs.governing(sentence, graph, quoteBegin, quoteEnd);
    if (governing != null && (best == null || !NearestSayingVerb.describesUnnamed(graph, governing))) {
      // "The doorman grumbled as he put on my coat, “…”": the quote is what the verb it hangs from says; but not
      // "those who spoke against him: “…”", which says who they are (NearestSayingVerb ranks it last)
      best = governing;
    }
    if (best == null && !leadIn) {
      // "He felt that they created “…”": with no verb of saying, a verb of thinking whose clause holds the quote
      best = graph.vertexListSorted().stream().filter(w -> SpeechVerbs.isThoughtVerb(w)
              && !doc.insideQuote(tokens.get(w.index() - 1).charBegin())
              && NearestSayingVerb.dominatesQuote(graph, tokens, w, quoteBegin, quoteEnd))
          .reduce((a, b) -> b).orElse(null);
    }
    Sieve sieve = leadIn ? Sieve.LEAD_IN : Sieve.SAME_SENTENCE;
    if (best == null) {
      SpeakerResolver.Found source = sources.accordingTo(sentence, sieve);
      if (source != null) {
        return source;
      }
    }
    if (best == null && leadIn) {
      SpeakerResolver.Found author = sources.authorOfSpeech(sentence);
      if (author != null) {
        return author;
      }
    }
    if (best == null && !leadIn && colonBefore(quoteBegin)) {
      // "Martov, constantly interrupted: “…”": a colon inside the sentence leads into the quote as one ending it would
      SpeakerResolver.Found only = sources.onlyNameIn(sentence);
      IndexedWord root = graph.getFirstRoot();
      if (only != null || root == null || doc.insideQuote(tokens.get(root.index() - 1).charBegin())) {
        return only;
      }
      best = root;
      sieve = Sieve.LEAD_IN_COLON;
    }
    if (best == null && leadIn && endsWithColon(tokens)) {
      SpeakerResolver.Found only = sources.onlyNameIn(sentence);
      if (only != null) {
        return only;
      }
      best = clauseBeforeColon(graph);
      sieve = Sieve.LEAD_IN_COLON;
    }
    return best == null ? null : verbs.subjectOf(sentence, graph, best, sieve);
  }

  /**
   * "I stammered that I had no objection.", "He smiled, and assured her that…": a sentence whose main verb of saying
   * has what was said as its own clause or object, closed by a full stop, reports its speech itself and leads into
   * no quotation after it (unlike "He said:" or "He went on."). Who said it, or null when the sentence is no such
   * report.
   */
  SpeakerResolver.Found reporterOfOwnWords(int sentence) {
    SemanticGraph graph = resolver.graph(sentence);
    List<Token> tokens = doc.sentence(sentence).tokens();
    IndexedWord root = graph == null ? null : graph.getFirstRoot();
    if (root == null || tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(".")) {
      return null;
    }
    // the main clauses first, then the clauses they take ("…so fast that I could scarcely stammer I had…")
    List<IndexedWord> mainVerbs = new java.util.ArrayList<>(List.of(root));
    for (int k = 0; k < mainVerbs.size() && k < MAX_CLAUSES; k++) {
      graph.outgoingEdgeList(mainVerbs.get(k)).stream()
          .filter(e -> CLAUSE_RELATIONS.contains(e.getRelation().getShortName()))
          .map(SemanticGraphEdge::getDependent).filter(w -> !mainVerbs.contains(w)).forEach(mainVerbs::add);
    }
    for (IndexedWord verb : mainVerbs) {
      if (!VerbSubjects.hasSubject(graph, verb)) {
        continue;
      }
      if (doc.insideQuote(tokens.get(verb.index() - 1).charBegin()) || !SpeechVerbs.isSpeechVerb(graph, verb)) {
        continue;
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
        String relation = edge.getRelation().getShortName();
        // "--And (I added), I would gladly try that gentleman.": a parenthetical verb of saying reports the clause
        // it stands in, with a subject of its own
        boolean reported = relation.equals("ccomp") || relation.equals("obj")
            || relation.equals("parataxis") && VerbSubjects.hasSubject(graph, edge.getDependent())
            || relation.equals("obl") && reportsThroughIt(graph, edge.getDependent());
        if (edge.getDependent().index() > verb.index() && reported
            && !doc.insideQuote(tokens.get(edge.getDependent().index() - 1).charBegin())) {
          return verbs.subjectOf(sentence, graph, verb, Sieve.LEAD_IN);
        }
      }
    }
    return null;
  }

  /** "I stammered with difficulty that I had no objection": the parser may hang what was said from the oblique. */
  private static boolean reportsThroughIt(SemanticGraph graph, IndexedWord oblique) {
    return graph.outgoingEdgeList(oblique).stream().anyMatch(e -> e.getRelation().getShortName().equals("ccomp")
        && e.getDependent().index() > oblique.index() && VerbSubjects.hasSubject(graph, e.getDependent()));
  }

  /**
   * "He walked away…, and she was left to fret…; Charlotte tried to console her:": the colon opens what the subject
   * of the clause just before it says, the last of the main clauses joined to the root that has a subject.
   */
  private static IndexedWord clauseBeforeColon(SemanticGraph graph) {
    IndexedWord root = graph.getFirstRoot();
    IndexedWord last = root;
    java.util.Deque<IndexedWord> clauses = new java.util.ArrayDeque<>(List.of(root));
    while (!clauses.isEmpty()) {
      IndexedWord clause = clauses.pop();
      if (VerbSubjects.hasSubject(graph, clause) && clause.index() > last.index()) {
        last = clause;
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(clause)) {
        String relation = edge.getRelation().getShortName();
        if (relation.equals("conj") || relation.equals("parataxis")) {
          clauses.push(edge.getDependent());
        }
      }
    }
    return last;
  }

  /**
   * "She shook her head. “I do not get on at all.”": the main subject of a narration sentence in the quote's paragraph,
   * when it is a person's name or a personal pronoun (a common noun, "the crowd", decides nothing here).
   */
  SpeakerResolver.Found actor(int sentence) {
    SemanticGraph graph = resolver.graph(sentence);
    IndexedWord root = graph == null ? null : graph.getFirstRoot();
    if (root == null) {
      return null;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(root)) {
      int subject = edge.getDependent().index() - 1;
      String pos = tokens.get(subject).pos();
      if (edge.getRelation().toString().equals("nsubj") && (pos.equals("PRP") || pos.startsWith("NNP"))
          && resolver.mayBeSpeaker(sentence, subject)) {
        String evidence = tags.cue(sentence, subject, root.index() - 1) + " [" + Sieve.ACTION_BEAT.label + "]";
        SpeakerResolver.Found found = resolver.resolve(sentence, subject, evidence, Sieve.ACTION_BEAT);
        // only a pronoun the text resolves: the last person named before it is too weak a guess for a mere action
        return found != null && found.type().equals("PERSON") && !found.evidence().endsWith(Antecedents.LAST_NAMED)
            ? found : null;
      }
    }
    return null;
  }

  /**
   * The first person named as the subject of a verb after {@code from} in the sentence, outside quotation marks
   * ("… Here Mr. Bumble stopped short"), as {@link Sieve#ACTION_AFTER}; null when there is none.
   */
  SpeakerResolver.Found actorAfter(int sentence, int from) {
    SemanticGraph graph = resolver.graph(sentence);
    if (graph == null) {
      return null;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    SemanticGraphEdge first = null;
    for (SemanticGraphEdge edge : graph.edgeListSorted()) {
      Token subject = tokens.get(edge.getDependent().index() - 1);
      Token verb = tokens.get(edge.getGovernor().index() - 1);
      if (edge.getRelation().toString().equals("nsubj") && subject.charBegin() >= from && verb.charBegin() >= from
          && !doc.insideQuote(subject.charBegin()) && subject.pos().startsWith("NNP")
          && (first == null || subject.charBegin() < tokens.get(first.getDependent().index() - 1).charBegin())) {
        first = edge;
      }
    }
    if (first == null || !resolver.mayBeSpeaker(sentence, first.getDependent().index() - 1)) {
      return null;
    }
    int subject = first.getDependent().index() - 1;
    String evidence = tags.cue(sentence, subject, first.getGovernor().index() - 1) + " [" + Sieve.ACTION_AFTER.label + "]";
    SpeakerResolver.Found found = resolver.resolve(sentence, subject, evidence, Sieve.ACTION_AFTER);
    return found != null && found.type().equals("PERSON") ? found : null;
  }

  private boolean colonBefore(int quoteBegin) {
    int[] before = doc.tokenBefore(quoteBegin);
    return before != null && before[1] >= 0
        && doc.sentence(before[0]).tokens().get(before[1]).text().equals(":");
  }

  private static boolean endsWithColon(List<Token> tokens) {
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(":");
  }
}
