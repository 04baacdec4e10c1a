package org.corpusstats.extract;

import java.util.Comparator;
import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * The verbs of saying of a sentence's parse and who says: the subject of the verb, of the main clause for a
 * participle ("…, stating that"), of the first of coordinated verbs ("he turned to his partner, and said"), the noun
 * a relative clause or a participle modifies ("Karakhan, …, who explained", "a circular noting"), a subject after
 * its verb ("Said the Gazette"), or for a participle with no subject in its sentence the one the text is about.
 */
final class VerbSubjects {

  private static final int MAX_CLIMB = 3;
  /** The relations by which what is said hangs from the verb that says it. */
  private static final java.util.Set<String> CONTENT = java.util.Set.of("ccomp", "parataxis", "obj", "dep");

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;
  private final SpeechTags tags;

  VerbSubjects(AnnotatedText doc, SpeakerResolver resolver, SpeechTags tags) {
    this.doc = doc;
    this.resolver = resolver;
    this.tags = tags;
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

  static boolean hasSubject(SemanticGraph graph, IndexedWord word) {
    return graph.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().getShortName().startsWith("nsubj"));
  }

  SpeakerResolver.Found subjectOf(int sentence, SemanticGraph graph, IndexedWord verb, Sieve sieve) {
    IndexedWord agent = OtherSayers.agent(graph, verb);
    if (agent != null) {
      String evidence = tags.cue(sentence, agent.index() - 1, verb.index() - 1) + " [" + sieve.label + "]";
      return resolver.resolve(sentence, agent.index() - 1, evidence, sieve);
    }
    IndexedWord clause = verb;
    boolean participle = verb.tag().equals("VBG") && graph.outgoingEdgeList(verb).stream()
        .noneMatch(e -> e.getRelation().getShortName().startsWith("nsubj"));
    IndexedWord modified = graph.getParent(verb);
    if (participle && modified != null && modified.tag().startsWith("NN")
        && graph.reln(modified, verb).toString().equals("acl")) {
      // "an FAA circular noting…": a participle that modifies a noun says what that noun does; when that noun names
      // nobody ("a circular to airlines noting"), the participle may belong to the noun phrase it sits in (the parser
      // cannot tell), so the nouns up that phrase are asked in turn
      for (IndexedWord noun = modified; noun != null && !noun.tag().startsWith("VB"); noun = graph.getParent(noun)) {
        String evidence = tags.cue(sentence, noun.index() - 1, verb.index() - 1) + " [" + sieve.label + "]";
        SpeakerResolver.Found found = resolver.resolve(sentence, noun.index() - 1, evidence, sieve);
        if (found != null) {
          return found;
        }
      }
    }
    IndexedWord quoted = participle ? OtherSayers.objectQuotedAs(graph, verb) : null;
    if (quoted != null) {
      // "The paper quoted the minister as saying that": who is quoted says it, not who quotes
      String evidence = tags.cue(sentence, quoted.index() - 1, verb.index() - 1) + " [" + sieve.label + "]";
      SpeakerResolver.Found found = resolver.resolve(sentence, quoted.index() - 1, evidence, sieve);
      return found != null ? found : SpeakerResolver.Found.nobody(evidence.replace("]", ", not a named speaker]"),
          sieve);
    }
    IndexedWord agentBefore = participle ? agentRightBefore(graph, verb) : null;
    if (agentBefore != null) {
      // "X was supplanted by Y, stating that": a participle right after a passive's agent says what the agent does
      String evidence = tags.cue(sentence, agentBefore.index() - 1, verb.index() - 1) + " [" + sieve.label + "]";
      SpeakerResolver.Found found = resolver.resolve(sentence, agentBefore.index() - 1, evidence, sieve);
      if (found != null) {
        return found;
      }
    }
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
    SpeakerResolver.Found found = climbToSubject(sentence, graph, verb, clause, sieve);
    IndexedWord governor = graph.getParent(verb);
    if (found == null && participle && clause != verb && governor != null) {
      // "Uproar, in which his voice could be heard screaming, “…”": when the main clause has no subject (a noun
      // phrase alone, a cleft's "it"), the participle's is the clause it hangs from
      found = climbToSubject(sentence, graph, verb, governor, sieve);
    }
    if (found == null && participle) {
      // "While recognising that “…”, “…”": a participle with no subject anywhere in its sentence has the one the
      // text is talking about
      String evidence = tags.cue(sentence, verb.index() - 1, verb.index() - 1) + " [" + sieve.label + "]";
      found = resolver.understoodSubject(sentence, verb.index() - 1, evidence, sieve);
    }
    return found;
  }

