package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import org.corpusstats.extract.SpeakerResolver.Found;

/**
 * Who a description in a speech tag stands for: a name it carries ("activist Desmond Tutu", "an FBI message"), the
 * person last named with that title or relation ("the President", "his brother"), or the sender of a document
 * named before ("the message stated").
 */
final class Descriptions {

  private static final Set<String> BODY_NOUNS = WordList.load("body-nouns.txt");

  /** Nouns for documents that speak for their sender ("the message stated"): resources/document-nouns.txt. */
  private static final Set<String> DOCUMENT_NOUNS = WordList.load("document-nouns.txt");
  /** A document noun and the verb it is made from ("presentation" of "present"): document-verbs.txt. */
  private static final java.util.Map<String, String> DOCUMENT_VERBS = WordList.load("document-verbs.txt").stream()
      .map(line -> line.split("\\s+")).filter(pair -> pair.length == 2)
      .collect(java.util.stream.Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));

  /** Verbs by which a body puts out a document that speaks for it ("issued a statement"): issuing-verbs.txt. */
  private static final Set<String> ISSUING_VERBS = WordList.load("issuing-verbs.txt");

  private final AnnotatedText doc;
  private final SpeakerResolver names;

  Descriptions(AnnotatedText doc, SpeakerResolver names) {
    this.doc = doc;
    this.names = names;
  }

  /**
   * A common noun carrying a name: "activist Desmond Tutu", "his brother Willem", "the author and laureate Romain
   * Rolland" (a person in apposition, compound, or joined to titles by "and"), "an FBI message", "the FAA's circular" (the organisation that speaks through it).
   */
  Optional<Found> namedOn(int sentence, SemanticGraph graph, IndexedWord noun, String evidence, Sieve sieve) {
    if (graph == null || noun == null) {
      return Optional.empty();
    }
    for (IndexedWord child : graph.getChildren(noun)) {
      String relation = graph.reln(noun, child).toString();
      RawMention named = names.mentionAt(doc.sentence(sentence).tokens().get(child.index() - 1).charBegin());
      if (named == null || doc.insideQuote(named.mention().charBegin())) {
        continue;
      }
      // "the French author and Nobel laureate Romain Rolland": titles joined by "and" before one name
      boolean person = named.nerType().equals("PERSON")
          && (relation.equals("compound") || relation.equals("appos") || relation.startsWith("flat")
              || (relation.equals("dep") || relation.startsWith("conj")) && child.index() > noun.index());
      boolean organisation = named.nerType().equals("ORGANIZATION") && child.index() < noun.index()
          && (relation.equals("compound") || relation.equals("nmod:poss"));
      if (person || organisation) {
        return Optional.of(new Found(named.key(), named.nerType(), evidence, sieve));
      }
    }
    return Optional.empty();
  }

  /**
   * "his voice", "Lenin's words", "Marlowe's quick eye": a noun for what someone says (speech-nouns.txt) or a part of
   * them that acts for them (body-nouns.txt) with a possessor; the possessor's token index, or -1.
   */
  int possessorOfSpeech(SemanticGraph graph, IndexedWord noun) {
    String lemma = noun == null || noun.lemma() == null ? "" : noun.lemma().toLowerCase(Locale.ROOT);
    if (graph == null || !NamedSources.SPEECH_NOUNS.contains(lemma) && !BODY_NOUNS.contains(lemma)) {
      return -1;
    }
    return graph.outgoingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("nmod:poss"))
        .mapToInt(e -> e.getDependent().index() - 1).findFirst().orElse(-1);
  }

  /**
   * "“Trotzky?” The other soldier scratched his head. “…,” he said": the main subject of the last sentence of
   * narration before, in the same paragraph, when it is a person described by a role (a singular noun CoreNLP tags as
   * a title: "soldier", "doorman") that the text gives no name; that description, else empty.
   */
  Optional<String> unnamedSubjectBefore(int sentence) {
    int paragraph = doc.sentence(sentence).paragraph();
    for (int s = sentence - 1; s >= 0 && doc.sentence(s).paragraph() == paragraph; s--) {
      SemanticGraph graph = names.graph(s);
      IndexedWord root = graph == null ? null : graph.getFirstRoot();
      List<Token> tokens = doc.sentence(s).tokens();
      if (root == null || doc.insideQuote(tokens.get(root.index() - 1).charBegin())) {
        continue;
      }
      IndexedWord subject = graph.getChildrenWithReln(root, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT)
          .stream().findFirst().orElse(null);
      Token noun = subject == null ? null : tokens.get(subject.index() - 1);
      if (noun == null || !noun.pos().equals("NN") || !noun.ner().equals("TITLE")
          || names.mentionAt(noun.charBegin()) != null || namedOn(s, graph, subject, "", Sieve.SPEECH_TAG).isPresent()
          || titleHolder(noun, true).isPresent()) {
        return Optional.empty();
      }
      int first = graph.getChildren(subject).stream().filter(c -> c.index() < subject.index())
          .mapToInt(c -> c.index() - 1).min().orElse(subject.index() - 1);
      return Optional.of(doc.slice(tokens.get(first).charBegin(), noun.charEnd()));
    }
    return Optional.empty();
  }

  /** "The President told us": the last person named with that title before ("President Bush"). */
  Optional<RawMention> titleHolder(Token title, boolean isTitle) {
    String word = title.lemma().toLowerCase(Locale.ROOT);
    List<RawMention> before = names.mentionsBetween(0, title.charBegin());
    for (int i = before.size() - 1; i >= 0; i--) {
      RawMention m = before.get(i);
      if (m.nerType().equals("PERSON") && !doc.insideQuote(m.mention().charBegin())
          && (namedAfter(m, word, isTitle) || namedBefore(m, word))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }


  /** "President Bush", "Secretary of State Colin Powell", "a brother, Willem,": the word just before the name. */
  private boolean namedAfter(RawMention m, String word, boolean isTitle) {
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    for (int i = m.mention().tokenBegin() - 1; i >= 0 && i >= m.mention().tokenBegin() - 4; i--) {
      Token before = tokens.get(i);
      if (before.lemma().toLowerCase(Locale.ROOT).equals(word) && before.pos().startsWith("NN")) {
        return true;
      }
      // only a title reaches over "of" ("Secretary of State Colin Powell"): "the role of Stalin" names no holder
      boolean within = before.text().equals(",")
          || isTitle && (before.ner().equals("TITLE") || before.text().equals("of"));
      if (!within) {
        return false;
      }
    }
    return false;
  }

  /** "Powell, the Secretary of State,": the word in apposition just after the name. */
  private boolean namedBefore(RawMention m, String word) {
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    int i = m.mention().tokenEnd();
    if (i + 2 >= tokens.size() || !tokens.get(i).text().equals(",")) {
      return false;
    }
    int j = i + 1;
    while (j < tokens.size() && j <= i + 4 && (tokens.get(j).pos().equals("DT") || tokens.get(j).pos().startsWith("JJ")
        || tokens.get(j).pos().equals("PRP$"))) {
      j++;
    }
    return j < tokens.size() && tokens.get(j).lemma().toLowerCase(Locale.ROOT).equals(word)
        && tokens.get(j).pos().startsWith("NN");
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
    int paragraph = doc.sentence(sentence).paragraph();
    for (int s = sentence; s >= 0 && s >= sentence - 3 && doc.sentence(s).paragraph() == paragraph; s--) {
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
        Optional<Found> named = namedOn(s, graph, word, evidence, sieve);
        IndexedWord verb = graph.getParent(word);
        if (named.isEmpty() && verb != null && graph.reln(verb, word).getShortName().equals("obj")) {
          named = namedSubject(s, graph, verb, tokens, evidence, sieve);
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

  /** The named entity that is the subject of a verb (an organisation, a person, a place that acts). */
  private Optional<Found> namedSubject(int sentence, SemanticGraph graph, IndexedWord verb, List<Token> tokens,
                                       String evidence, Sieve sieve) {
    Optional<Found> named = Optional.empty();
    for (IndexedWord subject : graph.getChildrenWithReln(verb,
        edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT)) {
      RawMention m = names.mentionAt(tokens.get(subject.index() - 1).charBegin());
      if (m != null && SpeakerResolver.NAMED_SPEAKER_TYPES.contains(m.nerType())) {
        named = Optional.of(new Found(m.key(), m.nerType(), evidence, sieve));
      }
    }
    return named;
  }
}
