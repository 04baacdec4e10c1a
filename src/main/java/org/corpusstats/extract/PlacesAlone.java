package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the pretty little country-town of Ross … at Ross … drove over to Ross": a one-word name NER took for a person is
 * a place everywhere in the document when the text shows it to be one at least once (NotPersonNames retyped that
 * mention) and writes it nowhere else but after a preposition of place or of destination ("to"). A word that is
 * part of a person's full name, or written with a courtesy title, stays a person's (the reverse of
 * {@link SurnamesAlone}).
 */
final class PlacesAlone {

  private static final Set<String> PLACE_PREPOSITIONS = WordList.load("place-prepositions.txt");
  private static final Set<String> DESTINATIONS = WordList.load("destination-prepositions.txt");

  private PlacesAlone() {}

  /** The mentions, with each such name's person mentions retyped LOCATION. */
  static List<RawMention> places(AnnotatedText doc, List<RawMention> mentions) {
    Set<String> inPersonNames = new HashSet<>();
    Set<String> shownPlaces = new HashSet<>();
    Set<String> elsewhere = new HashSet<>();
    for (RawMention m : mentions) {
      List<String> words = PersonName.words(m.key());
      String key = m.key().toLowerCase(Locale.ROOT);
      if (m.nerType().equals("PERSON") && words.size() > 1) {
        words.forEach(w -> inPersonNames.add(w.toLowerCase(Locale.ROOT)));
      } else if (StatedAliases.isPlace(m.nerType()) && words.size() == 1) {
        shownPlaces.add(key);
      } else if (m.nerType().equals("PERSON") && !after(doc, m, PLACE_PREPOSITIONS)
          && !after(doc, m, DESTINATIONS)) {
        elsewhere.add(key);
      }
    }
    List<RawMention> result = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      String key = m.key().toLowerCase(Locale.ROOT);
      boolean place = m.nerType().equals("PERSON") && shownPlaces.contains(key) && !elsewhere.contains(key)
          && !inPersonNames.contains(key);
      result.add(place ? new RawMention(m.mention(), m.key(), "LOCATION") : m);
    }
    return result;
  }

  static boolean afterAPlacePreposition(AnnotatedText doc, RawMention m) {
    return after(doc, m, PLACE_PREPOSITIONS);
  }

  private static boolean after(AnnotatedText doc, RawMention m, Set<String> prepositions) {
    int first = m.mention().tokenBegin();
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    return first > 0 && prepositions.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
  }
}
