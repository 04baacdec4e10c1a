package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One name NER tagged in pieces, joined again: "Soviet" MISC + "Union" CITY, and an organisation named after the
 * place or body it belongs to ("the Communist Party" + "of the" + "Soviet Union", "the Bank" + "of" + "England").
 */
final class SplitNames {

  /** Small words a long name keeps between its capitalised words, and that its acronym leaves out. */
  static final Set<String> NAME_FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in");

  private SplitNames() {}

  static List<RawMention> join(AnnotatedText doc, Sentence sentence, List<RawMention> mentions) {
    return organisationsOfPlaces(doc, sentence, adjacentNames(doc, sentence, mentions));
  }

  /** Capitalised mentions with nothing but a space between them are one mention; a title never joins a name. */
  private static List<RawMention> adjacentNames(AnnotatedText doc, Sentence sentence, List<RawMention> mentions) {
    List<RawMention> joined = new ArrayList<>();
    for (RawMention next : mentions) {
      RawMention last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && canJoin(doc, last, next)) {
        joined.set(joined.size() - 1, spanning(doc, sentence, last, next, joinedType(last.nerType(), next.nerType())));
      } else {
        joined.add(next);
      }
    }
    return joined;
  }

  /**
   * "the Communist Party of the Soviet Union": an organisation's mention, "of" (and "the"), then a place or another
   * body is the name of one organisation, which NER often ends before "of".
   */
  private static List<RawMention> organisationsOfPlaces(AnnotatedText doc, Sentence sentence,
                                                         List<RawMention> mentions) {
    List<RawMention> joined = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (RawMention next : mentions) {
      RawMention last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && last.nerType().equals("ORGANIZATION")
          && (StatedAliases.isPlace(next.nerType()) || next.nerType().equals("ORGANIZATION"))
          && ofBetween(tokens, last.mention().tokenEnd(), next.mention().tokenBegin())
          && Character.isUpperCase(next.mention().text().codePointAt(0))) {
        joined.set(joined.size() - 1, spanning(doc, sentence, last, next, "ORGANIZATION"));
      } else {
        joined.add(next);
      }
    }
    return joined;
  }

  private static boolean ofBetween(List<Token> tokens, int from, int to) {
    return to - from == 1 && tokens.get(from).text().equals("of")
        || to - from == 2 && tokens.get(from).text().equals("of") && tokens.get(from + 1).text().equals("the");
  }

  private static RawMention spanning(AnnotatedText doc, Sentence sentence, RawMention first, RawMention last,
                                     String type) {
    List<Token> tokens = sentence.tokens();
    int begin = first.mention().tokenBegin();
    int end = last.mention().tokenEnd();
    String surface = doc.slice(tokens.get(begin).charBegin(), tokens.get(end - 1).charEnd());
    Mention m = new Mention(doc.name(), sentence.index(), sentence.sectionIndex(), sentence.section(),
        sentence.paragraph(), tokens.get(begin).charBegin(), tokens.get(end - 1).charEnd(), surface,
        first.nerType(), surface, begin, end);
    return new RawMention(m, Names.key(surface), type);
  }

  private static boolean canJoin(AnnotatedText doc, RawMention left, RawMention right) {
    Mention a = left.mention();
    Mention b = right.mention();
    return b.tokenBegin() == a.tokenEnd() && doc.slice(a.charEnd(), b.charBegin()).equals(" ")
        && !left.nerType().equals("TITLE") && !right.nerType().equals("TITLE")
        && !left.nerType().equals("PERSON") && !right.nerType().equals("PERSON")
        && Character.isUpperCase(a.text().codePointAt(0)) && Character.isUpperCase(b.text().codePointAt(0));
  }

  /** A place if either part is one (the broadest kind named), else the type of the head, the last part. */
  private static String joinedType(String first, String last) {
    if (first.equals("COUNTRY") || last.equals("COUNTRY")) {
      return "COUNTRY";
    }
    if (StatedAliases.isPlace(first) || StatedAliases.isPlace(last)) {
      return "LOCATION";
    }
    return last;
  }
}
