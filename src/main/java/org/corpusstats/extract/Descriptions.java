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
 * person last named with that title or relation ("the President", "his brother"); documents that speak for
 * whoever sent them are {@link DocumentSenders}'.
 */
final class Descriptions {

  /** Nouns for a newspaper or magazine (publication-nouns.txt). */
  private static final Set<String> PUBLICATION_NOUNS = WordList.load("publication-nouns.txt");

  private static final Set<String> BODY_NOUNS = WordList.load("body-nouns.txt");

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
    return publicationTitle(sentence, graph, noun, evidence, sieve);
  }

  /**
   * "Time magazine called it", "the Clarion newspaper reported": a publication noun with a capitalised name before
   * it speaks for that publication, though NER took the name for a word ("Time") or left it out.
   */
  private Optional<Found> publicationTitle(int sentence, SemanticGraph graph, IndexedWord noun, String evidence,
                                           Sieve sieve) {
    if (noun.lemma() == null || !PUBLICATION_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    int first = noun.index() - 1;
    // a newspaper's town or a day of the week ("a Moscow newspaper", "the Sunday paper") is no title
    while (first > 0 && tokens.get(first - 1).pos().startsWith("NNP")
        && Character.isUpperCase(tokens.get(first - 1).text().codePointAt(0))
        && (tokens.get(first - 1).ner().equals("O") || tokens.get(first - 1).ner().equals("ORGANIZATION"))
        && !doc.insideQuote(tokens.get(first - 1).charBegin())) {
      first--;
    }
    if (first == noun.index() - 1) {
      return Optional.empty();
    }
    String title = doc.slice(tokens.get(first).charBegin(), tokens.get(noun.index() - 2).charEnd());
    return Optional.of(new Found(title, "ORGANIZATION", evidence, sieve));
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


  /**
   * "President Bush", "Secretary of State Colin Powell", "a brother, Willem,": the word just before the name, or the
   * name's own first word where NER took the title into it ("his mother, Queen Mary").
   */
  private boolean namedAfter(RawMention m, String word, boolean isTitle) {
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    Token first = tokens.get(m.mention().tokenBegin());
    if (m.mention().tokenEnd() - m.mention().tokenBegin() >= 2 && first.pos().startsWith("NN")
        && first.lemma().toLowerCase(Locale.ROOT).equals(word)) {
      return true;
    }
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
}
