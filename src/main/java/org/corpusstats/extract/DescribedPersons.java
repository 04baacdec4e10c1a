package org.corpusstats.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.corpusstats.extract.QuoteAttribution.Span;
import org.corpusstats.extract.SpeakerResolver.Found;

/**
 * Persons the text describes where they speak, without naming them: "said the stranger", "pursued the lawyer",
 * "added the sea-cook". Each such description is a speaker of its own while quotes are attributed, so that turn-taking
 * and pronouns ("he said") follow it as they follow a name, and nobody else is guessed in its place. At the end a
 * described speaker who names himself in a quotation ("My name is Jaggers") takes that name, with the descriptions he
 * gives himself ("I am a lawyer" → "the lawyer"); one the text never names leaves the speaker cell empty.
 *
 * <p>A noun stands for a person when CoreNLP's coreference lists it as animate (Ji and Lin 2009's web n-gram lists,
 * shipped in its models jar) and not as inanimate ("the crowd", "the committee" are not one person).
 */
final class DescribedPersons {

  /** Begins the speaker key of a described person, which is never a name. */
  static final char MARK = '\u0001';
  private static final Set<String> ANIMATE = load("edu/stanford/nlp/models/dcoref/animate.unigrams.txt");
  private static final Set<String> INANIMATE = load("edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  private static final int NEAR_SENTENCES = 3;
  /** Paragraphs between two descriptions' speeches that still make one scene. */
  private static final int SCENE_GAP = 8;
  private static final Pattern NAMES_ITSELF = Pattern.compile(
      "(?is).*(?:\\bmy name(?:'s|\\s+is)|\\bI\\s+am|\\bI'm)\\s+$");
  private static final Pattern NAME_FOLLOWS = Pattern.compile("(?is).*\\bmy name\\W*$");
  private static final Pattern DESCRIBES_ITSELF = Pattern.compile("(?i)\\bI\\s+am\\s+(?:a|an|the)\\s+([a-z]+)\\b");

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;

  DescribedPersons(AnnotatedText doc, SpeakerResolver resolver) {
    this.doc = doc;
    this.resolver = resolver;
  }

  static boolean isDescribed(String speaker) {
    return !speaker.isEmpty() && speaker.charAt(0) == MARK;
  }

  /** "the stranger" for a described speaker's key, for evidence. */
  static String description(String speaker) {
    return "the " + speaker.substring(1);
  }

  /** A man, a woman or unknown, from the noun ("gentleman", "lady"; gender.txt). */
  static Gender gender(String speaker) {
    return Gender.ofPronoun(speaker.substring(1));
  }

  /** "the stranger": a singular noun for a person with "the", "this" or "that" before it (through its modifiers). */
  Found describe(int sentence, int tokenIndex, String evidence, Sieve sieve) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    Token token = tokens.get(tokenIndex);
    if (!isPersonNoun(token) || !definite(tokens, tokenIndex)) {
      return null;
    }
    String key = MARK + token.lemma().toLowerCase(Locale.ROOT);
    return new Found(key, "PERSON", evidence + " (" + description(key) + ", not named there)", sieve);
  }

  /**
   * The person described as the subject of a clause in the sentences just before the offset, when described later
   * than the latest named subject at {@code namedAt} (-1 for none): "The stranger looked at him. … “…,” said he."
   */
  Optional<String> lastSubject(int offset, Gender gender, int namedAt) {
    int last = doc.sentenceAt(offset);
    for (int s = last; s >= Math.max(0, last - NEAR_SENTENCES); s--) {
      SemanticGraph graph = resolver.graph(s);
      List<Token> tokens = doc.sentence(s).tokens();
      if (graph == null) {
        continue;
      }
      String latest = null;
      for (SemanticGraphEdge edge : graph.edgeListSorted()) {
        IndexedWord subject = edge.getDependent();
        Token token = tokens.get(subject.index() - 1);
        if (edge.getRelation().getShortName().startsWith("nsubj") && token.charBegin() < offset
            && token.charBegin() > namedAt && !doc.insideQuote(token.charBegin()) && isPersonNoun(token)
            && definite(tokens, subject.index() - 1)) {
          String key = MARK + token.lemma().toLowerCase(Locale.ROOT);
          if (gender(key).agrees(gender)) {
            latest = key;
          }
        }
      }
      if (latest != null) {
        return Optional.of(latest);
      }
    }
    return Optional.empty();
  }

  /**
   * Once every quote has a speaker: each described speaker who names himself in one of his quotes takes the name,
   * and the descriptions he gives himself ("I am a lawyer") the same; the others are left without a name.
   */
  void name(List<Span> quotes, List<Found> found) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> sameAs = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      Found f = found.get(i);
      if (f == null || !isDescribed(f.speaker())) {
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
      java.util.regex.Matcher self = DESCRIBES_ITSELF.matcher(doc.slice(quote.begin(), quote.end()));
      while (self.find()) {
        String noun = self.group(1).toLowerCase(Locale.ROOT);
        if (ANIMATE.contains(noun) && !INANIMATE.contains(noun)) {
          sameAs.putIfAbsent(MARK + noun, f.speaker());
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
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f == null || !isDescribed(f.speaker())) {
        continue;
      }
      same.add(f.speaker());
      String name = names.containsKey(f.speaker()) ? names.get(f.speaker()) : groupNames.get(same.find(f.speaker()));
      String evidence = readable(f.evidence());
      found.set(i, name == null ? Found.nobody(evidence, f.sieve())
          : new Found(name, "PERSON", evidence + " (" + description(f.speaker()) + " = " + name
              + ", who gives his name in a quotation)", f.sieve()));
    }
  }

  /**
   * "the stranger" … "the gentleman": descriptions CoreNLP's coreference puts in one chain are one person; each
   * so are their keys.
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
          if (head < 0 || head >= tokens.size() || !isPersonNoun(tokens.get(head)) || !definite(tokens, head)) {
            continue;
          }
          String key = MARK + tokens.get(head).lemma().toLowerCase(Locale.ROOT);
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
      if (f == null || !isDescribed(f.speaker())) {
        continue;
      }
      int paragraph = doc.paragraphOf(quotes.get(i).begin());
      range.computeIfAbsent(f.speaker(), k -> new int[] {paragraph, paragraph})[1] = paragraph;
      Found before = i > 0 ? found.get(i - 1) : null;
      if (before != null && isDescribed(before.speaker()) && !before.speaker().equals(f.speaker())
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

  /** Evidence that names a described speaker by its key, with the description in its place. */
  static String readable(String evidence) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < evidence.length(); i++) {
      char c = evidence.charAt(i);
      if (c == MARK) {
        out.append("the ");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isPersonNoun(Token token) {
    String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    return token.pos().equals("NN") && ANIMATE.contains(lemma) && !INANIMATE.contains(lemma);
  }

  /** "the stranger", "the old mahogany-faced seaman", "that gentleman": a definite article through the modifiers. */
  private static boolean definite(List<Token> tokens, int head) {
    int i = head - 1;
    while (i >= 0 && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().startsWith("NN")
        || tokens.get(i).text().equals("-") || tokens.get(i).pos().equals("VBN") || tokens.get(i).pos().equals("VBG"))) {
      i--;
    }
    return i >= 0 && DEFINITE.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String resource) {
    try (InputStream in = DescribedPersons.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Set.of();
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        words.add(line.strip().toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
