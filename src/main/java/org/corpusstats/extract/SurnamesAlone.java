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

  /** The capitalised word or hyphenated words right after a name, after one space. */
  private static final java.util.regex.Pattern NEXT_NAME =
      java.util.regex.Pattern.compile("^ (\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)*)(?![\\p{L}-])");

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
    // the last word as written, a hyphenated surname whole ("Blom-Holm")
    Set<String> writtenSurnames = new HashSet<>();
    for (RawMention m : mentions) {
      String[] words = m.key().strip().split("\\s+");
      if (m.nerType().equals("PERSON") && words.length > 1 && !WordList.isCourtesyTitle(words[words.length - 1])) {
        writtenSurnames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
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
      RawMention typed = person ? new RawMention(m.mention(), m.key(), "PERSON") : m;
      result.add(typed.nerType().equals("PERSON") ? withSurname(doc, typed, writtenSurnames, mentions) : typed);
    }
    return result;
  }

  /**
   * "Air Vice Marshal Neill Blom-Holm OBE" with only "Neill" tagged: a given name NER found alone, right before the
   * surname of a person the text names in full, is that surname's too.
   */
  private static RawMention withSurname(AnnotatedText doc, RawMention m, Set<String> surnames,
                                        List<RawMention> mentions) {
    Mention mention = m.mention();
    if (PersonName.words(m.key()).size() != 1 || WordList.isCourtesyTitle(m.key())) {
      return m;
    }
    java.util.regex.Matcher next = NEXT_NAME.matcher(doc.slice(mention.charEnd(),
        Math.min(doc.text().length(), mention.charEnd() + 60)));
    if (!next.find() || !surnames.contains(next.group(1).toLowerCase(Locale.ROOT))) {
      return m;
    }
    int end = mention.charEnd() + next.end(1);
    if (mentions.stream().anyMatch(o -> o != m && o.mention().charBegin() < end
        && o.mention().charEnd() > mention.charEnd())) {
      return m;
    }
    List<Token> tokens = doc.sentence(mention.sentence() - 1).tokens();
    int tokenEnd = mention.tokenEnd();
    while (tokenEnd < tokens.size() && tokens.get(tokenEnd).charEnd() <= end) {
      tokenEnd++;
    }
    if (tokens.get(tokenEnd - 1).charEnd() != end) {
      return m;
    }
    return PersonCues.respanned(doc, m, mention.charBegin(), end, mention.tokenBegin(), tokenEnd);
  }
}
