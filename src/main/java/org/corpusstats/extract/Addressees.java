package org.corpusstats.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.corpusstats.extract.QuoteAttribution.Span;

/**
 * Who a dialogue turn speaks to: a person named in a quote and set off as the one addressed (a vocative), and the
 * first-person narrator's name, from what the others call the narrator in the turns around.
 */
final class Addressees {

  /** What comes before a name spoken to: the quote's start, a comma or stop, "dear", or a courtesy title. */
  private static final java.util.regex.Pattern VOCATIVE_BEFORE = java.util.regex.Pattern.compile(
      "(?s).*(?:^|[,;!?]\\s*|[“\"‘']|\\b[Dd]ear\\s+|(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady)\\.?\\s+)$");

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
      if (mention.charBegin() < quote.begin() || mention.charEnd() > quote.end() || !m.nerType().equals("PERSON")) {
        continue;
      }
      String before = doc.slice(Math.max(quote.begin(), mention.charBegin() - 12), mention.charBegin());
      String after = doc.slice(mention.charEnd(), Math.min(quote.end(), mention.charEnd() + 2));
      boolean openedBy = VOCATIVE_BEFORE.matcher(before).matches();
      // "Mr. Darcy," "…, Eliza?" but not "Sir William's interruption"
      boolean closedBy = after.matches("(?s)^\\s*(?:[,!?.;”\"]|[’'](?!s)).*")
          || mention.charEnd() >= quote.end() - 1;
      if (openedBy && closedBy) {
        return m;
      }
    }
    return null;
  }

  /**
   * "said I": the narrator is the person the others address by name in the dialogue turns next to the narrator's
   * own (the way a reader learns that the narrator of a Holmes story is Watson); unnamed when nobody does.
   */
  void nameTheNarrator(List<Span> quotes, List<SpeakerResolver.Found> found) {
    Map<String, Integer> addressed = new TreeMap<>();
    Set<Integer> narratorParagraphs = new HashSet<>();
    for (int i = 0; i < quotes.size(); i++) {
      if (found.get(i) != null && found.get(i).speaker().equals(SpeakerResolver.NARRATOR)) {
        narratorParagraphs.add(doc.paragraphOf(quotes.get(i).begin()));
      }
    }
    if (narratorParagraphs.isEmpty()) {
      return;
    }
    for (int i = 0; i < quotes.size(); i++) {
      int p = doc.paragraphOf(quotes.get(i).begin());
      boolean besideNarrator = narratorParagraphs.contains(p - 1) || narratorParagraphs.contains(p + 1);
      boolean byOther = found.get(i) != null && !found.get(i).speaker().equals(SpeakerResolver.NARRATOR);
      RawMention name = besideNarrator && byOther ? vocative(quotes.get(i)) : null;
      if (name != null && !name.key().equalsIgnoreCase(found.get(i).speaker())) {
        addressed.merge(name.key(), 1, Integer::sum);
      }
    }
    String narrator = addressed.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    for (int i = 0; i < found.size(); i++) {
      SpeakerResolver.Found f = found.get(i);
      if (f != null && f.speaker().equals(SpeakerResolver.NARRATOR)) {
        String evidence = narrator.isEmpty() ? f.evidence() + " (not named)"
            : f.evidence() + " (the narrator, " + narrator + ", as the others address them)";
        found.set(i, new SpeakerResolver.Found(narrator, narrator.isEmpty() ? "" : "PERSON", evidence, f.sieve()));
      }
    }
  }
}
