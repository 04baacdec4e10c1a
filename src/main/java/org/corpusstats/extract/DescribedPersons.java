package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.corpusstats.extract.QuoteAttribution.Span;
import org.corpusstats.extract.SpeakerResolver.Found;

/**
 * Persons the text describes where they speak, without naming them: "said the stranger", "pursued the lawyer",
 * "added the sea-cook". Each such description is a speaker of its own while quotes are attributed, so that turn-taking
 * and pronouns ("he said") follow it as they follow a name, and nobody else is guessed in its place. At the end a
 * described speaker who names himself in a quotation ("My name is Jaggers") takes that name, with the descriptions he
 * gives himself ("I am a lawyer" → "the lawyer"); one the text never names leaves the speaker cell empty.
 *
 * <p>A noun stands for a person when CoreNLP's coreference lists it as animate (Ji and Lin 2009's web n-gram lists,
 * shipped in its models jar) and not as inanimate ("the crowd", "the committee" are not one person).
 */
final class DescribedPersons {

  /** Begins the speaker key of a described person, which is never a name. */
  static final char MARK = '\u0001';
  private static final Set<String> ANIMATE = WordList.load("/edu/stanford/nlp/models/dcoref/animate.unigrams.txt");
  private static final Set<String> INANIMATE = WordList.load("/edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  private static final int NEAR_SENTENCES = 3;
  private static final int FAR_SENTENCES = 8;

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;

  DescribedPersons(AnnotatedText doc, SpeakerResolver resolver) {
    this.doc = doc;
    this.resolver = resolver;
  }

  static boolean isDescribed(String speaker) {
    return !speaker.isEmpty() && speaker.charAt(0) == MARK;
  }

  /** "the stranger" for a described speaker's key, for evidence. */
  static String description(String speaker) {
    return "the " + speaker.substring(1);
  }

  /** A man, a woman or unknown, from the noun ("gentleman", "lady"; gender.txt). */
  static Gender gender(String speaker) {
    return Gender.ofPronoun(speaker.substring(1));
  }

  /** "the stranger": a singular noun for a person with "the", "this" or "that" before it (through its modifiers). */
  Found describe(int sentence, int tokenIndex, String evidence, Sieve sieve) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    Token token = tokens.get(tokenIndex);
    if (!isPersonNoun(token) || !definite(tokens, tokenIndex)) {
      return null;
    }
    String key = MARK + token.lemma().toLowerCase(Locale.ROOT);
    return new Found(key, "PERSON", evidence + " (" + description(key) + ", not named there)", sieve);
  }

  /**
   * The person described as the subject of a clause (or the agent of a passive one: "a silence broken by the
   * stranger") in the sentences just before the offset, when described later than the latest named subject at
   * {@code namedAt} (-1 for none): "The stranger looked at him. … “…,” said he."
   */
  Optional<String> lastSubject(int offset, Gender gender, int namedAt) {
    int last = doc.sentenceAt(offset);
    // back to where the last named subject or quote stands, if further, as far as a paragraph of narration runs
    int earliest = namedAt < 0 ? last - NEAR_SENTENCES
        : Math.min(last - NEAR_SENTENCES, Math.max(doc.sentenceAt(namedAt), last - FAR_SENTENCES));
    for (int s = last; s >= Math.max(0, earliest); s--) {
      SemanticGraph graph = resolver.graph(s);
      List<Token> tokens = doc.sentence(s).tokens();
      if (graph == null) {
        continue;
      }
      // "The man who entered was young": the noun phrase that opens a statement is its subject, however the
      // parser took the clause after it
      int opening = openingNoun(tokens);
      String latest = opening < 0 ? null : describedBetween(tokens.get(opening), namedAt, offset, gender);
      for (SemanticGraphEdge edge : graph.edgeListSorted()) {
        IndexedWord subject = edge.getDependent();
        boolean subjectOrAgent = edge.getRelation().getShortName().startsWith("nsubj")
            || Subjects.isAgent(graph, edge.getGovernor(), subject);
        String key = subjectOrAgent && definite(tokens, subject.index() - 1)
            ? describedBetween(tokens.get(subject.index() - 1), namedAt, offset, gender) : null;
        if (key != null) {
          latest = key;
        }
      }
      if (latest != null) {
        return Optional.of(latest);
      }
    }
    return Optional.empty();
  }

  /**
   * The described person a noun names after {@code namedAt} and before {@code offset}, outside quotes, of a gender
   * that agrees; else null.
   */
  private String describedBetween(Token token, int namedAt, int offset, Gender gender) {
    if (token.charBegin() >= offset || token.charBegin() <= namedAt || doc.insideQuote(token.charBegin())
        || !isPersonNoun(token)) {
      return null;
    }
    String key = MARK + token.lemma().toLowerCase(Locale.ROOT);
    return gender(key).agrees(gender) ? key : null;
  }

  /** See {@link DescribedNames#name}. */
  void name(List<Span> quotes, List<Found> found) {
    new DescribedNames(doc, resolver).name(quotes, found);
  }

  static boolean isPersonNoun(Token token) {
    String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    return token.pos().equals("NN") && isPersonNoun(lemma);
  }

  /** A common noun the animacy lists call animate, even if also inanimate ("colleague", "partner"). */
  static boolean isAnimateNoun(Token token) {
    String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    return token.pos().startsWith("NN") && ANIMATE.contains(lemma);
  }

  static boolean isPersonNoun(String lemma) {
    return ANIMATE.contains(lemma) && !INANIMATE.contains(lemma);
  }

  /** "the stranger", "the old mahogany-faced seaman", "that gentleman": a definite article through the modifiers. */
  /**
   * The head of a definite noun phrase that opens the sentence ("The young man who …"), or -1: only a determiner and
   * modifiers before it, and no possessive after it ("The man's hat").
   */
  private static int openingNoun(List<Token> tokens) {
    int i = 1;
    while (i < tokens.size() && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).text().equals("-"))) {
      i++;
    }
    // "A man entered who …": an indefinite noun phrase opening a sentence brings a new person into the scene
    boolean introduced = tokens.get(0).text().equals("A") || tokens.get(0).text().equals("An");
    boolean noun = i < tokens.size() && tokens.get(i).pos().equals("NN") && (definite(tokens, i) || introduced);
    boolean possessive = i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("POS");
    return noun && !possessive && !tokens.get(0).pos().startsWith("JJ") ? i : -1;
  }

  static boolean definite(List<Token> tokens, int head) {
    int i = head - 1;
    while (i >= 0 && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().startsWith("NN")
        || tokens.get(i).text().equals("-") || tokens.get(i).pos().equals("VBN") || tokens.get(i).pos().equals("VBG"))) {
      i--;
    }
    return i >= 0 && DEFINITE.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
  }

}
