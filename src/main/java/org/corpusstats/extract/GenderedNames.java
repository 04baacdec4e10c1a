package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names of one document that are two persons by their gender: a surname alone whose pronouns in the text are
 * a man's ("McCarthy … he", throughout), and a full name ending in it whose given names are a woman's ("Tierney
 * Elizabeth McCarthy", his daughter), or the other way round. A family shares its surname, so without this the
 * surname would join the one full name there is ({@link PersonJoins}).
 */
final class GenderedNames {

  private GenderedNames() {}

  static List<EntityResolver.SameReferent> apart(AnnotatedText doc, List<RawMention> mentions) {
    Set<String> persons = new HashSet<>();
    for (RawMention m : mentions) {
      if (m.nerType().equals("PERSON")) {
        persons.add(m.key().toLowerCase(Locale.ROOT));
      }
    }
    List<EntityResolver.SameReferent> apart = new ArrayList<>();
    Gender.OfPersons genders = null;
    for (String surname : persons) {
      List<String> words = PersonName.words(surname);
      if (words.size() != 1) {
        continue;
      }
      for (String full : persons) {
        Gender given = givenNamesGender(full);
        if (given == Gender.UNKNOWN || !PersonName.endsWith(full, words)) {
          continue;
        }
        genders = genders == null ? new Gender.OfPersons(doc, mentions) : genders;
        Gender ofSurname = genders.ofNameItself(surname);
        if (ofSurname != Gender.UNKNOWN && ofSurname != given) {
          apart.add(new EntityResolver.SameReferent(surname, full));
        }
      }
    }
    apart.sort(java.util.Comparator.comparing(EntityResolver.SameReferent::first)
        .thenComparing(EntityResolver.SameReferent::second));
    return apart;
  }

  /** The gender the given names before the surname agree on ("Tierney Elizabeth": a woman's); unknown if none. */
  static Gender givenNamesGender(String full) {
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