  private SpeakerResolver.Found climbToSubject(int sentence, SemanticGraph graph, IndexedWord verb, IndexedWord from,
                                               Sieve sieve) {
    IndexedWord clause = from;
    for (int hop = 0; hop <= MAX_CLIMB && clause != null; hop++) {
      IndexedWord head = clause;
      // The nearest subject first: "A socialist state, he explained:" parses with two.
      List<IndexedWord> subjects = graph.outgoingEdgeList(clause).stream()
          .filter(e -> e.getRelation().getShortName().startsWith("nsubj")).map(SemanticGraphEdge::getDependent)
          .filter(w -> resolver.mayBeSpeaker(sentence, w.index() - 1))
          // "In the months that followed, his report …": a relative pronoun is a subject only of a relative clause
          .filter(w -> !isRelativePronoun(w) || isRelativeClause(graph, head))
          .sorted(Comparator.comparingInt(w -> Math.abs(w.index() - head.index()))).toList();
      IndexedWord controller = subjects.isEmpty() ? OtherSayers.controller(graph, clause) : null;
      if (controller != null && resolver.mayBeSpeaker(sentence, controller.index() - 1)) {
        subjects = List.of(controller);
      }
      IndexedWord inverted = Subjects.invertedSubject(graph, clause);
      if (subjects.isEmpty() && inverted != null && resolver.mayBeSpeaker(sentence, inverted.index() - 1)) {
        subjects = List.of(inverted);
      }
      for (IndexedWord subject : subjects) {
        IndexedWord antecedent = graph.getParent(clause);
        if (isRelativePronoun(subject) && isRelativeClause(graph, clause)) {
          // "Karakhan, member of the Central Committee, who explained to me": who is what the clause is about
          subject = antecedent;
        }
        subject = nameSetOffBefore(graph, subject, clause);
        String evidence = tags.cue(sentence, subject.index() - 1, verb.index() - 1) + " [" + sieve.label + "]";
        SpeakerResolver.Found found = resolver.resolve(sentence, subject.index() - 1, evidence, sieve);
        if (found != null) {
          return found;
        }
      }
      if (!subjects.isEmpty() && !tags.isPronoun(sentence, subjects.get(0).index() - 1)) {
        // "The workers said:": the text names who speaks, and it is nobody in particular; no later rule may
        // override that with a guess.
        return SpeakerResolver.Found.nobody(tags.cue(sentence, subjects.get(0).index() - 1, verb.index() - 1)
            + " [" + sieve.label + ", not a named speaker]", sieve);
      }
      clause = graph.getParent(clause);
    }
    return null;
  }

  /**
   * "the wife of the ambassador, Ada Brask, called": a name set off by commas right before the verb, inside its
   * subject's phrase, is the subject's apposition, however the parser attached it; else the subject.
   */
  private static IndexedWord nameSetOffBefore(SemanticGraph graph, IndexedWord subject, IndexedWord verb) {
    IndexedWord comma = graph.getNodeByIndexSafe(verb.index() - 1);
    IndexedWord name = graph.getNodeByIndexSafe(verb.index() - 2);
    if (comma == null || name == null || !comma.word().equals(",") || !name.tag().startsWith("NNP")
        || !"PERSON".equals(name.ner()) || name.index() <= subject.index()
        || !graph.descendants(subject).contains(name)) {
      return subject;
    }
    int first = name.index();
    while (first > 1 && "PERSON".equals(graph.getNodeByIndexSafe(first - 1) == null ? null
        : graph.getNodeByIndexSafe(first - 1).ner())) {
      first--;
    }
    IndexedWord before = graph.getNodeByIndexSafe(first - 1);
    // set off on both sides: "a biographer of Stalin, concluded" names the biographer's subject, not Stalin
    return before != null && before.word().equals(",") ? name : subject;
  }

  private static boolean isRelativePronoun(IndexedWord word) {
    return word.tag().equals("WP") || word.tag().equals("WDT");
  }

  /**
   * A relative clause: the parser's acl:relcl, or a clause it left as a "dep" of a noun whose subject is "who"
   * ("the journalist Edward Morrow, who remarked that").
   */
  static boolean isRelativeClause(SemanticGraph graph, IndexedWord clause) {
    IndexedWord antecedent = graph.getParent(clause);
    String relation = antecedent == null ? "" : graph.reln(antecedent, clause).toString();
    return relation.equals("acl:relcl") || relation.equals("dep") && antecedent.tag().startsWith("NN")
        && graph.getChildren(clause).stream().anyMatch(c -> c.word().equalsIgnoreCase("who")
            && graph.reln(clause, c).getShortName().equals("nsubj"));
  }

  /**
   * The verb of saying outside the quote that the quote's own words depend on in the parse, or null: a nearer verb
   * of saying in another clause ("as he put on my coat") does not introduce it.
   */
  IndexedWord governing(int sentence, SemanticGraph graph, int quoteBegin, int quoteEnd) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    for (IndexedWord word : graph.vertexListSorted()) {
      IndexedWord parent = graph.getParent(word);
      if (parent == null || !inside(tokens, word, quoteBegin, quoteEnd) || inside(tokens, parent, quoteBegin, quoteEnd)
          || graph.reln(parent, word).getShortName().equals("punct")) {
        continue;
      }
      // what is said is the verb's complement or object ("but will still happen" as a conjunct is no such thing)
      boolean said = CONTENT.contains(graph.reln(parent, word).getShortName());
      return said && !doc.insideQuote(tokens.get(parent.index() - 1).charBegin())
          && (SpeechVerbs.isSpeechVerb(graph, parent) || SpeechVerbs.isThoughtVerb(parent)) ? parent : null;
    }
    return null;
  }

  private static boolean inside(List<Token> tokens, IndexedWord word, int begin, int end) {
    int at = tokens.get(word.index() - 1).charBegin();
    return at >= begin && at < end;
  }

  /** The agent of the passive verb a participle hangs from, when the agent's phrase ends right before its comma. */
  private static IndexedWord agentRightBefore(SemanticGraph graph, IndexedWord participle) {
    IndexedWord passive = graph.getParent(participle);
    IndexedWord agent = passive == null ? null : OtherSayers.agent(graph, passive);
    if (agent == null || agent.index() > participle.index()) {
      return null;
    }
    int end = graph.descendants(agent).stream().mapToInt(IndexedWord::index).max().orElse(agent.index());
    return end + 2 == participle.index() && graph.getNodeByIndexSafe(end + 1) != null
        && graph.getNodeByIndexSafe(end + 1).word().equals(",") ? agent : null;
  }
}
