package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** All mentions of one form, whatever their case. */
final class Form {
  final Map<String, Integer> surfaces = new TreeMap<>();
  final Map<String, Integer> types = new TreeMap<>();
  final Set<String> documents = new TreeSet<>();
  /** Per document, each mention's [paragraph, character offset, sentence] ({@link PersonJoins#PARAGRAPH}). */
  final Map<String, List<int[]>> positions = new TreeMap<>();
  int count;

  void add(RawMention raw) {
    positions.computeIfAbsent(raw.mention().document(), d -> new ArrayList<>())
        .add(new int[] {raw.mention().paragraph(), raw.mention().charBegin(), raw.mention().sentence()});
    surfaces.merge(raw.key(), 1, Integer::sum);
    types.merge(raw.nerType(), 1, Integer::sum);
    documents.add(raw.mention().document());
    count++;
  }

  void absorb(Form other) {
    other.surfaces.forEach((k, v) -> surfaces.merge(k, v, Integer::sum));
    other.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
    documents.addAll(other.documents);
    count += other.count;
  }

  String majorityType() {
    return types.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("MISC");
  }

  /** The way the corpus writes this form most often. */
  String display(String fallback) {
    return surfaces.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(fallback);
  }
}
