package org.corpusstats.extract;

import java.util.List;
import java.util.Set;

/**
 * Joins of person names that titles and epithets decide: "Mr. Wickham" of "George Wickham", "Long John" of "John
 * Silver"; and the titles that keep a name from joining ("Mrs. Henry Baker", "St. James").
 */
final class TitledJoins {

  private static final Set<String> MARRIED_TITLES = WordList.load("married-titles.txt");
  private static final Set<String> SAINT_TITLES = WordList.load("saint-titles.txt");
  private static final Set<String> EPITHETS = WordList.load("name-epithets.txt");

  private TitledJoins() {}

  /**
   * "Long John" of "John Silver", "Little Nell" of "Nell Trent": an epithet of size or age before a given name is a
   * by-name of the one person the text names in full with that given name; none when two full names fit.
   */
  static List<String> byEpithet(String form, List<String> words, List<String> persons) {
    if (words.size() != 2 || !EPITHETS.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
      return List.of();
    }
    List<String> candidates = persons.stream().filter(other -> !other.equals(form)).filter(other -> {
      List<String> w = PersonName.words(other);
      int given = w.size() > 1 && WordList.isCourtesyTitle(w.get(0)) ? 1 : 0;
      return w.size() - given >= 2 && w.get(given).equals(words.get(1));
    }).toList();
    return candidates.size() == 1 ? candidates : List.of();
  }

  /**
   * "Mr. Wickham" of "George Wickham", "Miss Lucas" of "Charlotte Lucas": a title and surname stand for the one
   * full name of that surname written without a title, when its given name does not tell the other gender ("Mr.
   * Bennet" is never "Elizabeth Bennet"). None when two full names fit. A married woman's title ("Mrs.", "Lady")
   * joins no one when a titled man of her surname is in the text: she is his wife.
   */
  static List<String> titledSurname(String form, List<String> words, List<String> persons) {
    if (words.size() < 2 || !WordList.isCourtesyTitle(words.get(0))) {
      return List.of();
    }
    String title = words.get(0).replaceFirst("\\.$", "");
    List<String> surname = words.subList(1, words.size());
    if (MARRIED_TITLES.contains(title) && persons.stream().map(PersonName::words)
        .anyMatch(w -> w.size() > surname.size() && WordList.isCourtesyTitle(w.get(0))
            && Gender.ofPronoun(w.get(0).replaceFirst("\\.$", "")) == Gender.MALE
            && w.subList(w.size() - surname.size(), w.size()).equals(surname))) {
      return List.of();
    }
    Gender gender = Gender.ofPronoun(title);
    List<String> candidates = persons.stream().filter(other -> !other.equals(form)).filter(other -> {
      List<String> w = PersonName.words(other);
      return w.size() > surname.size() && !WordList.isCourtesyTitle(w.get(0))
          && w.subList(w.size() - surname.size(), w.size()).equals(surname)
          && gender.agrees(GivenNames.gender(w.get(0)));
    }).toList();
    return candidates.size() == 1 ? candidates : List.of();
  }

  /**
   * "Mrs. Henry Baker" is the wife of Henry Baker, named after him: a man's full name ("Henry Baker", a man's given
   * name first) never joins a married woman's title followed by it.
   */
  static boolean isHisWifesName(String longer, List<String> words) {
    List<String> other = PersonName.words(longer);
    return words.size() >= 2 && other.size() == words.size() + 1
        && MARRIED_TITLES.contains(other.get(0).replaceFirst("\\.$", ""))
        && GivenNames.gender(words.get(0)) == Gender.MALE;
  }

  /** "St. James", "Saint Monica": a saint's name (a church, a paper, a day named after one) takes no bare name. */
  static boolean isASaintsName(String name) {
    List<String> words = PersonName.words(name);
    return words.size() > 1 && SAINT_TITLES.contains(words.get(0).replaceFirst("\\.$", ""));
  }
}
