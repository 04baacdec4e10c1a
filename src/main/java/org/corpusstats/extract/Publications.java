package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names NER takes for persons that the text shows are newspapers, journals or firms: listed after a publication noun
 * ("the papers Novaya Rus, Zhivoye Slovo and Soldat"), in apposition to one ("Plekhanov's paper, Yedinstvo"), or
 * explained by one in brackets ("Birjevya Viedomosti (Exchange Gazette)"), or said to have members ("members of
 * Vaad Hamoshavot"). One sense per discourse: every mention of
 * such a name in the document becomes an organisation, and so does a name joined to one by "and" or "or" ("Novaya
 * Rus and Robotchi Put"): English coordinates things of one kind.
 */
final class Publications {

  private static final Set<String> NOUNS = union(WordList.load("publication-nouns.txt"),
      WordList.load("organisation-nouns.txt"));
  private static final int LIST_REACH = 14;

  private Publications() {}

  static List<RawMention> retyped(AnnotatedText doc, List<RawMention> mentions) {
    Set<String> publications = new HashSet<>();
    for (RawMention m : mentions) {
      if (listedAfterANoun(doc, m) || explainedInBrackets(doc, m) || hasMembers(doc, m)) {
        publications.add(m.key().toLowerCase(Locale.ROOT));
      }
    }
    if (publications.isEmpty()) {
      return mentions;
    }
    for (int i = 0; i + 1 < mentions.size(); i++) {
      RawMention a = mentions.get(i);
      RawMention b = mentions.get(i + 1);
      if ((a.nerType().equals("PERSON") || b.nerType().equals("PERSON")) && coordinated(doc, a, b)) {
        String x = a.key().toLowerCase(Locale.ROOT);
        String y = b.key().toLowerCase(Locale.ROOT);
        if (publications.contains(x) || publications.contains(y)) {
          publications.add(x);
          publications.add(y);
        }
      }
    }
    List<RawMention> retyped = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      retyped.add(m.nerType().equals("PERSON") && publications.contains(m.key().toLowerCase(Locale.ROOT))
          ? new RawMention(m.mention(), m.key(), "ORGANIZATION") : m);
    }
    return retyped;
  }

  /** Back from the name over a list of names ("X, Y and"), a comma, a possessive: a publication noun. */
  private static boolean listedAfterANoun(AnnotatedText doc, RawMention m) {
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    for (int i = m.mention().tokenBegin() - 1; i >= 0 && i >= m.mention().tokenBegin() - LIST_REACH; i--) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("NN") && NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      boolean partOfAList = t.pos().startsWith("NNP") || t.text().equals(",") || t.text().equalsIgnoreCase("and");
      if (!partOfAList) {
        return false;
      }
    }
    return false;
  }

  /**
   * "all 24 members of Vaad Hamoshavot", "a member of the Hagana": a body has members, a person has none; but
   * "members of Chamberlain's cabinet" are of what the person has.
   */
  private static boolean hasMembers(AnnotatedText doc, RawMention m) {
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    int end = m.mention().tokenEnd();
    if (end < tokens.size() && tokens.get(end).pos().equals("POS")) {
      return false;
    }
    int i = m.mention().tokenBegin() - 1;
    if (i >= 0 && tokens.get(i).text().equalsIgnoreCase("the")) {
      i--;
    }
    return i >= 1 && tokens.get(i).text().equals("of")
        && tokens.get(i - 1).lemma().equalsIgnoreCase("member");
  }

  /** "Birjevya Viedomosti (Exchange Gazette)": a bracket right after the name that ends in a publication noun. */
  private static boolean explainedInBrackets(AnnotatedText doc, RawMention m) {
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    int i = m.mention().tokenEnd();
    if (i >= tokens.size() || !tokens.get(i).text().matches("-LRB-|\\(")) {
      return false;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + 5; j++) {
      if (tokens.get(j).text().matches("-RRB-|\\)")) {
        return NOUNS.contains(tokens.get(j - 1).lemma().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** "Novaya Rus and Robotchi Put": two names of one sentence with only "and" or "or" between them. */
  private static boolean coordinated(AnnotatedText doc, RawMention a, RawMention b) {
    return a.mention().sentence() == b.mention().sentence() && a.mention().charEnd() <= b.mention().charBegin()
        && doc.slice(a.mention().charEnd(), b.mention().charBegin()).matches("\\s+(?:and|or)\\s+");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
