package org.corpusstats.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import edu.stanford.nlp.coref.data.CorefChain;

/** The grammatical gender a pronoun or a title gives, so that "said he" is never taken for a woman named before. */
enum Gender {
  MALE, FEMALE, NEUTER, UNKNOWN;

  private static final Map<String, Gender> WORDS = load();

  static Gender ofPronoun(String word) {
    return WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), UNKNOWN);
  }

  /** Whether a person of this gender can be what a word of that gender refers to; unknown agrees with all. */
  boolean agrees(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }

  private static Map<String, Gender> load() {
    try (InputStream in = Gender.class.getResourceAsStream("gender.txt")) {
      Map<String, Gender> words = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.replaceFirst("#.*", "").strip().split("\\s+");
        if (cells.length == 2) {
          words.put(cells[0], Gender.valueOf(cells[1].toUpperCase(Locale.ROOT)));
        }
      }
      return Map.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each named person's gender in one document, from the strongest evidence there is: a title written before any of
   * its mentions ("Mr. Collins", "Lady Lucas"); else the pronouns CoreNLP's coreference puts in the same chain, by
   * majority (what the text itself says: "Kerensky … he"); else only the gender coreference's name lists guess for
   * the name, which misread foreign surnames.
   */
  static final class OfPersons {
    private static final int TITLE = 0;
    private static final int PRONOUNS = 1;
    private static final int NAME_LIST = 2;
    private static final int TIERS = 3;
    private final Map<String, Gender> byKey = new HashMap<>();
    /** The gender of part of a name, looked up once: a speech tag is resolved at each quotation. */
    private final Map<String, Gender> ofPart = new HashMap<>();

    OfPersons(AnnotatedText doc, List<RawMention> mentions) {
      Map<String, int[]> votes = new HashMap<>();
      for (RawMention m : mentions) {
        if (!m.nerType().equals("PERSON")) {
          continue;
        }
        List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
        // The title is the mention's first word ("Mrs. Bennet") or the word before it.
        for (int i = Math.max(0, m.mention().tokenBegin() - 1); i <= m.mention().tokenBegin(); i++) {
          vote(votes, m.key(), WORDS.getOrDefault(tokens.get(i).text().toLowerCase(Locale.ROOT)
              .replaceFirst("\\.$", ""), UNKNOWN), TITLE, 1);
        }
      }
      // Coreference gives each mention a gender from its name lists; the chain's pronouns vote too.
      for (CorefChains.ChunkChains chunk : doc.corefChains().byChunk()) {
        for (CorefChain chain : chunk.chains().values()) {
          int male = 0;
          int female = 0;
          java.util.Set<String> names = new java.util.HashSet<>();
          for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
            Gender pronoun = ofPronoun(m.mentionSpan);
            male += pronoun == MALE ? 1 : 0;
            female += pronoun == FEMALE ? 1 : 0;
            int sentence = m.sentNum - 1 + chunk.sentenceOffset();
            if (sentence >= doc.sentences.size()) {
              continue;
            }
            List<Token> tokens = doc.sentence(sentence).tokens();
            int head = m.headIndex - 1;
            if (head >= 0 && head < tokens.size() && tokens.get(head).ner().equals("PERSON")) {
              String named = Names.key(m.mentionSpan)
                  .replaceFirst("^(?i:(?:" + String.join("|", WordList.COURTESY_TITLES) + ")\\.?\\s+)+", "");
              Gender g = m.gender == edu.stanford.nlp.coref.data.Dictionaries.Gender.MALE ? MALE
                  : m.gender == edu.stanford.nlp.coref.data.Dictionaries.Gender.FEMALE ? FEMALE : UNKNOWN;
              vote(votes, named, g, NAME_LIST, 1);
              vote(votes, Names.key(m.mentionSpan), g, NAME_LIST, 1);
              names.add(named);
              names.add(Names.key(m.mentionSpan));
            }
          }
          for (String named : names) {
            vote(votes, named, MALE, PRONOUNS, male);
            vote(votes, named, FEMALE, PRONOUNS, female);
          }
        }
      }
      votes.forEach((key, v) -> byKey.put(key.toLowerCase(Locale.ROOT), decide(v)));
    }

    /** The first tier of evidence (title, pronouns, name lists) whose votes are not tied decides. */
    private static Gender decide(int[] votes) {
      for (int tier = 0; tier < votes.length; tier += 2) {
        if (votes[tier] != votes[tier + 1]) {
          return votes[tier] > votes[tier + 1] ? MALE : FEMALE;
        }
      }
      return UNKNOWN;
    }

    private static void vote(Map<String, int[]> votes, String key, Gender gender, int tier, int weight) {
      if (gender == MALE || gender == FEMALE) {
        votes.computeIfAbsent(key, k -> new int[2 * TIERS])[2 * tier + (gender == MALE ? 0 : 1)] += weight;
      }
    }

    Gender of(RawMention person) {
      return of(person.key());
    }

    /** The gender the document gives this very name (its title, its pronouns, coreference's name lists). */
    Gender ofNameItself(String key) {
      return byKey.getOrDefault(key.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /**
     * The gender of a name, or of the fuller names it is part of when they agree ("Grey" for "Mr. Thomas Grey",
     * "Martha" for "Miss Martha Cole").
     */
    Gender of(String key) {
      String name = key.toLowerCase(Locale.ROOT);
      Gender known = byKey.getOrDefault(name, UNKNOWN);
      if (known != UNKNOWN || name.isBlank()) {
        return known;
      }
      return ofPart.computeIfAbsent(name, part -> {
        java.util.Set<Gender> fuller = new java.util.HashSet<>();
        byKey.forEach((k, g) -> {
          if (g != UNKNOWN && (" " + k + " ").contains(" " + part + " ")) {
            fuller.add(g);
          }
        });
        return fuller.size() == 1 ? fuller.iterator().next() : UNKNOWN;
      });
    }
  }
}
