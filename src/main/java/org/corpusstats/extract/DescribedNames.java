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
    SceneJoins scenes = new SceneJoins(doc);
    scenes.sameInOneScene(quotes, found, same);
    sameAs.forEach((noun, speaker) -> join(same, noun, speaker));
    Map<String, String> groupNames = new HashMap<>();
    names.forEach((speaker, name) -> {
      same.add(speaker);
      groupNames.putIfAbsent(same.find(speaker), name);
    });
    Set<String> selfNamed = new HashSet<>(groupNames.keySet());
    Set<String> describedSpeakers = found.stream().filter(f -> f != null && DescribedPersons.isDescribed(f.speaker()))
        .map(Found::speaker).collect(java.util.stream.Collectors.toSet());
    Set<String> namedBefore = new HashSet<>();
    new DescriptionAntecedents(doc, resolver).named(describedSpeakers).forEach((description, name) -> {
      String root = group(same, description);
      if (groupNames.putIfAbsent(root, name) == null) {
        namedBefore.add(root);
      }
    });
    scenes.sameAsANamedSpeaker(quotes, found, same).forEach(groupNames::putIfAbsent);
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

  static void join(EntityResolver.UnionFind same, String a, String b) {
    same.add(a);
    same.add(b);
    same.union(a, b);
  }

  static String group(EntityResolver.UnionFind same, String key) {
    same.add(key);
    return same.find(key);
  }

  /** Evidence that names a described speaker by its key, with the description in its place. */
  static String readable(String evidence) {
    return evidence.replace(String.valueOf(DescribedPersons.MARK), "the ");
  }

}
