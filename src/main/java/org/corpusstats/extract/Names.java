package org.corpusstats.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;

/** Surface-form rules shared by mention extraction and entity resolution. */
final class Names {

  static final Set<String> PRONOUNS = Set.of(
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
      "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
      "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "that",
      "this", "these", "those", "one", "oneself");

  /** NER types that are numbers or times: they become figures and dates, not entities. */
  static final Set<String> NOT_ENTITIES = Set.of(
      "O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "PERCENT", "MONEY", "URL", "EMAIL");

  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\S)(?:['’]s|s['’])$");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}\\s]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}\\s]+$");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|The|THE)\\s+");

  private Names() {}

  /** "the Communist Party’s" -> "Communist Party"; "Trotsky’s" -> "Trotsky". */
  static String key(String surface) {
    String key = Normalizer.normalize(surface, Normalizer.Form.NFC).replace("\u00AD", "");
    key = SPACES.matcher(key).replaceAll(" ").strip();
    key = EDGE_PUNCTUATION.matcher(key).replaceAll("");
    key = POSSESSIVE.matcher(key).replaceAll(m -> m.group().startsWith("s") ? "s" : "");
    key = EDGE_PUNCTUATION.matcher(key).replaceAll("");
    key = LEADING_ARTICLE.matcher(key).replaceAll("");
    String last = key.substring(key.lastIndexOf(' ') + 1);
    if (key.contains(" ") && WordList.isGenerationalSuffix(last) && surface.contains(last + ".")) {
      key += "."; // "Jr." is an abbreviation, its full stop no sentence's end
    }
    return key;
  }

  static boolean isPronoun(String text) {
    return PRONOUNS.contains(text.toLowerCase(Locale.ROOT).strip());
  }

  static boolean isEntityType(String ner) {
    return ner != null && !NOT_ENTITIES.contains(ner);
  }

  /**
   * A courtesy title found alone and the capitalised nouns after it ("Miss" + "Havisham"), a mention with the
   * courtesy title right before it ("Lord" + "Carlisle") or as its first word ("Lord Mount Harkness"), or null.
   */
  static List<CoreLabel> titledName(List<CoreLabel> sentence, List<CoreLabel> mention) {
    int before = mention.get(0).index() - 2;
    if (before >= 0 && WordList.isCourtesyTitle(sentence.get(before).word())
        && Character.isUpperCase(sentence.get(before).word().codePointAt(0))) {
      return sentence.subList(before, mention.get(mention.size() - 1).index());
    }
    if (mention.size() > 1 && WordList.isCourtesyTitle(mention.get(0).word())
        && Character.isUpperCase(mention.get(0).word().codePointAt(0))) {
      // "Lord Mount Harkness" NER took for a place, whole or in two
      int end = capitalisedNounsFrom(sentence, mention.get(mention.size() - 1).index(), "NNP");
      return sentence.subList(mention.get(0).index() - 1, end);
    }
    if (mention.size() != 1 || !WordList.isCourtesyTitle(mention.get(0).word())) {
      return null;
    }
    int first = mention.get(0).index() - 1;
    int end = capitalisedNounsFrom(sentence, first + 1, "NN");
    return end > first + 1 ? sentence.subList(first, end) : null;
  }

  /** The end of the run of capitalised nouns (tags beginning with {@code tag}) that starts at {@code from}. */
  private static int capitalisedNounsFrom(List<CoreLabel> sentence, int from, String tag) {
    int end = from;
    while (end < sentence.size() && sentence.get(end).tag() != null && sentence.get(end).tag().startsWith(tag)
        && Character.isUpperCase(sentence.get(end).word().codePointAt(0))) {
      end++;
    }
    return end;
  }
}
