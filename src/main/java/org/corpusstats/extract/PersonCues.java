package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What English tells about a mention NER calls a person, within its sentence: names in a sentence about a name ("The
 * name X is derived from A and B") are words, not persons; the name of an office ("Minister of the Interior") is a
 * title, a name whose last word is a common noun of things ("Kruger Day") is not a person, and a
 * nickname in quotation marks inside a name ("Johannes "Jan" de Klerk") is part of that name, and so are the words
 * before it that begin with an apostrophe standing for a letter ("'Umar 'Abd al-Rahman"). After "a certain Avseenko,
 * called", a capitalised name NER missed is the person's other name.
 */
final class PersonCues {

  static final Set<String> PARTICLES = WordList.load("name-particles.txt");
  private static final Set<String> ATTITUDE_ENDINGS = WordList.load("attitude-endings.txt");
  /** Words that begin with an apostrophe standing for a letter, then the apostrophe that begins the name NER found. */
  private static final Pattern APOSTROPHE_WORDS = Pattern.compile("(?:(?<=^|\\s)'\\p{Lu}[\\p{L}-]*\\s)*'$");

  private static final Set<String> KINSHIP = WordList.load("kinship-words.txt");
  private static final Set<String> OFFICE_LORDS = WordList.load("office-lord-titles.txt");

  private PersonCues() {}

  /**
   * The sentence's mentions (in text order) with these rules applied.
   *
   * @param titleWords the document's {@link NotPersonNames#titleWords}, read once for all its sentences
   */
  static List<RawMention> apply(AnnotatedText doc, Sentence sentence, List<RawMention> mentions,
                                 Set<String> titleWords) {
    List<RawMention> result = new ArrayList<>(mentions.size());
    boolean aboutNames = NotPersonNames.isAboutNames(sentence);
    for (RawMention m : mentions) {
      if (m.nerType().equals("PERSON") && aboutNames) {
        result.add(retyped(m, "MISC"));
        continue;
      }
      if (!m.nerType().equals("PERSON")) {
        result.add(m);
        continue;
      }
      List<String> words = List.of(m.key().toLowerCase(Locale.ROOT).split("\\s+"));
      if (words.size() == 1 && KINSHIP.contains(words.get(0))) {
        // "Mother said he was right": a word for kin, capitalised as a name, names no one in particular
        continue;
      }
      if (words.stream().allMatch(WordList::isCourtesyTitle)) {
        // "And Mademoiselle's address?": a title alone names nobody in particular
        continue;
      }
      if (NotPersonNames.isOffice(words) || NotPersonNames.addressesAnOffice(words, titleWords)
          || isAnOfficeAfterThe(sentence, m)) {
        result.add(retyped(m, "TITLE"));
      } else if (NotPersonNames.namedAfterSomeone(sentence, m)) {
        result.add(retyped(m, "MISC"));
      } else if (NotPersonNames.inAFirmName(sentence, m)) {
        result.add(retyped(m, "ORGANIZATION"));
      } else if (NotPersonNames.inAPlaceName(sentence, m)) {
        result.add(retyped(m, "LOCATION"));
      } else if (NotPersonNames.isAnAbbreviation(m) || NotPersonNames.namesAThing(doc, sentence, m)
          || NotPersonNames.modifiesAThing(doc, sentence, m)) {
        result.add(retyped(m, "MISC"));
      } else {
        RawMention named = withoutLowerCaseLead(doc, sentence, m);
        if (named != null) {
          result.add(withApostrophes(doc, Nicknames.extend(doc, sentence, withBarePossessive(doc, sentence, named))));
        }
      }
    }
    for (RawMention m : List.copyOf(result)) {
      RawMention other = m.nerType().equals("PERSON") ? otherName(doc, sentence, m, result) : null;
      if (other != null) {
        result.add(other);
      }
    }
    result.sort(java.util.Comparator.comparingInt(m -> m.mention().charBegin()));
    return Nicknames.withoutCovered(result);
  }

  /**
   * "'Umar 'Abd al-Rahman": an apostrophe right before a capital, at the start of a word, stands for a letter of a
   * transliterated name (an Arabic ayn), not a quotation mark; such words before the name NER found belong to it.
   */
  /**
   * "Mr. Pip" and "Pip": a name written after a courtesy title is a person's, so the bare name is that person's too,
   * when NER took it for a place or an organisation less often than the text titles it (a "Mr. Washington" once does
   * not make the city a man).
   */
  static List<RawMention> titledNamesArePersons(List<RawMention> mentions) {
    Map<String, Integer> titled = new HashMap<>();
    Map<String, Integer> otherwise = new HashMap<>();
    for (RawMention m : mentions) {
      String[] words = m.key().split("\\s+");
      if (m.nerType().equals("PERSON") && words.length == 2 && WordList.isCourtesyTitle(words[0])) {
        titled.merge(words[1].toLowerCase(Locale.ROOT), 1, Integer::sum);
      } else if (!m.nerType().equals("PERSON")) {
        otherwise.merge(m.key().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<RawMention> result = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      String key = m.key().toLowerCase(Locale.ROOT);
      boolean person = !m.nerType().equals("PERSON") && titled.getOrDefault(key, 0) >= otherwise.get(key);
      result.add(person ? retyped(m, "PERSON") : m);
    }
    return result;
  }

  /**
   * "he was met by the Lord Chamberlain, the Earl of Clarendon": a title of nobility after "the" begins the name of
   * an office; a peer's own title takes no article ("Lord Halifax").
   */
  private static boolean isAnOfficeAfterThe(Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int first = m.mention().tokenBegin();
    return first > 0 && m.mention().tokenEnd() - first >= 2 && tokens.get(first - 1).text().equalsIgnoreCase("the")
        && OFFICE_LORDS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT));
  }

  /**
   * "continued Silver", "returned Holmes": NER sometimes takes the verb of a speech tag into the name after it. A
   * name begins with a capital or a particle ("de Klerk"), so lower-case words before it are dropped, and so are
   * words for an attitude ("Russophobic"); null when no word of the mention is left.
   */
  private static RawMention withoutLowerCaseLead(AnnotatedText doc, Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    Mention mention = m.mention();
    int first = mention.tokenBegin();
    while (first < mention.tokenEnd() && (!isCapitalised(tokens.get(first))
        && !PARTICLES.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))
        && !tokens.get(first).text().startsWith("'") || isAnAttitude(tokens.get(first)))) {
      first++;
    }
    if (first == mention.tokenBegin()) {
      return m;
    }
    if (first == mention.tokenEnd()) {
      return null;
    }
    return respanned(doc, m, tokens.get(first).charBegin(), mention.charEnd(), first, mention.tokenEnd());
  }

  /** "Russophobic", "Francophile": a word for a liking or fear of a people (attitude-endings.txt). */
  private static boolean isAnAttitude(Token token) {
    String lower = token.text().toLowerCase(Locale.ROOT);
    return ATTITUDE_ENDINGS.stream().anyMatch(e -> lower.length() > e.length() + 2 && lower.endsWith(e));
  }

  /** The mention over other characters and tokens of its sentence, with the form and key they spell. */
  static RawMention respanned(AnnotatedText doc, RawMention m, int charBegin, int charEnd, int tokenBegin,
                                      int tokenEnd) {
    Mention mention = m.mention();
    String surface = doc.slice(charBegin, charEnd);
    Mention moved = new Mention(mention.document(), mention.sentence(), mention.sectionIndex(), mention.section(),
        mention.paragraph(), charBegin, charEnd, surface, m.nerType(), Names.key(surface), tokenBegin, tokenEnd);
    return new RawMention(moved, Names.key(surface), m.nerType());
  }

  private static RawMention withApostrophes(AnnotatedText doc, RawMention m) {
    int begin = m.mention().charBegin();
    Matcher words = APOSTROPHE_WORDS.matcher(doc.slice(Math.max(0, begin - 60), begin));
    if (!words.find() || words.group().length() < 2) {
      return m;
    }
    return respanned(doc, m, begin - words.group().length(), m.mention().charEnd(), m.mention().tokenBegin(),
        m.mention().tokenEnd());
  }

  /**
   * "Kingsley Nous' novel": a surname ending in s takes a bare apostrophe for its possessive, and NER may leave that
   * surname out of the name before it; an untagged capitalised word between the name and such an apostrophe is its
   * last word.
   */
  private static RawMention withBarePossessive(AnnotatedText doc, Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int end = m.mention().tokenEnd();
    if (end + 1 >= tokens.size() || !tokens.get(end).ner().equals("O") || !isCapitalised(tokens.get(end))
        || !tokens.get(end).pos().startsWith("NNP") || !tokens.get(end).text().endsWith("s")
        || !tokens.get(end + 1).text().equals("'") || !tokens.get(end + 1).pos().equals("POS")) {
      return m;
    }
    return respanned(doc, m, m.mention().charBegin(), tokens.get(end).charEnd(), m.mention().tokenBegin(), end + 1);
  }

  /** "a certain Avseenko, called Antonov": the capitalised name after the cue, when NER found none there. */
  private static RawMention otherName(AnnotatedText doc, Sentence sentence, RawMention m, List<RawMention> found) {
    List<Token> tokens = sentence.tokens();
    int end = m.mention().tokenEnd();
    for (int j = end + 1; j < tokens.size() && j <= end + 4; j++) {
      if (!isCapitalised(tokens.get(j)) || !tokens.get(j).pos().startsWith("NNP")
          || !StatedAliases.statesAnotherName(doc.slice(m.mention().charEnd(), tokens.get(j).charBegin()))) {
        continue;
      }
      int stop = j + 1;
      while (stop < tokens.size() && isCapitalised(tokens.get(stop)) && tokens.get(stop).pos().startsWith("NNP")) {
        stop++;
      }
      int begin = tokens.get(j).charBegin();
      int charEnd = tokens.get(stop - 1).charEnd();
      if (found.stream().anyMatch(o -> o.mention().charBegin() < charEnd && begin < o.mention().charEnd())) {
        return null;
      }
      String surface = doc.slice(begin, charEnd);
      Mention mention = new Mention(doc.name(), sentence.index(), sentence.sectionIndex(), sentence.section(),
          sentence.paragraph(), begin, charEnd, surface, "PERSON", Names.key(surface), j, stop);
      return new RawMention(mention, Names.key(surface), "PERSON");
    }
    return null;
  }

  static boolean isCapitalised(Token token) {
    return !token.text().isEmpty() && Character.isUpperCase(token.text().codePointAt(0));
  }

  private static RawMention retyped(RawMention m, String type) {
    return new RawMention(m.mention(), m.key(), type);
  }
}
