package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import org.corpusstats.extract.SpeakerResolver.Found;

/**
 * Who a document speaks for ("the message stated"): whoever sent, wrote or issued it, as the text named them when
 * it last mentioned the document.
 */
final class DocumentSenders {

  /** Nouns for documents that speak for their sender ("the message stated"): resources/document-nouns.txt. */
  private static final Set<String> DOCUMENT_NOUNS = WordList.load("document-nouns.txt");
  /** A document noun and the verb it is made from ("presentation" of "present"): document-verbs.txt. */
  private static final Map<String, String> DOCUMENT_VERBS = WordList.load("document-verbs.txt").stream()
      .map(line -> line.split("\\s+")).filter(pair -> pair.length == 2)
      .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));

  /** Verbs by which a body puts out a document that speaks for it ("issued a statement"): issuing-verbs.txt. */
  private static final Set<String> ISSUING_VERBS = WordList.load("issuing-verbs.txt");

  private final AnnotatedText doc;
  private final SpeakerResolver names;
  private final Descriptions descriptions;

  DocumentSenders(AnnotatedText doc, SpeakerResolver names, Descriptions descriptions) {
    this.doc = doc;
    this.names = names;
    this.descriptions = descriptions;
  }

  /**
   * "The FBI Counterterrorism Division sent a message to… . … the message further stated": a document named again
   * speaks for whoever sent, wrote or issued it when the text last named it, or for the body whose name it carries.
   */
  Optional<Found> documentAuthor(int sentence, Token noun, String evidence, Sieve sieve) {
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    if (!DOCUMENT_NOUNS.contains(lemma)) {
      return Optional.empty();
    }
    Optional<Found> issuer = issuer(sentence, noun, evidence, sieve);
    if (issuer.isPresent()) {
      return issuer;
    }
    // "the report" opening a paragraph is the report the paragraph before ended on
    int paragraph = doc.sentence(sentence).paragraph();
    for (int s = sentence; s >= 0 && s >= sentence - 3 && doc.sentence(s).paragraph() >= paragraph - 1; s--) {
      List<Token> tokens = doc.sentence(s).tokens();
      SemanticGraph graph = names.graph(s);
      for (int t = tokens.size() - 1; t >= 0 && graph != null; t--) {
        Token earlier = tokens.get(t);
        IndexedWord word = graph.getNodeByIndexSafe(t + 1);
        if (earlier.charBegin() >= noun.charBegin() || word == null || doc.insideQuote(earlier.charBegin())) {
          continue;
        }
        if (earlier.pos().startsWith("VB") && earlier.lemma().equalsIgnoreCase(DOCUMENT_VERBS.getOrDefault(lemma, ""))) {
          // "the FAA did present a CD-ROM … The presentation said": whoever made the document by that verb
          Optional<Found> maker = namedSubject(s, graph, word, tokens, evidence, sieve);
          if (maker.isPresent()) {
            return Optional.of(new Found(maker.get().speaker(), maker.get().type(), evidence + " (" + noun.text()
                + " = the " + lemma + " " + maker.get().speaker() + " made)", sieve));
          }
          continue;
        }
        if (!earlier.lemma().equalsIgnoreCase(lemma)) {
          continue;
        }
        Optional<Found> named = descriptions.namedOn(s, graph, word, evidence, sieve);
        IndexedWord verb = graph.getParent(word);
        if (named.isEmpty() && verb != null && graph.reln(verb, word).getShortName().equals("obj")) {
          named = namedSubject(s, graph, verb, tokens, evidence, sieve);
        }
        if (named.isEmpty()) {
          named = sentFrom(s, graph, word, tokens, evidence, sieve);
        }
        if (named.isPresent()) {
          return Optional.of(new Found(named.get().speaker(), named.get().type(), evidence + " (" + noun.text()
              + " = the " + lemma + " of " + named.get().speaker() + ")", sieve));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "The ministry issued a statement saying…", "the Knesset amended two laws, introducing a statement saying…": a
   * document speaks for whoever put it out, the subject of the verb it is the object of, or for a participle with no
   * subject of its own the subject of the clause it hangs from.
   */
  private Optional<Found> issuer(int sentence, Token noun, String evidence, Sieve sieve) {
    SemanticGraph graph = names.graph(sentence);
    IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(noun.index() + 1);
    IndexedWord verb = word == null ? null : graph.getParent(word);
    if (verb == null || !graph.reln(verb, word).getShortName().equals("obj")
        || !ISSUING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    for (int hop = 0; hop < 3 && verb != null; hop++, verb = graph.getParent(verb)) {
      Optional<Found> maker = namedSubject(sentence, graph, verb, tokens, evidence, sieve);
      if (maker.isPresent()) {
        return Optional.of(new Found(maker.get().speaker(), maker.get().type(), evidence + " (" + noun.text()
            + " = the " + noun.lemma().toLowerCase(Locale.ROOT) + " " + maker.get().speaker() + " put out)", sieve));
      }
      if (VerbSubjects.hasSubject(graph, verb)) {
        // "a clerk issued a statement": a subject that names nobody in particular
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "a message from the embassy", "a new message began to arrive from Moscow": whoever a document comes from, named
   * after "from" on the noun or on the verb the noun is the subject of (or that verb's complement, "began to arrive").
   */
  private Optional<Found> sentFrom(int sentence, SemanticGraph graph, IndexedWord noun, List<Token> tokens,
                                   String evidence, Sieve sieve) {
    List<IndexedWord> heads = new java.util.ArrayList<>(List.of(noun));
    IndexedWord verb = graph.getParent(noun);
    if (verb != null && graph.reln(verb, noun).getShortName().equals("nsubj")) {
      heads.add(verb);
      graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().getShortName().equals("xcomp"))
          .forEach(e -> heads.add(e.getDependent()));
    }
    for (IndexedWord head : heads) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
        String relation = edge.getRelation().getShortName();
        boolean from = graph.outgoingEdgeList(edge.getDependent()).stream().anyMatch(e ->
            e.getRelation().getShortName().equals("case") && e.getDependent().word().equalsIgnoreCase("from"));
        if (!from || !relation.equals("nmod") && !relation.equals("obl")) {
          continue;
        }
        RawMention m = names.mentionAt(tokens.get(edge.getDependent().index() - 1).charBegin());
        if (m != null && SpeakerResolver.NAMED_SPEAKER_TYPES.contains(m.nerType())) {
          return Optional.of(new Found(m.key(), m.nerType(), evidence, sieve));
        }
      }
    }
    return Optional.empty();
  }

  /** The named entity that is the subject of a verb (an organisation, a person, a place that acts). */
  private Optional<Found> namedSubject(int sentence, SemanticGraph graph, IndexedWord verb, List<Token> tokens,
                                       String evidence, Sieve sieve) {
    Optional<Found> named = Optional.empty();
    for (IndexedWord subject : graph.getChildrenWithReln(verb,
        UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT)) {
      RawMention m = names.mentionAt(tokens.get(subject.index() - 1).charBegin());
      if (m != null && SpeakerResolver.NAMED_SPEAKER_TYPES.contains(m.nerType())) {
        named = Optional.of(new Found(m.key(), m.nerType(), evidence, sieve));
      }
    }
    return named;
  }
}
