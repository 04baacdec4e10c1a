package org.corpusstats.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.corpusstats.extract.QuoteAttribution.Span;
import org.corpusstats.extract.SpeakerResolver.Found;

/**
 * The names of the persons {@link DescribedPersons} found speaking, once every quote has a speaker: one who names
 * himself ("My name is Jaggers"), and the descriptions that are the same person as him.
 */
final class DescribedNames {

  /** Paragraphs between two descriptions' speeches that still make one scene. */
  private static final int SCENE_GAP = 8;
  private static final Pattern NAMES_ITSELF = Pattern.compile(
      "(?is).*(?:\\bmy name(?:'s|\\s+is)|\\bI\\s+am|\\bI'm"
          // "You may call me Ned", "address me as the Count Brask"
          + "|\\b(?:call\\s+me|address\\s+me\\s+as)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}.]*)?)\\s+$");
  private static final Pattern NAME_FOLLOWS = Pattern.compile("(?is).*\\bmy name\\W*$");
  /** A question that asks the one spoken to for a name ("What name am I to ask for?", "Who are you?"). */
  private static final Pattern ASKS_A_NAME = Pattern.compile(
      "(?is).*(?:\\bname\\b|\\bwho\\s+are\\s+you\\b)[^?]*\\?\\W*$");
  /** An answer that is a name alone: one to three capitalised words ("Monks!", "John Clay."). */
  private static final Pattern A_NAME_ALONE = Pattern.compile(
      "^\\W*((?:\\p{Lu}[\\p{L}'-]+)(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})[.!]?\\W*$");
  private static final Pattern DESCRIBES_ITSELF = Pattern.compile("(?i)\\bI\\s+am\\s+(?:a|an|the)\\s+([a-z]+)\\b");

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;

  DescribedNames(AnnotatedText doc, SpeakerResolver resolver) {
    this.doc = doc;
    this.resolver = resolver;
  }

  /**
   * "‘What name am I to ask for?’ ¶ ‘Monks!’ rejoined the man": a name alone, said in answer to a question that asks
   * for one by someone else, is the answerer's own name; null otherwise.
   */
  private String nameGivenAsAnAnswer(List<Span> quotes, List<Found> found, int i) {
    if (i == 0 || found.get(i - 1) != null && found.get(i - 1).speaker().equals(found.get(i).speaker())) {
      return null;
    }
    String question = doc.slice(quotes.get(i - 1).begin(), quotes.get(i - 1).end());
    java.util.regex.Matcher name = A_NAME_ALONE.matcher(doc.slice(quotes.get(i).begin(), quotes.get(i).end()));
    return ASKS_A_NAME.matcher(question).matches() && name.matches() ? name.group(1) : null;
  }

