package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

/** The words of a person's name, as entity resolution compares them (lower case, as the forms are kept). */
final class PersonName {

  private PersonName() {}

  /**
   * "bronstein-trotzky" -> [bronstein, trotzky]; "f. w. de klerk" -> [f., w., de, klerk]; a nickname's quotation
   * marks go: "johannes "jan" de klerk" -> [johannes, jan, de, klerk].
   */
  static List<String> words(String form) {
    List<String> words = new ArrayList<>();
    for (String word : form.split("[\\s\\u00A0]+|(?<=\\p{L})-(?=\\p{L})")) {
      word = word.replaceAll("[\"“”]", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    String last = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT);
    if (words.size() > 1 && WordList.GENERATIONAL_SUFFIXES.contains(last.replaceFirst("\\.$", ""))) {
      // "Martin Lund, Jr.": the surname is Lund
      words.remove(words.size() - 1);
      words.set(words.size() - 1, words.get(words.size() - 1).replaceFirst(",$", ""));
    }
    return words;
  }

  /**
   * Whether the longer name ends with these words ("klerk", "de klerk"); a courtesy title must then begin both
   * ("mr. darcy" of "mr. fitzwilliam darcy"), so that a title tells apart people of one surname.
   */
  static boolean endsWith(String longer, List<String> tail) {
    List<String> words = words(longer);
    if (tail.size() >= words.size()) {
      return false;
    }
    if (WordList.isCourtesyTitle(tail.get(0))) {
      List<String> rest = tail.subList(1, tail.size());
      return !rest.isEmpty() && words.get(0).equals(tail.get(0))
          && words.subList(words.size() - rest.size(), words.size()).equals(rest);
    }
    return words.subList(words.size() - tail.size(), words.size()).equals(tail);
  }

  /** Whether the longer name starts with these words ("sir william" of "sir william lucas"). */
  static boolean startsWith(String longer, List<String> head) {
    List<String> words = words(longer);
    return head.size() < words.size() && words.subList(0, head.size()).equals(head)
        && !(head.size() == 1 && WordList.isCourtesyTitle(head.get(0)));
  }

  /** "f. w. de klerk" and "frederik willem de klerk": the same words, initials standing for words. */
  static boolean sameWithInitials(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.size() != y.size() || x.equals(y)) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      String p = x.get(i);
      String q = y.get(i);
      boolean initial = isInitial(p) && q.startsWith(p.substring(0, 1))
          || isInitial(q) && p.startsWith(q.substring(0, 1));
      if (!p.equals(q) && !initial) {
        return false;
      }
    }
    return !isInitial(x.get(x.size() - 1)) && !isInitial(y.get(y.size() - 1));
  }

  /**
   * "nikolai bukharin" and "nikolai ivanovich bukharin": the same first and last words, the longer name with middle
   * names or a patronymic the shorter leaves out (no courtesy title first, so that titles keep people apart). A
   * middle initial tells people apart ("George Bush", "George W. Bush"), so none may be left out here
   * ({@link #withoutMiddleInitials}).
   */
  static boolean withoutMiddleNames(String shorter, String longer) {
    return withoutMiddle(shorter, longer, false);
  }

  /** "robert kennedy" and "robert f. kennedy": the same first and last words, the longer with a middle initial. */
  static boolean withoutMiddleInitials(String shorter, String longer) {
    return withoutMiddle(shorter, longer, true) && !withoutMiddleNames(shorter, longer);
  }

  private static boolean withoutMiddle(String shorter, String longer, boolean initials) {
    // a hyphenated surname is one word here, and a title both names begin with is no given name ("Sir Jan Blom-Holm"
    // of "Sir Jan Peter Blom-Holm")
    List<String> x = List.of(shorter.strip().split("\\s+"));
    List<String> y = List.of(longer.strip().split("\\s+"));
    if (x.size() > 2 && y.size() > 2 && WordList.isCourtesyTitle(x.get(0)) && x.get(0).equals(y.get(0))) {
      x = x.subList(1, x.size());
      y = y.subList(1, y.size());
    }
    return x.size() == 2 && y.size() > 2 && !WordList.isCourtesyTitle(x.get(0)) && !isInitial(x.get(0))
        && x.get(0).equals(y.get(0)) && x.get(1).equals(y.get(y.size() - 1))
        && (initials || y.subList(1, y.size() - 1).stream().noneMatch(PersonName::isInitial));
  }

  /**
   * A name as its romanisations agree on ("aleksei rykov", "alexei rykov", "alexey rykov" -> "alexei rikov"): no
   * accents or apostrophes, the spelling variants of transliteration folded (spelling-variants.txt), no doubled
   * letters.
   */
  static String spellingKey(String form) {
    String key = java.text.Normalizer.normalize(form.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replaceAll("['’‘`]", "");
    for (String[] variant : SPELLING_VARIANTS) {
      key = key.replace(variant[0], variant[1]);
    }
    return key.replaceAll("(\\p{L})\\1+", "$1");
  }

  private static final List<String[]> SPELLING_VARIANTS = WordList.load("spelling-variants.txt").stream()
      .map(line -> line.split("\\s+")).filter(pair -> pair.length == 2)
      .sorted(java.util.Comparator.comparingInt((String[] pair) -> -pair[0].length())).toList();

  private static boolean isInitial(String word) {
    return word.matches("\\p{L}\\.?");
  }

  /**
   * "George" and "George Merry", "Merry" and "George Merry", "Mr. Merry" and "Merry": one name is the other's first
   * or last words, courtesy titles aside.
   */
  static boolean same(String a, String b) {
    List<String> x = PersonName.words(a.toLowerCase(java.util.Locale.ROOT));
    List<String> y = PersonName.words(b.toLowerCase(java.util.Locale.ROOT));
    x = x.size() > 1 && WordList.isCourtesyTitle(x.get(0)) ? x.subList(1, x.size()) : x;
    y = y.size() > 1 && WordList.isCourtesyTitle(y.get(0)) ? y.subList(1, y.size()) : y;
    x = x.stream().map(GivenNames::fullForm).toList();
    y = y.stream().map(GivenNames::fullForm).toList();
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    return !shorter.isEmpty() && (longer.subList(0, shorter.size()).equals(shorter)
        || longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter));
  }
}
