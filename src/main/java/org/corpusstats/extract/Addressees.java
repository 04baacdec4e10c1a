package org.corpusstats.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeMap;

import org.corpusstats.extract.QuoteAttribution.Span;

/**
 * Who a dialogue turn speaks to: a person named in a quote and set off as the one addressed (a vocative), and the
 * first-person narrator's name, from what the others call the narrator in the turns around.
 */
final class Addressees {

  /** An opening single quotation mark (group 1) or a closing one (group 2), inside a quote. */
  private static final Pattern NESTED_MARK = Pattern.compile(
      "((?<=^|[\\s\"“(])['‘](?=[\\p{L}\\p{N}]))|((?<=[\\p{L}\\p{N}.,!?;:-])['’](?=\\s|$|[,.;:!?\"”)-]))");

  /** What comes before a name spoken to: the quote's start, a comma or stop, "dear", or a courtesy title. */
  private static final java.util.regex.Pattern VOCATIVE_BEFORE = java.util.regex.Pattern.compile(
      "(?s).*(?:^|[,;!?]\\s*|[“\"‘']|\\b[Dd]ear\\s+|(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady)\\.?\\s+)$");

  /** The sieves that read a cue in the words around the quote, rather than the discourse. */
  private static final Set<Sieve> CUES = java.util.EnumSet.of(Sieve.SPEECH_TAG, Sieve.SAME_SENTENCE, Sieve.LEAD_IN,
      Sieve.LEAD_IN_COLON, Sieve.ACTION_BEAT);

  private final AnnotatedText doc;
  private final MentionIndex index;

  Addressees(AnnotatedText doc, MentionIndex index) {
    this.doc = doc;
    this.index = index;
  }

  /**
   * A person named in a quote and set off as the one spoken to: at the quote's start or end, or between commas
   * ("Mr. Darcy, …", "…, Miss Eliza?", "my dear Jane,").
   */
  RawMention vocative(Span quote) {
    for (RawMention m : index.between(quote.begin(), quote.end())) {
      Mention mention = m.mention();
      if (mention.charBegin() < quote.begin() || mention.charEnd() > quote.end() || !m.nerType().equals("PERSON")
          || insideANestedQuote(quote, mention)) {
        continue;
      }
      String before = doc.slice(Math.max(quote.begin(), mention.charBegin() - 12), mention.charBegin());
      String after = doc.slice(mention.charEnd(), Math.min(quote.end(), mention.charEnd() + 2));
      boolean openedBy = VOCATIVE_BEFORE.matcher(before).matches();
      // "Mr. Darcy," "…, Eliza?" but not "Sir William's interruption"
      boolean closedBy = after.matches("(?s)^\\s*(?:[,!?.;”\"]|[’'](?!s)).*")
          || mention.charEnd() >= quote.end() - 1;
      if (openedBy && closedBy && !inApposition(m)) {
        return m;
      }
    }
    return null;
  }

  /**
   * "“‘I wish to the Lord, Mr. Wilson, that I was a red-headed man.’": a name inside a quote within the quote is
   * spoken to in the story the speaker tells, not by the speaker to whoever listens.
   */
  private boolean insideANestedQuote(Span quote, Mention mention) {
    // CoreNLP leaves some nested quotes unfound, so the marks are counted: an opening single mark at the start of a
    // word, a closing one at the end of one (not the apostrophe of "Wilson's"), in the quote before the name
    Matcher marks = NESTED_MARK.matcher(doc.slice(quote.begin() + 1, mention.charBegin()));
    int depth = 0;
    while (marks.find()) {
      depth = marks.group(1) != null ? depth + 1 : Math.max(0, depth - 1);
    }
    return depth > 0;
  }

