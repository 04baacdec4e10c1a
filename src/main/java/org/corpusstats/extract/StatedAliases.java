package org.corpusstats.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Two names the text itself says are one referent: "Petrograd – now renamed Leningrad" (places joined by a renaming
 * cue), "a certain Avseenko, called Antonov" (a person and the other name he goes by).
 */
final class StatedAliases {

  private static final Pattern RENAMING = Pattern.compile(
      "\\b(?:renamed|formerly|now called|later called|also called|known as|aka|a\\.k\\.a\\.)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final int RENAMING_MAX_GAP = 60;
  /**
   * Between two persons' names, nothing but a cue that the second is another name of the first, or the first of the
   * second. "Called" needs the comma before it: without it, "Kerensky called Lenin" is the verb.
   */
  private static final Pattern PERSON_ALIAS = Pattern.compile(
      "\\s*(?:,\\s*(?:also |later |then )?(?:called|known as|nicknamed|alias)|,?\\s+(?:also |better )?"
          + "(?:known as|alias|a\\.k\\.a\\.|aka)"
          // "Ivan Petrov, the cover name of Pyotr Orlov": a name the first is of the second
          + "|\\s*,\\s*(?:the |a |his |her )?(?:cover|pen|real|stage|code|assumed|birth|maiden|true|party|secret)"
          + "\\s+name\\s+(?:of|for))\\s+", Pattern.CASE_INSENSITIVE);

  /**
   * Between a person's name and a name in brackets right after it: the bracket gives another name of the same person
   * (a former or birth name, "Golda Meir (Meyerson)", "Peretz Bernstein (then Fritz Bernstein)"). A second person is
   * never written in brackets after the first; "and", dates or a party inside the bracket do not match.
   */
  private static final Pattern NAME_IN_BRACKETS = Pattern.compile(
      "\\s*\\(\\s*(?:(?:then|formerly|originally|born|n[ée]e)\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKET_CLOSES = Pattern.compile("\\s*[)/].*", Pattern.DOTALL);

  /** Between a man's name and a woman's: a marriage that took place ("had married", "was married to"). */
  private static final Pattern MARRIED = Pattern.compile(
      "\\s+(?:had\\s+|has\\s+)?(?:married|(?:was|were)\\s+married\\s+to)\\s+", Pattern.CASE_INSENSITIVE);

  /** Between a man's name and a woman's given name: she is his wife or widow ("Mandelstam's wife, Nadezhda,"). */
  private static final Pattern WIFE = Pattern.compile("\\s*['’]s\\s+(?:wife|widow)\\s*,\\s*",
      Pattern.CASE_INSENSITIVE);

  private StatedAliases() {}

  /** Whether the words between two names say the second is another name of the first (", called"). */
  static boolean statesAnotherName(String gap) {
    return PERSON_ALIAS.matcher(gap).matches();
  }

  /** Adds to {@code stated} the aliases stated between neighbouring mentions of one sentence (in text order). */
  static void find(AnnotatedText doc, List<RawMention> mentions, List<EntityResolver.SameReferent> stated) {
    for (int i = 0; i + 1 < mentions.size(); i++) {
      RawMention first = mentions.get(i);
      RawMention second = mentions.get(i + 1);
      Mention a = first.mention();
      Mention b = second.mention();
      if (b.charBegin() < a.charEnd()) {
        continue;
      }
      String gap = doc.slice(a.charEnd(), b.charBegin());
      boolean places = isPlace(first.nerType()) && isPlace(second.nerType())
          && b.charBegin() - a.charEnd() <= RENAMING_MAX_GAP && RENAMING.matcher(gap).find();
      boolean persons = first.nerType().equals("PERSON") && second.nerType().equals("PERSON")
          && (statesAnotherName(gap) && endsItsPhrase(doc, b) || namedInBrackets(doc, gap, b));
      if (places || persons) {
        stated.add(new EntityResolver.SameReferent(first.key(), second.key()));
      }
      if (first.nerType().equals("PERSON") && second.nerType().equals("PERSON") && MARRIED.matcher(gap).matches()) {
        marriedName(first.key(), second.key(), stated);
      }
      List<String> given = PersonName.words(second.key());
      // "X's wife": X is a man, whatever NER took the name for
      if (!first.nerType().equals("ORGANIZATION") && second.nerType().equals("PERSON") && given.size() == 1
          && WIFE.matcher(gap).matches()) {
        // she bears his surname: "Nadezhda" here is "Nadezhda Mandelstam", not another Nadezhda of the text
        List<String> husband = PersonName.words(first.key());
        stated.add(new EntityResolver.SameReferent(second.key(), given.get(0) + " " + husband.get(husband.size() - 1)));
      }
    }
  }

  /**
   * "a certain Avseenko, called Antonov, …": a name given as another name ends its phrase; "Holmgren, called Vinter
   * “lazy and worthless”" calls one person something, and names no one twice.
   */
  private static boolean endsItsPhrase(AnnotatedText doc, Mention name) {
    String after = doc.slice(name.charEnd(), Math.min(doc.text().length(), name.charEnd() + 3)).stripLeading();
    return after.isEmpty() || ",.;:)".indexOf(after.charAt(0)) >= 0;
  }

  private static boolean namedInBrackets(AnnotatedText doc, String gap, Mention second) {
    int end = Math.min(doc.text().length(), second.charEnd() + 2);
    return NAME_IN_BRACKETS.matcher(gap).matches()
        && BRACKET_CLOSES.matcher(doc.slice(second.charEnd(), end)).matches();
  }

  /**
   * "Mr. Bumble had married Mrs. Corney": a woman who married takes her husband's surname, so "Mrs. Bumble" is the
   * woman the text also calls Mrs. Corney (when it writes both). Only a marriage the text says took place.
   */
  private static void marriedName(String first, String second, List<EntityResolver.SameReferent> stated) {
    String husband = isMan(first) ? first : isMan(second) ? second : null;
    if (husband == null || isMan(first) && isMan(second)) {
      return;
    }
    String wife = husband.equals(first) ? second : first;
    List<String> words = PersonName.words(husband);
    stated.add(new EntityResolver.SameReferent(wife, "Mrs. " + words.get(words.size() - 1)));
  }

  private static boolean isMan(String name) {
    List<String> words = PersonName.words(name);
    return words.size() > 1 && (Gender.ofPronoun(words.get(0).replaceFirst("\\.$", "")) == Gender.MALE
        || GivenNames.gender(words.get(0)) == Gender.MALE);
  }

  static boolean isPlace(String ner) {
    return switch (ner) {
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> true;
      default -> false;
    };
  }
}
