package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Names NER tags PERSON that English shows are not a person's: the name of an office, a thing or a place named after
 * someone, a firm, a name talked about as a word.
 */
final class NotPersonNames {

  private static final Set<String> NON_PERSON_HEADS = WordList.load("non-person-heads.txt");
  private static final Set<String> NAME_NOUNS = WordList.load("name-nouns.txt");
  private static final Set<String> PLACE_NOUNS = WordList.load("place-nouns.txt");
  private static final Set<String> SETTLEMENT_NOUNS = WordList.load("settlement-nouns.txt");
  private static final Set<String> PUBLICATIONS = WordList.load("publication-nouns.txt");
  private static final Set<String> FIRMS = WordList.load("organisation-nouns.txt");
  /** "C.C.", "U.S.": capitals joined by full stops with no space, an abbreviation; a person's initials are spaced. */
  private static final java.util.regex.Pattern UNSPACED_INITIALS =
      java.util.regex.Pattern.compile("^(?:\\p{Lu}\\.)+\\p{Lu}\\.?$");

  private NotPersonNames() {}

  /**
   * "Minister of the Interior", "Secretary of the Treasury": a name of an office names what it governs with "of
   * the"; a person's name never has those two words in it ("Joan of Arc" has no article).
   */
  static boolean isOffice(List<String> words) {
    for (int i = 1; i + 2 < words.size(); i++) {
      if (words.get(i).equals("of") && words.get(i + 1).equals("the")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Be bold, Mr. President": a courtesy title before the name of an office is how one speaks to its holder, not a
   * name. NER may tag the office PERSON there and TITLE where the text uses it as one: the text's majority decides
   * ({@link #titleWords}).
   */
  static boolean addressesAnOffice(List<String> words, Set<String> titleWords) {
    return words.size() == 2 && WordList.isCourtesyTitle(words.get(0)) && titleWords.contains(words.get(1));
  }

  /** The words (lower case) a text's NER tags TITLE more often than PERSON: read once per document. */
  static Set<String> titleWords(AnnotatedText doc) {
    java.util.Map<String, Integer> balance = new java.util.HashMap<>();
    for (Sentence sentence : doc.sentences) {
      for (Token token : sentence.tokens()) {
        int vote = token.ner().equals("TITLE") ? 1 : token.ner().equals("PERSON") ? -1 : 0;
        if (vote != 0) {
          balance.merge(token.text().toLowerCase(Locale.ROOT), vote, Integer::sum);
        }
      }
    }
    return balance.entrySet().stream().filter(e -> e.getValue() > 0).map(java.util.Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * "Kruger Day", "Lenin Prize": a name whose last word is a common noun of things (the head of an English name is
   * its last word) is a thing named after someone; so is a name after such a noun, capitalised, and "of" ("the Church
   * of St. Monica", "the College of St. John"), given after a saint or a founder.
   */
  static boolean namedAfterSomeone(Sentence sentence, RawMention m) {
    List<String> words = List.of(m.key().toLowerCase(Locale.ROOT).split("\\s+"));
    if (words.size() > 1 && NON_PERSON_HEADS.contains(words.get(words.size() - 1))) {
      return true;
    }
    return afterACapitalisedNounAndOf(sentence, m, NON_PERSON_HEADS);
  }

  /** "the Isle of Wight", "the Gulf of Finland": a name after a capitalised noun of places and "of" is a place's. */
  static boolean inAPlaceName(Sentence sentence, RawMention m) {
    return afterACapitalisedNounAndOf(sentence, m, PLACE_NOUNS) || beforeApostropheSAndAPlaceNoun(sentence, m)
        || afterASettlementNounAndOf(sentence, m) || aPlaceWhere(sentence, m) || initialsEndingAnAddress(sentence, m)
        || beforeTheRegionOfAnAddress(sentence, m);
  }

  /**
   * "his farm at Kirkton, Perthshire, …": a one-word name before a comma and a place's name that ends the phrase is
   * a place, as an address writes it; a person is not placed so.
   */
  private static boolean beforeTheRegionOfAnAddress(Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int end = m.mention().tokenEnd();
    if (m.mention().tokenBegin() + 1 != end || end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return false;
    }
    int region = end + 1;
    String type = tokens.get(region).ner();
    if (!StatedAliases.isPlace(type)) {
      return false;
    }
    while (region < tokens.size() && tokens.get(region).ner().equals(type)) {
      region++;
    }
    return region == tokens.size() || tokens.get(region).text().matches("[,.;:)]");
  }

  /**
   * "of Springfield, Ohio, U. S. A.": initials alone after a place's name and a comma are the country or state
   * that place is in, as an address writes it; a person's initials ("signed S. H.") follow no place.
   */
  private static boolean initialsEndingAnAddress(Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int first = m.mention().tokenBegin();
    boolean initials = m.mention().text().strip().matches("(?:\\p{Lu}\\.\\s?)+");
    return initials && first >= 2 && tokens.get(first - 1).text().equals(",")
        && StatedAliases.isPlace(tokens.get(first - 2).ner());
  }

  /** "the pretty little country-town of Ross", "the village of Stoke": a settlement's name after its noun and "of". */
  private static boolean afterASettlementNounAndOf(Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int first = m.mention().tokenBegin();
    if (first < 2 || !tokens.get(first - 1).text().equals("of")) {
      return false;
    }
    // "the Free City of Kolberg" as well as "the village of Stoke"
    String[] parts = tokens.get(first - 2).text().toLowerCase(java.util.Locale.ROOT).split("-");
    return SETTLEMENT_NOUNS.contains(parts[parts.length - 1]);
  }

  /**
   * "carry my stone to Kilburn, where he lived": a name after a preposition and before ", where" is a place;
   * a person is never where something happens (and a vocative has no preposition before it).
   */
  private static boolean aPlaceWhere(Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int first = m.mention().tokenBegin();
    int end = m.mention().tokenEnd();
    String before = first >= 1 ? tokens.get(first - 1).pos() : "";
    return (before.equals("IN") || before.equals("TO")) && end + 1 < tokens.size()
        && tokens.get(end).text().equals(",") && tokens.get(end + 1).text().equals("where");
  }

  /** "Pope's Court", "St. Paul's Cathedral", "Gray's Inn": a name, "'s" and a capitalised noun of places or streets. */
  private static boolean beforeApostropheSAndAPlaceNoun(Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int end = m.mention().tokenEnd();
    if (end + 1 >= tokens.size() || !tokens.get(end).text().matches("['’]s")) {
      return false;
    }
    String noun = tokens.get(end + 1).text();
    String lower = noun.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(noun.codePointAt(0)) && PLACE_NOUNS.contains(lower);
  }

  /** The name follows one of these nouns, capitalised, and "of" ("the Church of St. Monica", "the Isle of Wight"). */
  private static boolean afterACapitalisedNounAndOf(Sentence sentence, RawMention m, Set<String> nouns) {
    List<Token> tokens = sentence.tokens();
    int first = m.mention().tokenBegin();
    return first >= 2 && tokens.get(first - 1).text().equals("of")
        && Character.isUpperCase(tokens.get(first - 2).text().codePointAt(0))
        && nouns.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT));
  }

  /** "the young C.C. members": capitals joined by full stops, no word and no space, abbreviate a body or a place. */
  static boolean isAnAbbreviation(RawMention m) {
    return UNSPACED_INITIALS.matcher(m.mention().text().strip()).matches();
  }

  /**
   * "the British barque "Sophy Anderson"": a name in quotation marks right after a common noun of things is that
   * thing's name (a ship's, a paper's, a book's), not a person's.
   */
  static boolean namesAThing(AnnotatedText doc, Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int first = m.mention().tokenBegin();
    int end = m.mention().tokenEnd();
    if (first >= 1 && isANounOfThings(tokens.get(first - 1))) {
      // "the new radio station Kol Yisrael", "the newspaper Novaya Zhizn": the name of the thing that noun names
      return true;
    }
    if (first < 2 || end >= tokens.size() || !isQuoteMark(tokens.get(first - 1)) || !isQuoteMark(tokens.get(end))) {
      return false;
    }
    Token noun = tokens.get(first - 2);
    return noun.pos().equals("NN") && !DescribedPersons.isAnimateNoun(noun);
  }

  /**
   * "a heavy brassy Albert chain", "the Stalin-Bukharin alliance": a name that modifies a common noun of things after
   * it (a compound in the parse) is part of what names that thing, not a mention of the person; a name modifying a
   * noun for a person still names one ("Bukharin biographer Stephen Cohen", "a Beria man").
   */
  static boolean modifiesAThing(AnnotatedText doc, Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int end = m.mention().tokenEnd();
    if (end >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end);
    if (!next.pos().equals("NN") && !next.pos().equals("NNS") || !Character.isLowerCase(next.text().codePointAt(0))
        || DescribedPersons.isAnimateNoun(next)) {
      return false;
    }
    SemanticGraph graph = doc.graph(sentence.index() - 1);
    if (graph == null) {
      return false;
    }
    IndexedWord last = graph.getNodeByIndexSafe(end);
    IndexedWord head = graph.getNodeByIndexSafe(end + 1);
    return last != null && head != null && head.equals(graph.getParent(last))
        && graph.reln(head, last).getShortName().equals("compound");
  }

  /** A lower-case noun of a thing that bears names (a station, a paper, a firm, a lake): the word lists above. */
  private static boolean isANounOfThings(Token token) {
    String word = token.text();
    return token.pos().startsWith("NN") && Character.isLowerCase(word.codePointAt(0))
        && (NON_PERSON_HEADS.contains(word) || PUBLICATIONS.contains(word) || FIRMS.contains(word)
            || PLACE_NOUNS.contains(word));
  }

  private static boolean isQuoteMark(Token token) {
    return token.text().matches("[\"“”'‘’`]+|``|''");
  }

  /** "Gross & Hankey's", "Marks & Spencer": names joined by an ampersand are a firm's name. */
  static boolean inAFirmName(Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int first = m.mention().tokenBegin();
    int end = m.mention().tokenEnd();
    return first >= 1 && tokens.get(first - 1).text().equals("&")
        || end < tokens.size() && tokens.get(end).text().equals("&");
  }

  /**
   * "The name "de Klerk" is derived from Le Clerc and De Clercq": a sentence that begins with "the name" (or "the
   * surname") talks about names as words; the names in it are nobody's mentions.
   */
  static boolean isAboutNames(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    return tokens.size() > 2 && tokens.get(0).text().equalsIgnoreCase("the")
        && NAME_NOUNS.contains(tokens.get(1).text().toLowerCase(Locale.ROOT))
        && !tokens.get(2).text().equalsIgnoreCase("of");
  }
}