  /**
   * "This is my friend and colleague, Dr. Watson, who …": a name set off by commas after a noun phrase for a person
   * (a determiner or possessive and a noun for people), or followed by a relative pronoun, names that phrase's
   * person; it is not the one spoken to ("Good-night, Watson" has no determiner, "in this case, Watson" no noun
   * for people).
   */
  private boolean inApposition(RawMention m) {
    List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens();
    int first = m.mention().tokenBegin();
    int end = m.mention().tokenEnd();
    if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")
        && Set.of("who", "whom", "whose").contains(tokens.get(end + 1).text().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    int k = first - 2;
    if (k < 0 || !tokens.get(first - 1).text().equals(",") || !tokens.get(k).pos().startsWith("NN")
        || tokens.get(k).pos().startsWith("NNP")) {
      return false;
    }
    boolean person = false;
    while (k >= 0 && (tokens.get(k).pos().startsWith("NN") || tokens.get(k).pos().startsWith("JJ")
        || tokens.get(k).pos().equals("CC"))) {
      person |= DescribedPersons.isAnimateNoun(tokens.get(k));
      k--;
    }
    return person && k >= 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"));
  }

  /**
   * "said I": the narrator is the person the others address by name and who never speaks under a name of their own
   * (a first-person narrator's tags say "I"), the way a reader learns that the narrator of a Holmes story is Watson;
   * of several, the one most often addressed, then most often next to the narrator's own turns. Unnamed when nobody
   * is.
   */
  /** "said Mr. Brown", "Brown answered:": a cue that writes the speaker's name (not "said he"). */
  private static boolean namesItsSpeaker(SpeakerResolver.Found f) {
    int cueEnd = f.evidence().indexOf(" [");
    return !f.speaker().isEmpty() && cueEnd > 0 && CUES.contains(f.sieve())
        && f.evidence().substring(0, cueEnd).contains(f.speaker());
  }

  private boolean addressesTheNarrator(List<Span> quotes, int i, String narrator) {
    RawMention name = vocative(quotes.get(i));
    return name != null && PersonName.same(name.key(), narrator);
  }

  void nameTheNarrator(List<Span> quotes, List<SpeakerResolver.Found> found) {
    String narrator = narratorName(quotes, found);
    for (int i = 0; i < found.size(); i++) {
      SpeakerResolver.Found f = found.get(i);
      if (f != null && f.speaker().equals(SpeakerResolver.NARRATOR) && !narrator.isEmpty()
          && addressesTheNarrator(quotes, i, narrator)) {
        // "“I should think not! Now, Mr. Pip, …”": words said to the narrator are not the narrator's
        found.set(i, SpeakerResolver.Found.nobody(f.evidence() + " (but it speaks to " + narrator + ")", f.sieve()));
      } else if (f != null && f.speaker().equals(SpeakerResolver.NARRATOR)) {
        String evidence = narrator.isEmpty() ? f.evidence() + " (not named)"
            : f.evidence() + " (the narrator, " + narrator + ", as the others address them)";
        found.set(i, new SpeakerResolver.Found(narrator, narrator.isEmpty() ? "" : "PERSON", evidence, f.sieve()));
      }
    }
  }

  /** The narrator's name (see {@link #nameTheNarrator}), or empty. */
  String narratorName(List<Span> quotes, List<SpeakerResolver.Found> found) {
    Map<String, Integer> addressed = new TreeMap<>();
    Map<String, Integer> besideTurns = new TreeMap<>();
    Set<Integer> narratorParagraphs = new HashSet<>();
    Set<String> namedSpeakers = new HashSet<>();
    for (int i = 0; i < quotes.size(); i++) {
      SpeakerResolver.Found f = found.get(i);
      if (f != null && f.speaker().equals(SpeakerResolver.NARRATOR)) {
        narratorParagraphs.add(doc.paragraphOf(quotes.get(i).begin()));
      } else if (f != null && f.type().equals("PERSON") && namesItsSpeaker(f)) {
        namedSpeakers.add(f.speaker());
      }
    }
    if (narratorParagraphs.isEmpty()) {
      return "";
    }
    for (int i = 0; i < quotes.size(); i++) {
      int p = doc.paragraphOf(quotes.get(i).begin());
      boolean byOther = found.get(i) != null && !found.get(i).speaker().equals(SpeakerResolver.NARRATOR);
      RawMention name = byOther ? vocative(quotes.get(i)) : null;
      if (name == null || namedSpeakers.stream().anyMatch(s -> PersonName.same(s, name.key()))) {
        continue;
      }
      addressed.merge(name.key(), 1, Integer::sum);
      if (narratorParagraphs.contains(p - 1) || narratorParagraphs.contains(p + 1)) {
        besideTurns.merge(name.key(), 1, Integer::sum);
      }
    }
    String narrator = addressed.keySet().stream()
        .max(java.util.Comparator.<String>comparingInt(addressed::get)
            .thenComparingInt(n -> besideTurns.getOrDefault(n, 0)))
        .filter(n -> besideTurns.containsKey(n) || addressed.get(n) >= 2).orElse("");
    return narrator;
  }
}
