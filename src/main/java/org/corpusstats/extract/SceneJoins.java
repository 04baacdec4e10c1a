package org.corpusstats.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corpusstats.extract.QuoteAttribution.Span;
import org.corpusstats.extract.SpeakerResolver.Found;

/**
 * What the stretch of text in which described persons speak tells about who they are, for {@link DescribedNames}:
 * two descriptions of one person in one scene, and a description that stands for a named speaker.
 */
final class SceneJoins {

  /** Paragraphs between two descriptions' speeches that still make one scene. */
  private static final int SCENE_GAP = 8;

  private final AnnotatedText doc;

  SceneJoins(AnnotatedText doc) {
    this.doc = doc;
  }

  /**
   * "said the stranger" … "pursued the gentleman": two descriptions that speak in the same stretch of the text (at
   * most {@link #SCENE_GAP} paragraphs apart) and never answer each other are one person described two ways (two persons in one scene talk to each other, or the
   * text tells them apart by name).
   */
  void sameInOneScene(List<Span> quotes, List<Found> found, EntityResolver.UnionFind same) {
    Map<String, int[]> range = new java.util.LinkedHashMap<>();
    Set<String> answering = new HashSet<>();
    for (int i = 0; i < quotes.size(); i++) {
      Found f = found.get(i);
      if (f == null || !DescribedPersons.isDescribed(f.speaker())) {
        continue;
      }
      int paragraph = doc.paragraphOf(quotes.get(i).begin());
      range.computeIfAbsent(f.speaker(), k -> new int[] {paragraph, paragraph})[1] = paragraph;
      Found before = i > 0 ? found.get(i - 1) : null;
      if (before != null && DescribedPersons.isDescribed(before.speaker()) && !before.speaker().equals(f.speaker())
          && doc.paragraphOf(quotes.get(i - 1).begin()) >= paragraph - 1) {
        answering.add(before.speaker() + f.speaker());
        answering.add(f.speaker() + before.speaker());
      }
    }
    List<String> keys = List.copyOf(range.keySet());
    for (int a = 0; a < keys.size(); a++) {
      for (int b = a + 1; b < keys.size(); b++) {
        int[] x = range.get(keys.get(a));
        int[] y = range.get(keys.get(b));
        boolean overlap = x[0] <= y[1] + SCENE_GAP && y[0] <= x[1] + SCENE_GAP;
        if (overlap && !answering.contains(keys.get(a) + keys.get(b))) {
          DescribedNames.join(same, keys.get(a), keys.get(b));
        }
      }
    }
  }

  /**
   * "“…,” cried Silver. … “Thanky, George,” replied the sea-cook": a described person who takes turns with the same
   * people as one named speaker, in the same stretch of text, and never with that speaker, is that speaker described
   * (a dialogue alternates its speakers; two people talking to the same crowd do not both go unanswered by each
   * other). Only when exactly one named speaker fits, and the two share at least two answering turns.
   */
  Map<String, String> sameAsANamedSpeaker(List<Span> quotes, List<Found> found, EntityResolver.UnionFind same) {
    Map<String, Map<String, Integer>> partners = new HashMap<>();
    Map<String, int[]> range = new HashMap<>();
    String last = null;
    int lastParagraph = -2;
    for (int i = 0; i < quotes.size(); i++) {
      Found f = found.get(i);
      int paragraph = doc.paragraphOf(quotes.get(i).begin());
      String speaker = f == null || f.speaker().isEmpty() || !f.type().equals("PERSON") ? null
          : DescribedPersons.isDescribed(f.speaker()) ? DescribedNames.group(same, f.speaker()) : f.speaker();
      if (speaker == null || paragraph == lastParagraph) {
        last = speaker == null ? null : last;
        continue;
      }
      range.computeIfAbsent(speaker, k -> new int[] {paragraph, paragraph})[1] = paragraph;
      if (last != null && !last.equals(speaker) && paragraph <= lastParagraph + 2) {
        partners.computeIfAbsent(speaker, k -> new HashMap<>()).merge(last, 1, Integer::sum);
        partners.computeIfAbsent(last, k -> new HashMap<>()).merge(speaker, 1, Integer::sum);
      }
      last = speaker;
      lastParagraph = paragraph;
    }
    Map<String, String> named = new HashMap<>();
    for (String described : range.keySet()) {
      if (!DescribedPersons.isDescribed(described)) {
        continue;
      }
      Map<String, Integer> theirs = partners.getOrDefault(described, Map.of());
      List<String> fits = range.keySet().stream()
          .filter(n -> !DescribedPersons.isDescribed(n) && !theirs.containsKey(n)
              && range.get(n)[0] <= range.get(described)[1] + SCENE_GAP
              && range.get(described)[0] <= range.get(n)[1] + SCENE_GAP
              && shared(theirs, partners.getOrDefault(n, Map.of())) >= 2)
          .toList();
      if (fits.size() == 1) {
        named.put(described, fits.get(0));
      }
    }
    return named;
  }

  /** How many answering turns two speakers share with the same other people. */
  private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
    int turns = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      if (b.containsKey(e.getKey())) {
        turns += Math.min(e.getValue(), b.get(e.getKey()));
      }
    }
    return turns;
  }
}
