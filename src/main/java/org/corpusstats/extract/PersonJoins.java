package org.corpusstats.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.EntityResolver.Form;
import org.corpusstats.extract.EntityResolver.UnionFind;

/** Which person names are one person: a short name and the full name it is part of ({@link PersonName}). */
final class PersonJoins {

  private PersonJoins() {}

  /**
   * A shorter person name joins a longer one it is part of: the last words ("Trotsky", "de Klerk" of "Frederik
   * Willem de Klerk"), else the first words ("Sir William" of "Sir William Lucas"), a part of a hyphenated name
   * ("Trotzky" of "Bronstein-Trotzky"), or the same name with initials ("F. W. de Klerk"). A courtesy title keeps
   * people apart ("Mrs. Bennet" never joins "Mr. Bennet"), and a bare "Bennet" joins the most mentioned of them.
   */
  static void join(Map<String, Form> forms, UnionFind sets) {
    List<String> persons = forms.entrySet().stream().filter(e -> e.getValue().majorityType().equals("PERSON"))
        .map(Map.Entry::getKey).toList();
    for (String form : persons) {
      List<String> words = PersonName.words(form);
      List<String> candidates = persons.stream().filter(other -> !other.equals(form))
          .filter(other -> PersonName.words(other).size() > words.size())
          .filter(other -> PersonName.endsWith(other, words))
          .toList();
      if (candidates.isEmpty()) {
        candidates = persons.stream().filter(other -> !other.equals(form))
            .filter(other -> PersonName.words(other).size() > words.size())
            .filter(other -> PersonName.startsWith(other, words)).toList();
      }
      if (candidates.isEmpty()) {
        candidates = persons.stream().filter(other -> !other.equals(form))
            .filter(other -> PersonName.sameWithInitials(other, form) && other.length() > form.length()).toList();
      }
      if (!candidates.isEmpty()) {
        sets.union(form, nearest(forms, form, candidates));
      }
    }
  }

  /**
   * Of several full names a short one may stand for, the one a reader would take at each of its mentions: a full
   * name written earlier in the same paragraph (the latest such), else the one the document introduced first (news
   * and biography name a person in full first, by surname after). The most such mentions win, then the most
   * mentioned name.
   */
  private static String nearest(Map<String, Form> forms, String form, List<String> candidates) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    Map<String, Integer> votes = new HashMap<>();
    forms.get(form).positions.forEach((document, places) -> {
      for (int[] place : places) {
        String inParagraph = null;
        int latest = -1;
        String introduced = null;
        int first = Integer.MAX_VALUE;
        for (String candidate : candidates) {
          for (int[] at : forms.get(candidate).positions.getOrDefault(document, List.of())) {
            if (at[0] == place[0] && at[1] < place[1] && at[1] > latest) {
              inParagraph = candidate;
              latest = at[1];
            }
            if (at[1] < first) {
              introduced = candidate;
              first = at[1];
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
