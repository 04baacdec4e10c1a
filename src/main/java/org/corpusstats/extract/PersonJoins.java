package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corpusstats.extract.EntityResolver.UnionFind;

/** Which person names are one person: a short name and the full name it is part of ({@link PersonName}). */
final class PersonJoins {

  /** Where a mention is, in {@link Form#positions}. */
  static final int PARAGRAPH = 0;
  static final int OFFSET = 1;
  static final int SENTENCE = 2;
  /** How many times a surname and a full name must each be written for {@link #namedApart}. */
  private static final int APART = 3;

  private PersonJoins() {}

  /**
   * A shorter person name joins a longer one it is part of: the last words ("Trotsky", "de Klerk" of "Frederik
   * Willem de Klerk"), else the first words ("Sir William" of "Sir William Lucas"), a part of a hyphenated name
   * ("Trotzky" of "Bronstein-Trotzky"), the same name with initials ("F. W. de Klerk"), or without its one full name
   * with middle names ("Nikolai Bukharin" of "Nikolai Ivanovich Bukharin"). A courtesy title keeps
   * people apart ("Mrs. Bennet" never joins "Mr. Bennet"), and a bare "Bennet" joins the most mentioned of them.
   * A title and surname join the one untitled full name of that surname ({@link #titledSurname}); a pet form of a
   * given name joins the full given name ("Eliza", "Elizabeth"); romanisations of one name are one
   * ({@link #spellingVariants}), and so are a surname in another romanisation and a given name with its patronymic
   * ({@link NameVariants}). A bare surname the text used for someone before it named this person does not join him
   * ({@link #namedApart}), nor one the text shows to be of the other gender ({@link NamesApart}).
   *
   * @param apart pairs of a short name and a full name ending in it, in lower case, that are two persons
   */
  static void join(Map<String, Form> forms, UnionFind sets, Set<EntityResolver.SameReferent> apart) {
    List<String> persons = forms.entrySet().stream().filter(e -> e.getValue().majorityType().equals("PERSON"))
        .map(Map.Entry::getKey).toList();
    petForms(persons, sets);
    spellingVariants(persons, sets);
    for (String form : persons) {
      List<String> words = PersonName.words(form);
      List<String> candidates = persons.stream().filter(other -> !other.equals(form))
          .filter(other -> PersonName.words(other).size() > words.size())
          .filter(other -> PersonName.endsWith(other, words))
          .filter(other -> !TitledJoins.isHisWifesName(other, words) && !TitledJoins.isASaintsName(other))
          .filter(other -> !apart.contains(new EntityResolver.SameReferent(form, other)))
          .toList();
      if (candidates.isEmpty()) {
        candidates = persons.stream().filter(other -> !other.equals(form))
            .filter(other -> PersonName.words(other).size() > words.size())
            .filter(other -> PersonName.startsWith(other, words))
            .filter(other -> !TitledJoins.isASaintsName(other)).toList();
      }
      if (candidates.isEmpty()) {
        candidates = persons.stream().filter(other -> !other.equals(form))
            .filter(other -> PersonName.sameWithInitials(other, form) && other.length() > form.length()).toList();
      }
      if (candidates.isEmpty()) {
        candidates = persons.stream().filter(other -> PersonName.withoutMiddleNames(form, other)).toList();
        candidates = candidates.size() == 1 ? candidates : List.of();
      }
      if (candidates.isEmpty()) {
        // "Robert F. Kennedy described … Robert Kennedy later recalled": the initial a first mention gave is dropped
        // after; a name written before its initialled form is someone else's ("George Bush", then "George W. Bush")
        candidates = persons.stream().filter(other -> PersonName.withoutMiddleInitials(form, other)
            && writtenFirst(forms.get(other), forms.get(form))).toList();
        candidates = candidates.size() == 1 ? candidates : List.of();
      }

      if (candidates.isEmpty()) {
        candidates = TitledJoins.titledSurname(form, words, persons);
      }
      if (candidates.isEmpty()) {
        candidates = TitledJoins.byEpithet(form, words, persons);
      }
      if (candidates.isEmpty()) {
        candidates = NameVariants.surnameSpelledOtherwise(form, words, persons);
      }
      if (candidates.isEmpty()) {
        candidates = NameVariants.givenNameAndPatronymic(form, words, persons);
      }
      if (candidates.isEmpty()) {
        // two misspellings of one name may both be a letter away from a third: one person still
        List<String> slips = NameVariants.misspelt(form, persons, f -> forms.get(f).count);
        candidates = slips.stream().map(sets::find).distinct().count() == 1 ? slips : List.of();
      }
      if (words.size() == 1) {
        // a surname only: a given name alone is how dialogue and narration name someone met in full later on
        candidates = candidates.stream()
            .filter(other -> !PersonName.endsWith(other, words) || !namedApart(forms, form, other, persons))
            .filter(other -> !apart.contains(new EntityResolver.SameReferent(form, other))).toList();
      }
      // "Mandelstam's wife, Nadezhda": when the text has said whose name it is, no other candidate is asked
      boolean stated = candidates.stream().anyMatch(c -> sets.find(c).equals(sets.find(form)));
      if (!candidates.isEmpty() && !stated) {
        sets.union(form, nearest(forms, form, candidates));
      }
    }
  }

