package org.corpusstats.extract;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A one-word person name of a document and a full name ending in it that the text shows are two persons, though a
 * surname alone would join the full name ({@link PersonJoins}):
 * <ul>
 *   <li>by gender: a surname whose pronouns in the text are a man's ("McCarthy … he", throughout), and a full name
 *   whose given names are a woman's ("Tierney Elizabeth McCarthy", his daughter), or the other way round: a family
 *   shares its surname;</li>
 *   <li>by a ruler's title: the name after "King" or "Pope" is a given name ("King George" is George VI, not Lloyd
 *   George; regnal-titles.txt).</li>
 * </ul>
 */
final class NamesApart {

  private static final Set<String> REGNAL_TITLES = WordList.load("regnal-titles.txt");

  private NamesApart() {}

  static List<EntityResolver.SameReferent> apart(AnnotatedText doc, List<RawMention> mentions) {
    Set<String> persons = new HashSet<>();
    Set<String> givenNames = new HashSet<>();
    java.util.Map<String, Integer> firstWritten = new java.util.HashMap<>();
    for (RawMention m : mentions) {
      if (m.nerType().equals("PERSON")) {
        persons.add(m.key().toLowerCase(Locale.ROOT));
        firstWritten.merge(m.key().toLowerCase(Locale.ROOT), m.mention().charBegin(), Math::min);
        if (afterARulersTitle(doc, m)) {
          givenNames.add(m.key().toLowerCase(Locale.ROOT));
        }
      }
    }
    // one pair may be apart for both reasons; sorted, so that the extraction is the same from run to run
    Set<EntityResolver.SameReferent> apart = new TreeSet<>(Comparator.comparing(EntityResolver.SameReferent::first)
        .thenComparing(EntityResolver.SameReferent::second));
    for (String given : givenNames) {
      for (String full : persons) {
        List<String> words = PersonName.words(full);
        if (words.size() > 1 && words.get(words.size() - 1).equals(given) && !words.get(0).equals(given)) {
          apart.add(new EntityResolver.SameReferent(given, full));
        }
      }
    }
    Gender.OfPersons genders = null;
    for (String full : persons) {
      Gender given = givenNamesGender(full);
      if (given == Gender.UNKNOWN) {
        continue;
      }
      for (String surname : persons) {
        List<String> words = PersonName.words(surname);
        // "Nikita Khrushchev … Khrushchev": a surname written after the full name refers back to it, whatever a
        // list says of a foreign given name; only a surname in use before the full name appears may be someone else
        if (words.size() != 1 || !PersonName.endsWith(full, words)
            || firstWritten.get(surname) > firstWritten.get(full)) {
          continue;
        }
        genders = genders == null ? new Gender.OfPersons(doc, mentions) : genders;
        Gender ofSurname = genders.ofNameItself(surname);
        if (ofSurname != Gender.UNKNOWN && ofSurname != given) {
          apart.add(new EntityResolver.SameReferent(surname, full));
        }
      }
    }
    return List.copyOf(apart);
  }

  /** "King George issued a statement": a one-word name right after a ruler's title. */
  private static boolean afterARulersTitle(AnnotatedText doc, RawMention m) {
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    int before = m.mention().tokenBegin() - 1;
    return m.mention().tokenEnd() - m.mention().tokenBegin() == 1 && before >= 0
        && REGNAL_TITLES.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
  }

  /** The gender the given names before the surname agree on ("Tierney Elizabeth": a woman's); unknown if none. */
  private static Gender givenNamesGender(String full) {
    List<String> words = PersonName.words(full);
    Set<Gender> seen = new HashSet<>();
    for (String word : words.subList(0, Math.max(0, words.size() - 1))) {
      Gender g = WordList.isCourtesyTitle(word) ? Gender.UNKNOWN : GivenNames.gender(word.replaceFirst("\\.$", ""));
      if (g != Gender.UNKNOWN) {
        seen.add(g);
      }
    }
    return seen.size() == 1 ? seen.iterator().next() : Gender.UNKNOWN;
  }
}
