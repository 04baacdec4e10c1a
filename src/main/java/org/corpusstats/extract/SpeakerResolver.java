package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Who a word outside a quotation stands for, when it is the subject of a speech tag: a named entity; a quoted
 * title; a pronoun through CoreNLP's coreference or the last person named; a title used alone ("the President")
 * through the person named with that title before; a description ("her mother") through coreference; a common
 * noun with an organisation's name on it ("an FBI message") as that organisation; the narrator for "I". A word
 * inside a quotation is never a speaker: a vocative or the quote's own "I" says nothing of who speaks.
 */
final class SpeakerResolver {

  private static final Set<String> FIRST_PERSON = Set.of("i", "me");
  private static final Set<String> LATTER_OR_FORMER = Set.of("latter", "former");
  static final Set<String> NAMED_SPEAKER_TYPES = Set.of("PERSON", "ORGANIZATION", "MISC", "COUNTRY",
      "NATIONALITY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "IDEOLOGY", "RELIGION", "CRIMINAL_CHARGE");

  /** A speaker: a mention key, a quoted title or a proper noun phrase; empty when the cue names nobody. */
  record Found(String speaker, String type, String evidence, Sieve sieve) {
    static Found nobody(String evidence, Sieve sieve) {
      return new Found("", "", evidence, sieve);
    }
  }

  /** The narrator's speaker key; filled in by {@link QuoteAttribution} once the whole document is read. */
  static final String NARRATOR = "\u0000narrator";
  private static final java.util.regex.Pattern UTTERANCE_END =
      java.util.regex.Pattern.compile("(?:[,!?]|--|[—–])[\\p{Pf}\"'’”»]+$");

  private final AnnotatedText doc;
  private final SpanIndex termSpans;
  private final MentionIndex index;
  private final Antecedents antecedents;
  private final Descriptions descriptions;
  private final DocumentSenders documents;
  private final DescribedPersons described;
  private final ProperPhrases phrases;

  /** @param index the index of {@code mentions} that {@link QuoteAttribution} shares with its other rules */
  SpeakerResolver(AnnotatedText doc, List<RawMention> mentions, MentionIndex index, List<int[]> termSpans) {
    this.doc = doc;
    this.termSpans = new SpanIndex(termSpans);
    this.index = index;
    this.antecedents = new Antecedents(doc, mentions, this);
    this.descriptions = new Descriptions(doc, this);
    this.documents = new DocumentSenders(doc, this, descriptions);
    this.described = new DescribedPersons(doc, this);
    this.phrases = new ProperPhrases(doc, index);
  }

  /** See {@link Antecedents#conversation}. */
  void conversation(List<String> participants, String previousTurn) {
    antecedents.conversation(participants, previousTurn);
  }

  /** See {@link Antecedents#addressee}. */
  void addressee(String name) {
    antecedents.addressee(name);
  }

  /** See {@link Antecedents#spokenTo}. */
  boolean spokenTo(String speaker) {
    return antecedents.spokenTo(speaker);
  }

  /** See {@link DescribedPersons#lastSubject}. */
  Optional<String> describedSubject(int offset, Gender gender, int namedAt) {
    return described.lastSubject(offset, gender, namedAt);
  }

  /** See {@link Antecedents#genderOf}. */
  Gender genderOf(String speaker) {
    return antecedents.genderOf(speaker);
  }

  /** See {@link DescribedPersons#name}. */
  void nameTheDescribed(List<QuoteAttribution.Span> quotes, List<Found> found) {
    described.name(quotes, found);
  }

  /** See {@link Antecedents#previousQuote}. */
  void previousQuote(String speaker, int quoteEnd) {
    antecedents.previousQuote(speaker, quoteEnd);
  }

  /** The speaker a token stands for, or null when it is a common noun that names nobody in particular. */
  Found resolve(int sentence, int tokenIndex, String evidence, Sieve sieve) {
    Token token = doc.sentence(sentence).tokens().get(tokenIndex);
    int[] term = termAt(token.charBegin());
    if (term != null) {
      if (isUtterance(term)) {
        // "“Mrs. Carter,” said he", "“Have you never--” said he": a short utterance (a vocative, a broken-off
        // question), not a quoted title; it never speaks
        return null;
      }
      String title = doc.slice(term[0], term[1])
          .replaceAll("^[\\p{Pi}\\p{Pf}\"'‘’“”«»]+|[\\p{Pi}\\p{Pf}\"'‘’“”«».,]+$", "");
      return new Found(title, "WORK", evidence, sieve);
    }
    if (doc.insideQuote(token.charBegin())) {
      return null;
    }
    RawMention mention = mentionAt(token.charBegin());
    String lower = token.text().toLowerCase(Locale.ROOT);
    if (FIRST_PERSON.contains(lower.replaceFirst("\\.$", ""))
        && (mention == null || mention.mention().charEnd() <= token.charEnd())) {
      // "said I." at a sentence's end is one token, which the tagger may take for an initial
      return new Found(NARRATOR, "PERSON", evidence + " (I = the narrator)", sieve);
    }
    if (mention != null && NAMED_SPEAKER_TYPES.contains(mention.nerType())) {
      List<Token> tokens = doc.sentence(sentence).tokens();
      int first = mention.mention().tokenBegin();
      if (first > 0 && tokens.get(first - 1).ner().equals("ORDINAL")) {
        // "The 10th Congress declared": the numbered body, not every congress
        String numbered = doc.slice(tokens.get(first - 1).charBegin(), mention.mention().charEnd());
        return new Found(numbered, mention.nerType(), evidence, sieve);
      }
      return new Found(mention.key(), mention.nerType(), evidence, sieve);
    }
    if (mention == null && Character.isUpperCase(token.text().codePointAt(0)) && antecedents.isPersonName(token.text())) {
      // One sense per discourse: "Silver suddenly sprang up" where NER missed the name it tags elsewhere
      return new Found(token.text(), "PERSON", evidence + " (" + token.text() + ", a person's name elsewhere in the text)",
          sieve);
    }
    List<Token> around = doc.sentence(sentence).tokens();
    if (token.pos().equals("PRP") && tokenIndex + 3 < around.size() && around.get(tokenIndex + 1).text().equals("(")
        && around.get(tokenIndex + 3).text().equals(")")) {
      // "he (RFK) told": the writer has said who the pronoun is
      Token inBrackets = around.get(tokenIndex + 2);
      RawMention named = mentionAt(inBrackets.charBegin());
      String name = named != null ? named.key()
          : Character.isUpperCase(inBrackets.text().codePointAt(0)) ? inBrackets.text() : null;
      Gender gender = Gender.ofPronoun(token.text());
      String type = gender == Gender.MALE || gender == Gender.FEMALE ? "PERSON"
          : named != null && NAMED_SPEAKER_TYPES.contains(named.nerType()) ? named.nerType() : null;
      if (name != null && type != null) {
        return new Found(name, type, evidence + " (" + token.text() + " = " + name + ", in brackets)", sieve);
      }
    }
    if (token.pos().startsWith("PRP")) {
      return antecedents.pronoun(sentence, tokenIndex, token, evidence, sieve);
    }
    if (LATTER_OR_FORMER.contains(lower) && tokenIndex > 0
        && doc.sentence(sentence).tokens().get(tokenIndex - 1).text().equalsIgnoreCase("the")) {
      return antecedents.ofTheTwo(token, evidence, sieve);
    }
    SemanticGraph graph = graph(sentence);
    IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(tokenIndex + 1);
    if (token.pos().startsWith("NNP") || (word != null && ProperPhrases.hasCapitalisedModifier(graph, word))) {
      return new Found(phrases.of(sentence, graph, tokenIndex), Names.isEntityType(token.ner()) ? token.ner() : "",
          evidence, sieve);
    }
    if (token.pos().startsWith("NN")) {
      int possessor = descriptions.possessorOfSpeech(graph, word);
      if (possessor >= 0) {
        // "his voice could be heard screaming", "Lenin's words were": whose voice or words they are speaks
        return resolve(sentence, possessor, evidence, sieve);
      }
      Optional<Found> named = descriptions.namedOn(sentence, graph, word, evidence, sieve);
      if (named.isPresent()) {
        return named.get();
      }
      boolean title = token.ner().equals("TITLE");
      boolean relation = tokenIndex > 0 && doc.sentence(sentence).tokens().get(tokenIndex - 1).pos().equals("PRP$");
      if (token.pos().equals("NN") && (title || relation)) {
        // "the President told us", "his brother noted": the person named with that title or relation before
        Optional<RawMention> holder = descriptions.titleHolder(token, title);
        if (holder.isPresent()) {
          return new Found(holder.get().key(), "PERSON", evidence + " (" + token.text() + " = " + holder.get().key()
              + ", named with that title before)", sieve);
        }
      }
      Optional<Found> author = documents.documentAuthor(sentence, token, evidence, sieve);
      if (author.isPresent()) {
        return author.get();
      }
      return antecedents.personByCoreference(sentence, tokenIndex, token, Gender.UNKNOWN, evidence, sieve)
          .orElseGet(() -> described.describe(sentence, tokenIndex, evidence, sieve));
    }
    return null;
  }

  /** See {@link Descriptions#unnamedSubjectBefore}. */
  Optional<String> unnamedSubjectBefore(int sentence) {
    return descriptions.unnamedSubjectBefore(sentence);
  }

  /** See {@link Antecedents#understood}. */
  Found understoodSubject(int sentence, int tokenIndex, String evidence, Sieve sieve) {
    return antecedents.understood(sentence, doc.sentence(sentence).tokens().get(tokenIndex), evidence, sieve);
  }

  /** Whether a word may be a speaker: outside quotation marks, or inside a quoted title ("the “Platform”"). */
  boolean mayBeSpeaker(int sentence, int tokenIndex) {
    Token token = doc.sentence(sentence).tokens().get(tokenIndex);
    if (!doc.insideQuote(token.charBegin())) {
      return true;
    }
    int[] term = termAt(token.charBegin());
    return term != null && !isUtterance(term);
  }

  /** A short quote that ends as speech does (",", "!", "?", a broken-off dash) before its closing mark. */
  private boolean isUtterance(int[] term) {
    return UTTERANCE_END.matcher(doc.slice(term[0], term[1])).find();
  }

  SemanticGraph graph(int sentence) {
    return doc.graph(sentence);
  }

  RawMention mentionAt(int offset) {
    return index.at(offset);
  }

  /** The mentions that begin in [from, to). */
  List<RawMention> mentionsBetween(int from, int to) {
    return index.between(from, to);
  }

  private int[] termAt(int offset) {
    return termSpans.containing(offset);
  }

}
