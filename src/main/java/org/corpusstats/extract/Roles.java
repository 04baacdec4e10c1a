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
        for (int[] span : TitleSpans.attachedTo(tokens, m.mention().tokenBegin(), m.mention().tokenEnd())) {
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
      if (!m.nerType().equals("PERSON") && !m.nerType().equals("TITLE") && officesNamed.stream()
          .anyMatch(o -> o.sentence() == place.sentence() && o.tokenBegin() <= place.tokenBegin()
              && place.tokenEnd() <= o.tokenEnd())) {
        // "the War Secretary": a word of a title that NER took for a name of its own names nothing
        continue;
      }
      result.add(holder == null ? m
          : new RawMention(m.mention().withEntity(holder, "PERSON"), holder, "PERSON"));
    }
    return new Result(result, roles);
  }

  /** The noun a title is about: the word before "of", else the last word ("Secretary" of "Secretary of State"). */
  static String head(List<Token> tokens, int[] span) {
    int last = span[1] - 1;
    for (int i = span[0]; i < span[1]; i++) {
      if (TitleSpans.isOf(tokens.get(i))) {
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
    for (int i = span[0]; i < span[1] && !TitleSpans.isOf(tokens.get(i)); i++) {
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