  /** Whether a document writes {@code first} before it ever writes {@code second}. */
  private static boolean writtenFirst(Form first, Form second) {
    return first.positions.entrySet().stream().anyMatch(e -> second.positions.containsKey(e.getKey())
        && e.getValue().stream().mapToInt(p -> p[OFFSET]).min().getAsInt()
            < second.positions.get(e.getKey()).stream().mapToInt(p -> p[OFFSET]).min().getAsInt());
  }

  /**
   * Whether a bare surname stands for someone else than the full name ending in it. News and biography name a
   * person in full first and by surname after; a surname used again and again before the full name ever appears is
   * someone the reader already knows, and when the writer then keeps writing the full name, given name and all,
   * though the surname alone would do, it is to keep the two apart ("Kennedy" for the President throughout, "Tom
   * Kennedy" for his brother each time). At least three of each, so that one late full name of the same person
   * ("Cole" all along, "Ann Cole" once in a caption) still joins.
   */
  private static boolean namedApart(Map<String, Form> forms, String surname, String full, List<String> persons) {
    List<String> fullWords = PersonName.words(full);
    List<String> sameName = persons.stream().filter(other -> {
      List<String> w = PersonName.words(other);
      return w.size() > 1 && w.get(0).equals(fullWords.get(0))
          && w.get(w.size() - 1).equals(fullWords.get(fullWords.size() - 1));
    }).toList();
    int written = sameName.stream().mapToInt(f -> forms.get(f).count).sum();
    if (written < APART) {
      return false;
    }
    for (Map.Entry<String, List<int[]>> document : forms.get(surname).positions.entrySet()) {
      int firstFull = sameName.stream().flatMap(f -> forms.get(f).positions.getOrDefault(document.getKey(), List.of())
          .stream()).mapToInt(at -> at[OFFSET]).min().orElse(Integer.MAX_VALUE);
      if (document.getValue().stream().filter(at -> at[OFFSET] < firstFull).count() >= APART) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Aleksei Rykov" and "Alexei Rykov": names of two words or more that differ only as romanisations do are one
   * person's ({@link PersonName#spellingKey}).
   */
  private static void spellingVariants(List<String> persons, UnionFind sets) {
    Map<String, String> byKey = new HashMap<>();
    for (String form : persons) {
      if (PersonName.words(form).size() < 2) {
        continue;
      }
      String first = byKey.putIfAbsent(PersonName.spellingKey(form), form);
      if (first != null) {
        sets.union(form, first);
      }
    }
  }

  /**
   * "Eliza" and "Elizabeth", "Miss Eliza" and "Miss Elizabeth": a pet form of a given name is the person the text
   * also names by the full given name, with the same title and surname.
   */
  private static void petForms(List<String> persons, UnionFind sets) {
    Set<String> known = new HashSet<>(persons);
    for (String form : persons) {
      List<String> words = PersonName.words(form);
      int given = words.size() > 1 && WordList.isCourtesyTitle(words.get(0)) ? 1 : 0;
      String full = GivenNames.fullForm(words.get(given));
      if (full.equals(words.get(given))) {
        continue;
      }
      List<String> renamed = new ArrayList<>(words);
      renamed.set(given, full);
      String target = String.join(" ", renamed);
      if (known.contains(target)) {
        sets.union(form, target);
      }
    }
  }

  /**
   * Of several full names a short one may stand for, the one a reader would take at each of its mentions: within
   * its paragraph, the nearest sentence before it (or its own) that writes one of them, and in that sentence the
   * one written first; else the one the document introduced first (news and biography name a person in full first,
   * by surname after). The first-written name of a sentence is its most prominent (subject, head of an apposition:
   * "Ann Cole, then the wife of Tom Cole" puts Tom inside Ann's description), the order in which Stanford's
   * deterministic coreference (Lee et al. 2013) tries antecedents in earlier sentences. The most such mentions win,
   * then the most mentioned name.
   */
  private static String nearest(Map<String, Form> forms, String form, List<String> candidates) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    Map<String, Integer> votes = new HashMap<>();
    forms.get(form).positions.forEach((document, places) -> {
      for (int[] place : places) {
        String inParagraph = null;
        int[] best = null;
        String introduced = null;
        int first = Integer.MAX_VALUE;
        for (String candidate : candidates) {
          for (int[] at : forms.get(candidate).positions.getOrDefault(document, List.of())) {
            if (at[PARAGRAPH] == place[PARAGRAPH] && at[OFFSET] < place[OFFSET] && (best == null
                || at[SENTENCE] > best[SENTENCE] || at[SENTENCE] == best[SENTENCE] && at[OFFSET] < best[OFFSET])) {
              inParagraph = candidate;
              best = at;
            }
            if (at[OFFSET] < first) {
              introduced = candidate;
              first = at[OFFSET];
            }
          }
        }
        String vote = inParagraph != null ? inParagraph : introduced;
        if (vote != null) {
          votes.merge(vote, 1, Integer::sum);
        }
      }
    });
    return candidates.stream().max(Comparator.comparingInt((String n) -> votes.getOrDefault(n, 0))
        .thenComparingInt(n -> forms.get(n).count).thenComparing(Comparator.reverseOrder())).orElseThrow();
  }
}
