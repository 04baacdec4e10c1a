package org.corpusstats.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Forms joined by what the words are rather than by what the text states: an ideology's adjective with its noun,
 * and forms that stand for the same Wikipedia page. Persons are joined apart ({@link PersonJoins}), by the text's own
 * evidence only.
 */
final class FormJoins {

  private FormJoins() {}

  /**
   * An ideology's adjective or adherent joins its noun when the corpus has it ("socialist", "socialists" →
   * "socialism"; "Trotskyist" → "Trotskyism"); returns the nouns, which name their entities.
   */
  static Set<String> ideologies(Map<String, Form> forms, EntityResolver.UnionFind sets) {
    Set<String> nouns = new TreeSet<>();
    for (Map.Entry<String, Form> entry : forms.entrySet()) {
      String form = entry.getKey();
      if (!entry.getValue().majorityType().equals("IDEOLOGY")) {
        continue;
      }
      String stem = form.endsWith("ists") ? form.substring(0, form.length() - 4)
          : form.endsWith("ist") ? form.substring(0, form.length() - 3) : null;
      Form noun = stem == null || stem.isEmpty() ? null : forms.get(stem + "ism");
      if (noun != null && noun.majorityType().equals("IDEOLOGY")) {
        sets.union(form, stem + "ism");
        nouns.add(stem + "ism");
      }
    }
    return nouns;
  }

  /** Forms of one type group linked to one page are one entity; persons are never joined by a link. */
  static void links(Map<String, Form> forms, Map<String, String> pages,
                    EntityResolver.UnionFind sets) {
    Map<String, String> firstWithPage = new TreeMap<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(pages).entrySet()) {
      String type = forms.get(entry.getKey()).majorityType();
      if (type.equals("PERSON")) {
        continue;
      }
      String key = entry.getValue() + "\u0000" + typeGroup(type);
      String first = firstWithPage.putIfAbsent(key, entry.getKey());
      if (first != null) {
        sets.union(first, entry.getKey());
      }
    }
  }

  /** Places are one group whatever CoreNLP's finer class: USSR (LOCATION) and Soviet Union (COUNTRY) may meet. */
  static String typeGroup(String type) {
    return switch (type) {
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "PLACE";
      default -> type;
    };
  }

  /** The entity's page: its name's, else the one most of its linked mentions have; "" for none. */
  static String page(String canonicalForm, List<String> set, Map<String, Form> forms,
                     Map<String, String> pages) {
    if (pages.containsKey(canonicalForm)) {
      return pages.get(canonicalForm);
    }
    Map<String, Integer> votes = new TreeMap<>();
    for (String form : set) {
      if (pages.containsKey(form)) {
        votes.merge(pages.get(form), forms.get(form).count, Integer::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }
}