  /**
   * Once every quote has a speaker: each described speaker who names himself in one of his quotes takes the name,
   * and so do the descriptions that are the same person (those he gives himself, "I am a lawyer", and those that
   * coreference or one scene joins); a description that takes a named speaker's turns is that speaker; the others are
   * left without a name.
   */
  void name(List<Span> quotes, List<Found> found) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> sameAs = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      Found f = found.get(i);
      if (f == null || !DescribedPersons.isDescribed(f.speaker())) {
        continue;
      }
      Span quote = quotes.get(i);
      boolean nameFollows = i > 0 && found.get(i - 1) != null && found.get(i - 1).speaker().equals(f.speaker())
          && NAME_FOLLOWS.matcher(doc.slice(quotes.get(i - 1).begin(), quotes.get(i - 1).end())
              .replaceAll("[\\p{Pf}\\p{Pi}\"',.;:\\s]+$", "")).matches();
      for (RawMention m : resolver.mentionsBetween(quote.begin(), quote.end())) {
        String before = doc.slice(quote.begin(), m.mention().charBegin()).replaceFirst("^[\\p{Pi}\"']", "");
        boolean introduces = NAMES_ITSELF.matcher(before).matches() || nameFollows && before.matches("(?i)\\s*is\\s+");
        if (m.nerType().equals("PERSON") && m.mention().charEnd() <= quote.end() && introduces) {
          names.putIfAbsent(f.speaker(), m.key());
        }
      }
      String answer = nameGivenAsAnAnswer(quotes, found, i);
      if (answer != null) {
        names.putIfAbsent(f.speaker(), answer);
      }
      java.util.regex.Matcher self = DESCRIBES_ITSELF.matcher(doc.slice(quote.begin(), quote.end()));
      while (self.find()) {
        String noun = self.group(1).toLowerCase(Locale.ROOT);
        if (DescribedPersons.isPersonNoun(noun)) {
          sameAs.putIfAbsent(DescribedPersons.MARK + noun, f.speaker());
        }
      }
    }
    EntityResolver.UnionFind same = new EntityResolver.UnionFind(new HashSet<>());
    sameByCoreference(same);
    sameInOneScene(quotes, found, same);
    sameAs.forEach((noun, speaker) -> join(same, noun, speaker));
    Map<String, String> groupNames = new HashMap<>();
    names.forEach((speaker, name) -> {
      same.add(speaker);
      groupNames.putIfAbsent(same.find(speaker), name);
    });
    Set<String> selfNamed = new HashSet<>(groupNames.keySet());
    Set<String> describedSpeakers = new HashSet<>();
    found.stream().filter(f -> f != null && DescribedPersons.isDescribed(f.speaker()))
        .forEach(f -> describedSpeakers.add(f.speaker()));
    Set<String> namedBefore = new HashSet<>();
    new DescriptionAntecedents(doc, resolver).named(describedSpeakers).forEach((description, name) -> {
      if (groupNames.putIfAbsent(group(same, description), name) == null) {
        namedBefore.add(same.find(description));
      }
    });
    sameAsANamedSpeaker(quotes, found, same).forEach(groupNames::putIfAbsent);
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f == null || !DescribedPersons.isDescribed(f.speaker())) {
        continue;
      }
      same.add(f.speaker());
      String root = same.find(f.speaker());
      String name = names.containsKey(f.speaker()) ? names.get(f.speaker()) : groupNames.get(root);
      String how = names.containsKey(f.speaker()) || selfNamed.contains(root) ? ", who gives his name in a quotation"
          : namedBefore.contains(root) ? ", the one the text named just before describing"
          : ", who takes the same turns with the same people";
      String evidence = readable(f.evidence());
      found.set(i, name == null ? Found.nobody(evidence, f.sieve())
          : new Found(name, "PERSON", evidence + " (" + DescribedPersons.description(f.speaker()) + " = " + name
              + how + ")", f.sieve()));
    }
  }

  /**
   * "the stranger" … "the gentleman": descriptions CoreNLP's coreference puts in one chain are one person.
   */
  private void sameByCoreference(EntityResolver.UnionFind same) {
    for (CorefChains.ChunkChains chunk : doc.corefChains().byChunk()) {
      for (edu.stanford.nlp.coref.data.CorefChain chain : chunk.chains().values()) {
        String first = null;
        for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
          int sentence = m.sentNum - 1 + chunk.sentenceOffset();
          if (sentence < 0 || sentence >= doc.sentences.size()) {
            continue;
          }
          List<Token> tokens = doc.sentence(sentence).tokens();
          int head = m.headIndex - 1;
          if (head < 0 || head >= tokens.size() || !DescribedPersons.isPersonNoun(tokens.get(head)) || !DescribedPersons.definite(tokens, head)) {
            continue;
          }
          String key = DescribedPersons.MARK + tokens.get(head).lemma().toLowerCase(Locale.ROOT);
          if (first == null) {
            first = key;
          }
          join(same, first, key);
        }
      }
    }
  }

  private static void join(EntityResolver.UnionFind same, String a, String b) {
    same.add(a);
    same.add(b);
    same.union(a, b);
  }

  /**
   * "said the stranger" … "pursued the gentleman": two descriptions that speak in the same stretch of the text (at
   * most {@link #SCENE_GAP} paragraphs apart) and never answer each other are one person described two ways (two persons in one scene talk to each other, or the
   * text tells them apart by name).
   */
  private void sameInOneScene(List<Span> quotes, List<Found> found, EntityResolver.UnionFind same) {
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
          join(same, keys.get(a), keys.get(b));
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
  private Map<String, String> sameAsANamedSpeaker(List<Span> quotes, List<Found> found, EntityResolver.UnionFind same) {
    Map<String, Map<String, Integer>> partners = new HashMap<>();
    Map<String, int[]> range = new HashMap<>();
    String last = null;
    int lastParagraph = -2;
    for (int i = 0; i < quotes.size(); i++) {
      Found f = found.get(i);
      int paragraph = doc.paragraphOf(quotes.get(i).begin());
      String speaker = f == null || f.speaker().isEmpty() || !f.type().equals("PERSON") ? null
          : DescribedPersons.isDescribed(f.speaker()) ? group(same, f.speaker()) : f.speaker();
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

  private static String group(EntityResolver.UnionFind same, String key) {
    same.add(key);
    return same.find(key);
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

  /** Evidence that names a described speaker by its key, with the description in its place. */
  static String readable(String evidence) {
    return evidence.replace(String.valueOf(DescribedPersons.MARK), "the ");
  }

}
