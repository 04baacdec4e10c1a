package org.corpusstats.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named person a described speaker stands for when the text names the person first and only then describes
 * them: "the maid came in to announce Miss Ada Lind, while the lady herself stood in the doorway". In English a
 * definite description that no indefinite one introduced ("a lady … the lady") points back to someone already in the
 * text (Vieira and Poesio's "anaphoric definite descriptions"); the one it points to, when an emphatic "herself"
 * marks the description as someone just mentioned, is the one person of its gender named just before it.
 */
final class DescriptionAntecedents {

  private static final Set<String> EMPHATIC = Set.of("himself", "herself");

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;

  DescriptionAntecedents(AnnotatedText doc, SpeakerResolver resolver) {
    this.doc = doc;
    this.resolver = resolver;
  }

  /** Described speaker keys (of {@code described}) to the name each one points back to; the others are left out. */
  Map<String, String> named(Set<String> described) {
    Map<String, String> names = new HashMap<>();
    if (described.isEmpty()) {
      return names;
    }
    Set<String> introduced = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (int s = 0; s < doc.sentences.size(); s++) {
      List<Token> tokens = doc.sentence(s).tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!DescribedPersons.isPersonNoun(tokens.get(i))) {
          continue;
        }
        String key = DescribedPersons.MARK + tokens.get(i).lemma().toLowerCase(Locale.ROOT);
        if (!DescribedPersons.definite(tokens, i)) {
          introduced.add(key);
          continue;
        }
        if (seen.add(key) && !introduced.contains(key) && described.contains(key)) {
          String name = namedJustBefore(s, i, DescribedPersons.gender(key));
          if (name != null) {
            names.put(key, name);
          }
        }
      }
    }
    return names;
  }

  /**
   * For a description an emphatic "herself" or "himself" follows: the person of that gender named last before it, in
   * the sentence before or earlier in this one, with no person described between them and no other person of that
   * gender named in that sentence. Without the emphatic pronoun the description is as often someone else of the scene
   * ("… said Ada Lind. ¶ The visitor rose"), so it is left alone.
   */
  private String namedJustBefore(int sentence, int head, Gender gender) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    if (head + 1 >= tokens.size() || !EMPHATIC.contains(tokens.get(head + 1).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
      List<Token> words = doc.sentence(s).tokens();
      String found = null;
      for (int i = s == sentence ? head - 1 : words.size() - 1; i >= 0; i--) {
        Token token = words.get(i);
        if (found == null && DescribedPersons.isPersonNoun(token)) {
          return null;
        }
        RawMention mention = "PERSON".equals(token.ner()) ? resolver.mentionAt(token.charBegin()) : null;
        if (mention == null || !mention.nerType().equals("PERSON") || !resolver.genderOf(mention.key()).agrees(gender)) {
          continue;
        }
        if (found != null && !found.equals(mention.key())) {
          return null;
        }
        found = mention.key();
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
