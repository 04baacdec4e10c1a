package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names that are another name of one person the text names in full, though neither is a part of the other:
 * a surname in another romanisation ("Zaitsev" of "Semyon Zaytsev") and a given name with its patronymic
 * ("Nikita Sergeyevich" of "Nikita Volkov"). Each gives a candidate only when exactly one full name fits.
 */
final class NameVariants {

  private static final Set<String> PATRONYMIC_ENDINGS = WordList.load("patronymic-endings.txt");
  /** The shortest patronymic is a stem and an ending: "Ilyich" has five letters. */
  private static final int MIN_PATRONYMIC = 5;

  private NameVariants() {}

  /** "Zaitsev" of "Semyon Zaytsev": a surname alone whose romanisation differs from the full name's. */
  static List<String> surnameSpelledOtherwise(String form, List<String> words, List<String> persons) {
    if (words.size() != 1) {
      return List.of();
    }
    String key = PersonName.spellingKey(words.get(0));
    List<String> candidates = persons.stream().filter(other -> !other.equals(form)).filter(other -> {
      List<String> w = PersonName.words(other);
      return w.size() >= 2 && !WordList.isCourtesyTitle(w.get(0))
          && PersonName.spellingKey(w.get(w.size() - 1)).equals(key);
    }).toList();
    return candidates.size() == 1 ? candidates : List.of();
  }

  /** "Nikita Sergeyevich" of "Nikita Volkov": a given name and patronymic, the one full name with that name. */
  static List<String> givenNameAndPatronymic(String form, List<String> words, List<String> persons) {
    if (words.size() != 2 || !isPatronymic(words.get(1))) {
      return List.of();
    }
    List<String> candidates = persons.stream().filter(other -> !other.equals(form)).filter(other -> {
      List<String> w = PersonName.words(other);
      return w.size() >= 2 && w.get(0).equals(words.get(0)) && !isPatronymic(w.get(w.size() - 1));
    }).toList();
    return candidates.size() == 1 ? candidates : List.of();
  }

  private static boolean isPatronymic(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return word.length() >= MIN_PATRONYMIC && PATRONYMIC_ENDINGS.stream().anyMatch(lower::endsWith);
  }
}
