package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names apart from concepts. CoreNLP's fine-grained classes TITLE, CAUSE_OF_DEATH, CRIMINAL_CHARGE and RELIGION
 * fire on common nouns ("leader", "war", "coercion"): those are concepts, for concepts.csv, not entities. A
 * capitalised cause of death or charge names an event ("the Civil War", "the Great Purge") and stays an entity of
 * type EVENT; a capitalised religion ("Islam", "Jewish") stays a RELIGION. A lower-case adjective given one of
 * these noun classes ("independent" as a RELIGION) is plainly not of that class and is dropped.
 */
final class Concepts {

  /** The classes that fire on common nouns. */
  static final Set<String> CONCEPT_TYPES = Set.of("TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE", "RELIGION");
  static final String EVENT = "EVENT";

  enum Kind { ENTITY, CONCEPT, DROPPED }

  private Concepts() {}

  /** What a mention of one of these classes is; any other class is an entity. */
  static Kind kind(RawMention mention, List<Token> tokens) {
    String type = mention.nerType();
    if (!CONCEPT_TYPES.contains(type)) {
      return Kind.ENTITY;
    }
    boolean capitalised = isCapitalised(mention, tokens);
    boolean adjective = tokens.stream().noneMatch(t -> t.pos().startsWith("NN"))
        && tokens.stream().anyMatch(t -> t.pos().startsWith("JJ"));
    if (type.equals("TITLE")) {
      return adjective ? Kind.DROPPED : Kind.CONCEPT;
    }
    if (capitalised) {
      return Kind.ENTITY;
    }
    return adjective ? Kind.DROPPED : Kind.CONCEPT;
  }

  /** The type an entity of these classes keeps: a named cause of death or charge is an event. */
  static String entityType(String type) {
    return type.equals("CAUSE_OF_DEATH") || type.equals("CRIMINAL_CHARGE") ? EVENT : type;
  }

  /**
   * Capitalised as a name is: every word that has letters begins with a capital, and the first word is not
   * capitalised only because it begins the sentence ("War broke out" is the common noun).
   */
  private static boolean isCapitalised(RawMention mention, List<Token> tokens) {
    boolean anyWord = false;
    for (Token token : tokens) {
      String text = token.text();
      if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(text.charAt(0)) && !isFunctionWord(text)) {
        return false;
      }
      anyWord = true;
    }
    boolean sentenceStart = mention.mention().tokenBegin() == 0;
    return anyWord && (!sentenceStart || tokens.size() > 1 || tokens.get(0).isProperNoun());
  }

  private static boolean isFunctionWord(String word) {
    return word.equals("of") || word.equals("the") || word.equals("and");
  }

  static ConceptMention concept(RawMention mention, List<Token> tokens) {
    StringBuilder concept = new StringBuilder();
    for (Token token : tokens) {
      String lemma = token.lemma() == null || token.lemma().isBlank() ? token.text() : token.lemma();
      concept.append(concept.length() == 0 ? "" : " ").append(lemma.toLowerCase(Locale.ROOT));
    }
    Mention m = mention.mention();
    return new ConceptMention(m.document(), m.sentence(), concept.toString(), mention.nerType(), m.text());
  }

  /** concepts.csv: one row per concept and class, most mentioned first, then by concept. */
  static List<Concept> table(List<ConceptMention> mentions) {
    Map<String, Map<String, Integer>> forms = new TreeMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (ConceptMention m : mentions) {
      String key = m.concept() + "\u0000" + m.type();
      forms.computeIfAbsent(key, k -> new TreeMap<>()).merge(m.text(), 1, Integer::sum);
      counts.merge(key, 1, Integer::sum);
    }
    List<Concept> concepts = new ArrayList<>();
    forms.forEach((key, written) -> {
      String[] conceptAndType = key.split("\u0000", 2);
      List<String> byFrequency = new ArrayList<>(written.keySet());
      byFrequency.sort(Comparator.comparingInt((String f) -> -written.get(f)).thenComparing(f -> f));
      concepts.add(new Concept(conceptAndType[0], conceptAndType[1], counts.get(key), byFrequency));
    });
    concepts.sort(Comparator.comparingInt(Concept::mentions).reversed().thenComparing(Concept::concept)
        .thenComparing(Concept::type));
    return concepts;
  }
}
