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
  /** A slip of one letter is told from another name only in names long enough ("Ivanov" and "Ivanova" are two). */
  private static final int MIN_MISSPELT = 7;
  private static final int MAX_SLIPS = 2;
  private static final int MIN_WRITTEN = 5;

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

  /**
   * "Dahlgens" once beside "Dahlgrens" many times: a name the text writes once or twice that differs by one letter
   * left out, one added or two swapped from another person's name of at least seven letters written at least five
   * times is that name misspelt; two letters swapped ("Johnsno") need only the other name more often. A letter for
   * another ("Petersen", "Peterson") is two names, not a slip. Every name that fits: the caller joins them only when
   * they are one person's.
   */
  static List<String> misspelt(String form, List<String> persons, java.util.function.ToIntFunction<String> count) {
    String folded = untitled(form).replace('-', ' ');
    return persons.stream().filter(other -> !other.equals(form))
        .filter(other -> count.applyAsInt(other) > count.applyAsInt(form))
        // "Mr. Brown" and "Mrs. Brown" differ by a letter of the title: two persons
        .filter(other -> title(other).equals(title(form)) && untitled(other).length() >= MIN_MISSPELT)
        .filter(other -> {
          String o = untitled(other).replace('-', ' ');
          boolean rareBesideFrequent = count.applyAsInt(form) <= MAX_SLIPS && count.applyAsInt(other) >= MIN_WRITTEN;
          return swapped(folded, o) || rareBesideFrequent && (oneLetterMore(o, folded) || oneLetterMore(folded, o));
        }).toList();
  }

  private static String title(String name) {
    List<String> words = PersonName.words(name);
    return words.size() > 1 && WordList.isCourtesyTitle(words.get(0)) ? words.get(0) : "";
  }

  private static String untitled(String name) {
    String title = title(name);
    return title.isEmpty() ? name : name.substring(name.indexOf(title) + title.length()).strip();
  }

  /** Whether b is a with two neighbouring letters swapped. */
  private static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.charAt(i) != a.charAt(i + 1) && Character.isLetter(a.charAt(i)) && Character.isLetter(a.charAt(i + 1))
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  /** Whether longer is shorter with one letter added. */
  private static boolean oneLetterMore(String longer, String shorter) {
    if (longer.length() != shorter.length() + 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
      i++;
    }
    return Character.isLetter(longer.charAt(i)) && longer.substring(i + 1).equals(shorter.substring(i));
  }

  private static boolean isPatronymic(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return word.length() >= MIN_PATRONYMIC && PATRONYMIC_ENDINGS.stream().anyMatch(lower::endsWith);
  }
}
