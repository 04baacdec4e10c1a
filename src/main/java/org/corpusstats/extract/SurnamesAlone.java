package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "his fellow poet, Osip Mandelstam … Bukharin had acted as Mandelstam's political protector": the surname alone of
 * a person the text names in full is that person, though NER took it for a place (an unknown foreign name often
 * is), unless the text uses that word as a place somewhere ("in Washington", "from Georgia").
 */
final class SurnamesAlone {

  private SurnamesAlone() {}

  /** The mentions, with a one-word name that is the last word of a person's full name retyped PERSON. */
  static List<RawMention> persons(AnnotatedText doc, List<RawMention> mentions) {
    Set<String> surnames = new HashSet<>();
    for (RawMention m : mentions) {
      List<String> words = PersonName.words(m.key());
      if (m.nerType().equals("PERSON") && words.size() > 1 && !WordList.isCourtesyTitle(words.get(0))) {
        surnames.add(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
      }
    }
    Set<String> places = new HashSet<>();
    for (RawMention m : mentions) {
      if (!m.nerType().equals("PERSON") && PlacesAlone.afterAPlacePreposition(doc, m)) {
        places.add(m.key().toLowerCase(Locale.ROOT));
      }
    }
    List<RawMention> result = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      String key = m.key().toLowerCase(Locale.ROOT);
      boolean person = Appositions.RETYPED.contains(m.nerType()) && PersonName.words(m.key()).size() == 1
          && surnames.contains(key) && !places.contains(key);
      result.add(person ? new RawMention(m.mention(), m.key(), "PERSON") : m);
    }
    return result;
  }
}
