package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * A person's titles as the text gives them, and the person a title used alone stands for. English attaches a
 * title to a name before it, with no article ("General Secretary Stalin", "Secretary of State Colin Powell"), after
 * it in apposition ("Powell, the Secretary of State,"), or as a predicate ({@link PredicateRoles}: "Trotsky was the
 * leader", "after becoming General Secretary, Stalin"). A definite title later on its own ("the
 * Secretary said") refers to the last person the document named with a title of that head noun; it becomes a
 * mention of that person.
 */
final class Roles {

  record Result(List<RawMention> mentions, List<RoleMention> roles) {}

  private Roles() {}

  /** Where a title stands: its sentence and token span. */
  private record Place(int sentence, int tokenBegin, int tokenEnd) {}

  /**
   * A person named with a title: the person's key, the title's head noun and the words before it ("state" of "State
   * Secretary"), where the name stands.
   */
  private record Holder(String key, String head, String modifiers, int charBegin) {}

  /** @param mentions the document's mentions in text order, TITLE mentions among them */
  static Result find(AnnotatedText doc, List<RawMention> mentions) {
    List<RoleMention> roles = new ArrayList<>();
    Set<RawMention> attached = new HashSet<>();
    List<Holder> holders = new ArrayList<>();
    // where each title a name takes stands: a "person" NER found there is that title ("Grand Duke of …")
    Set<Place> officesNamed = new HashSet<>();
    // The titles of each sentence, so that marking those a name takes costs a sentence, not the document.
    Map<Integer, List<RawMention>> titlesBySentence = new HashMap<>();
    for (RawMention m : mentions) {
      if (m.nerType().equals("TITLE")) {
        titlesBySentence.computeIfAbsent(m.mention().sentence(), k -> new ArrayList<>()).add(m);
      }
    }
    for (RawMention m : mentions) {
      if (m.nerType().equals("PERSON")) {
        List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
        for (int[] span : titleSpans(tokens, m.mention().tokenBegin(), m.mention().tokenEnd())) {
          officesNamed.add(new Place(m.mention().sentence(), span[0], span[1]));
          roles.add(new RoleMention(m.key(), text(doc, tokens, span)));
          holders.add(new Holder(m.key(), head(tokens, span), modifiers(tokens, span), m.mention().charBegin()));
          markAttached(titlesBySentence, m.mention().sentence(), span, attached);
        }
      }
    }
    MentionIndex index = new MentionIndex(mentions);
    for (RawMention m : mentions) {
      if (m.nerType().equals("TITLE") && !attached.contains(m)) {
        List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
        int[] span = {m.mention().tokenBegin(), m.mention().tokenEnd()};
        for (RawMention person : PredicateRoles.holders(doc, m, index)) {
          roles.add(new RoleMention(person.key(), text(doc, tokens, span)));
          holders.add(new Holder(person.key(), head(tokens, span), modifiers(tokens, span),
              person.mention().charBegin()));
          attached.add(m);
        }
      }
    }
    List<RawMention> result = new ArrayList<>();
    for (RawMention m : mentions) {
      List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
      String holder = m.nerType().equals("TITLE") && !attached.contains(m) && isDefinite(tokens, m.mention())
          ? latestHolder(holders, tokens, new int[] {m.mention().tokenBegin(), m.mention().tokenEnd()},
              m.mention().charBegin())
          : null;
      Place place = new Place(m.mention().sentence(), m.mention().tokenBegin(), m.mention().tokenEnd());
      if (m.nerType().equals("PERSON") && officesNamed.contains(place)) {
        result.add(new RawMention(m.mention(), m.key(), "TITLE"));
        continue;
      }
      if (!m.nerType().equals("PERSON") && !m.nerType().equals("TITLE") && officesNamed.stream().anyMatch(o ->
          o.sentence() == place.sentence() && o.tokenBegin() <= place.tokenBegin() && place.tokenEnd() <= o.tokenEnd())) {
        // "the War Secretary": a word of a title that NER took for a name of its own names nothing
        continue;
      }
      result.add(holder == null ? m
          : new RawMention(m.mention().withEntity(holder, "PERSON"), holder, "PERSON"));
    }
    return new Result(result, roles);
  }

  /** The token spans [begin, end) of the titles attached to the name at [begin, end) of a sentence. */
  static List<int[]> titleSpans(List<Token> tokens, int nameBegin, int nameEnd) {
    List<int[]> spans = new ArrayList<>();
    // Before: "General Secretary Stalin", "Secretary of State Colin Powell".
    int end = nameBegin;
    int begin = end;
    while (begin > 0 && (isTitle(tokens.get(begin - 1))
        || begin > 1 && isOf(tokens.get(begin - 1)) && isTitle(tokens.get(begin - 2)) && begin < end)) {
      begin--;
    }
    if (begin < end && isTitle(tokens.get(begin))) {
      spans.add(new int[] {withNounsBefore(tokens, begin), end});
    }
    // Before, in apposition: "the Home Secretary, Sir Samuel Hoare," (a courtesy title aside)
    int name = nameBegin;
    while (name > 0 && WordList.isCourtesyTitle(tokens.get(name - 1).text())) {
      name--;
    }
    if (spans.isEmpty() && name >= 3 && tokens.get(name - 1).text().equals(",") && isTitle(tokens.get(name - 2))) {
      int first = name - 2;
      while (first > 0 && isTitle(tokens.get(first - 1))) {
        first--;
      }
      first = withNounsBefore(tokens, first);
      if (first > 0 && tokens.get(first - 1).text().equalsIgnoreCase("the")) {
        spans.add(new int[] {first, name - 1});
      }
    }
    // After, in apposition: "Powell, the Secretary of State", "Stalin, General Secretary of the party", and the
    // titles coordinated with it ("Hallberg, Grand Duke of Lorrach, and hereditary King of Moravia").
    int i = nameEnd;
    while (i < tokens.size() && tokens.get(i).text().equals(",")) {
      int j = i + 1;
      if (j < tokens.size() && !spans.isEmpty() && i > nameEnd && tokens.get(j).text().equalsIgnoreCase("and")) {
        j++;
      }
      while (j < tokens.size() && j <= i + 3 && isModifier(tokens.get(j)) && !isTitle(tokens.get(j))) {
        j++;
      }
      int k = j;
      while (k < tokens.size() && (isTitle(tokens.get(k))
          || isOf(tokens.get(k)) && k + 1 < tokens.size() && isTitle(tokens.get(k + 1)))) {
        k++;
      }
      if (k > j) {
        spans.add(new int[] {j, k});
        i = endOfPlace(tokens, k);
      } else if (i == nameEnd && isOfficeName(tokens, j)) {
        // "Hallberg, Grand Duke of Lorrach-Tiefen,": an office NER took for a name, then perhaps more titles
        i = endOfPlace(tokens, j);
        spans.add(new int[] {j, i});
      } else {
        break;
      }
    }
    return spans;
  }

  /** After "of" and capitalised words ("of Moravia", "of the Soviet Union"), else at {@code k}. */
  private static int endOfPlace(List<Token> tokens, int k) {
    int end = k;
    while (end < tokens.size() && (Character.isUpperCase(tokens.get(end).text().codePointAt(0))
        || tokens.get(end).text().equals("-") || tokens.get(end).pos().equals("DT") || isOf(tokens.get(end)))) {
      end++;
    }
    return end;
  }

  /** "Grand Duke of Lorrach-Tiefen": capitalised words, "of" and a capitalised name up to a comma. */
  private static boolean isOfficeName(List<Token> tokens, int j) {
    int end = endOfPlace(tokens, j);
    boolean hasOf = false;
    for (int t = j + 1; t < end; t++) {
      hasOf |= isOf(tokens.get(t));
    }
    return hasOf && end < tokens.size() && tokens.get(end).text().equals(",") && end - j <= 6;
  }

  /** "the War Secretary" with only "Secretary" tagged a title: capitalised nouns right before a title are part of it. */
  private static int withNounsBefore(List<Token> tokens, int begin) {
    while (begin > 0 && tokens.get(begin - 1).pos().equals("NNP") && !tokens.get(begin - 1).ner().equals("PERSON")
        && !tokens.get(begin - 1).ner().equals("ORGANIZATION") && !StatedAliases.isPlace(tokens.get(begin - 1).ner())) {
      begin--;
    }
    return begin;
  }

  private static boolean isTitle(Token token) {
    return token.ner().equals("TITLE") && !isOf(token);
  }

  private static boolean isOf(Token token) {
    return token.text().equals("of");
  }

  /** An article, a possessive or an adjective before an appositive title: "the", "its", "then", "former". */
  private static boolean isModifier(Token token) {
    return token.pos().equals("DT") || token.pos().equals("PRP$") || token.pos().startsWith("JJ")
        || token.pos().equals("RB");
  }

  /** The noun a title is about: the word before "of", else the last word ("Secretary" of "Secretary of State"). */
  static String head(List<Token> tokens, int[] span) {
    int last = span[1] - 1;
    for (int i = span[0]; i < span[1]; i++) {
      if (isOf(tokens.get(i))) {
        last = i - 1;
        break;
      }
    }
    Token head = tokens.get(Math.max(span[0], last));
    String lemma = head.lemma() == null || head.lemma().isBlank() ? head.text() : head.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  /** The words of a title before its head noun, lower case ("foreign" of "Foreign Secretary of the realm"). */
  private static String modifiers(List<Token> tokens, int[] span) {
    StringBuilder words = new StringBuilder();
    for (int i = span[0]; i < span[1] && !isOf(tokens.get(i)); i++) {
      words.append(tokens.get(i).text().toLowerCase(Locale.ROOT)).append(' ');
    }
    String all = words.toString().strip();
    int lastSpace = all.lastIndexOf(' ');
    return lastSpace < 0 ? "" : all.substring(0, lastSpace);
  }

  /** "the Secretary", "The President": a title used alone refers to someone only with the definite article. */
  private static boolean isDefinite(List<Token> tokens, Mention title) {
    int before = title.tokenBegin() - 1;
    String pos = tokens.get(title.tokenEnd() - 1).pos();
    // Singular only: "the presidents" are several people.
    return before >= 0 && tokens.get(before).text().equalsIgnoreCase("the") && (pos.equals("NN") || pos.equals("NNP"));
  }

  /** The person last named, before {@code charBegin}, with a title of this head noun; null for none. */
  /**
   * The last person named before with a title of that head noun; "the Foreign Secretary" is not the "State
   * Secretary" named before: when both titles have words before the head, they must be the same words.
   */
  private static String latestHolder(List<Holder> holders, List<Token> tokens, int[] span, int charBegin) {
    String head = head(tokens, span);
    String modifiers = modifiers(tokens, span);
    String found = null;
    for (Holder holder : holders) {
      boolean otherOffice = !modifiers.isEmpty() && !holder.modifiers().isEmpty()
          && !holder.modifiers().equals(modifiers);
      if (holder.charBegin() < charBegin && holder.head().equals(head) && !otherOffice) {
        found = holder.key();
      }
    }
    return found;
  }

  private static String text(AnnotatedText doc, List<Token> tokens, int[] span) {
    return doc.slice(tokens.get(span[0]).charBegin(), tokens.get(span[1] - 1).charEnd());
  }

  private static void markAttached(Map<Integer, List<RawMention>> titlesBySentence, int sentence, int[] span,
                                   Set<RawMention> attached) {
    for (RawMention m : titlesBySentence.getOrDefault(sentence, List.of())) {
      if (m.mention().tokenBegin() < span[1] && span[0] < m.mention().tokenEnd()) {
        attached.add(m);
      }
    }
  }
}
