package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corpusstats.input.DocumentLayout;


/**
 * Gives each top-level quotation its speaker by sieves, most precise first, each filling only what the ones
 * before left open ({@link Sieve}): speech tags beside the quote, a verb of saying in its sentence, a lead-in
 * sentence; then the discourse: a paragraph that continues an open quotation, further quotes of a paragraph,
 * the person addressed in the dialogue turn before, turn-taking between two speakers. A quote no sieve decides
 * has no speaker: an empty cell is better than a guess. (CoreNLP's own attribution is not used: its sieves beyond
 * these guess, and on the evaluation set fewer than half of the quotes it alone decided were right.) A first-person narrator ("said I") is named by what the other speakers call
 * the narrator in the turns around.
 */
final class QuoteAttribution {

  /** A top-level quote's span. */
  record Span(int begin, int end) {}

  private final AnnotatedText doc;
  private final List<RawMention> mentions;
  private final SpeakerResolver resolver;
  private final SpeechTags tags;
  private final List<int[]> termSpans;

  QuoteAttribution(AnnotatedText doc, List<RawMention> mentions, List<int[]> termSpans) {
    this.doc = doc;
    this.mentions = mentions;
    this.termSpans = termSpans;
    this.resolver = new SpeakerResolver(doc, mentions, termSpans);
    this.tags = new SpeechTags(doc, resolver);
  }

  /** One speaker per quote, in the order given (text order); null where no sieve decides. */
  List<SpeakerResolver.Found> attribute(List<Span> quotes) {
    List<SpeakerResolver.Found> found = new ArrayList<>();
    for (Span quote : quotes) {
      found.add(fromCues(quote));
    }
    for (int i = 0; i < quotes.size(); i++) {
      if (found.get(i) == null) {
        found.set(i, fromDiscourse(quotes, found, i));
      }
    }
    nameTheNarrator(quotes, found);
    return found;
  }

  private SpeakerResolver.Found fromCues(Span quote) {
    SpeakerResolver.Found found = tags.besideQuote(quote.begin(), quote.end());
    int sentence = doc.sentenceAt(quote.begin());
    if (found == null) {
      found = tags.inSentence(sentence, quote.begin(), quote.end(), false);
    }
    if (found == null && startsItsSentence(sentence, quote.begin()) && sentence > 0
        && !doc.sentence(sentence - 1).heading() && !holdsAQuote(sentence - 1)) {
      found = tags.inSentence(sentence - 1, quote.begin(), quote.end(), true);
    }
    return found;
  }

  private SpeakerResolver.Found fromDiscourse(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    Span quote = quotes.get(i);
    int paragraph = paragraphOf(quote);
    int previous = i - 1;
    if (previous < 0) {
      return null;
    }
    SpeakerResolver.Found before = found.get(previous);
    int previousParagraph = paragraphOf(quotes.get(previous));
    if (previousParagraph == paragraph) {
      return before == null ? null : carried(before, Sieve.SAME_PARAGRAPH);
    }
    if (!opensParagraph(quote) || previousParagraph != paragraph - 1) {
      return null;
    }
    if (leftOpen(previousParagraph)) {
      return before == null ? null : carried(before, Sieve.CONTINUED);
    }
    if (before == null || before.speaker().isEmpty()) {
      return null;
    }
    RawMention addressed = vocative(quotes.get(previous));
    if (addressed != null && !addressed.key().equalsIgnoreCase(before.speaker())) {
      return new SpeakerResolver.Found(addressed.key(), "PERSON", addressed.key() + " [" + Sieve.ADDRESSEE.label + "]",
          Sieve.ADDRESSEE);
    }
    int earlier = lastQuoteInParagraph(quotes, previous, paragraph - 2);
    if (earlier >= 0 && found.get(earlier) != null && !found.get(earlier).speaker().isEmpty()
        && !found.get(earlier).speaker().equals(before.speaker())) {
      return carried(found.get(earlier), Sieve.TURN_TAKING);
    }
    return null;
  }

  private static SpeakerResolver.Found carried(SpeakerResolver.Found from, Sieve sieve) {
    String who = from.speaker().isEmpty() ? "no named speaker" : from.speaker().equals(SpeakerResolver.NARRATOR)
        ? "the narrator" : from.speaker();
    return new SpeakerResolver.Found(from.speaker(), from.type(), who + " [" + sieve.label + "]", sieve);
  }

  /** The index of the last quote in that paragraph, searching back from {@code from}; -1 when it has none. */
  private int lastQuoteInParagraph(List<Span> quotes, int from, int paragraph) {
    for (int j = from; j >= 0; j--) {
      int p = paragraphOf(quotes.get(j));
      if (p == paragraph) {
        return j;
      }
      if (p < paragraph) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A person named in a quote and set off as the one spoken to: at the quote's start or end, or between commas
   * ("Mr. Darcy, …", "…, Miss Eliza?", "my dear Jane,").
   */
  private RawMention vocative(Span quote) {
    for (RawMention m : mentions) {
      Mention mention = m.mention();
      if (mention.charBegin() < quote.begin() || mention.charEnd() > quote.end() || !m.nerType().equals("PERSON")) {
        continue;
      }
      String before = doc.slice(Math.max(quote.begin(), mention.charBegin() - 12), mention.charBegin());
      String after = doc.slice(mention.charEnd(), Math.min(quote.end(), mention.charEnd() + 2));
      boolean openedBy = before.matches("(?s).*(?:^|[,;!?]\\s*|[“\"‘']|\\b[Dd]ear\\s+|(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady)\\.?\\s+)$");
      boolean closedBy = after.matches("(?s)^\\s*[,!?.;”\"’'].*") || mention.charEnd() >= quote.end() - 1;
      if (openedBy && closedBy) {
        return m;
      }
    }
    return null;
  }

  /** The paragraph ends inside a quotation: more opening marks than closing ones (or an odd number of '"'). */
  private boolean leftOpen(int paragraph) {
    DocumentLayout.Paragraph p = doc.layout.paragraphs().stream().filter(x -> x.index() == paragraph).findFirst()
        .orElse(null);
    if (p == null) {
      return false;
    }
    String text = doc.slice(p.charBegin(), p.charEnd());
    long open = text.chars().filter(c -> c == '“').count();
    long close = text.chars().filter(c -> c == '”').count();
    long straight = text.chars().filter(c -> c == '"').count();
    return open > close || straight % 2 == 1;
  }

  private boolean opensParagraph(Span quote) {
    DocumentLayout.Paragraph p = doc.layout.paragraphAt(quote.begin());
    return doc.slice(p.charBegin(), quote.begin()).isBlank();
  }

  private int paragraphOf(Span quote) {
    return doc.sentence(doc.sentenceAt(quote.begin())).paragraph();
  }

  private boolean startsItsSentence(int sentence, int begin) {
    return doc.sentence(sentence).charBegin() >= begin - 1;
  }

  /** A quotation (not a quoted term or title) in the sentence: then the sentence is that quotation's cue. */
  private boolean holdsAQuote(int sentence) {
    Sentence s = doc.sentence(sentence);
    return doc.quoteSpans().stream().anyMatch(q -> q[0] < s.charEnd() && s.charBegin() < q[1]
        && termSpans.stream().noneMatch(t -> t[0] == q[0] && t[1] == q[1]));
  }

  /**
   * "said I": the narrator is the person the others address by name in the dialogue turns next to the narrator's
   * own (the way a reader learns that the narrator of a Holmes story is Watson); unnamed when nobody does.
   */
  private void nameTheNarrator(List<Span> quotes, List<SpeakerResolver.Found> found) {
    Map<String, Integer> addressed = new TreeMap<>();
    Map<Integer, Boolean> narratorParagraphs = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      if (found.get(i) != null && found.get(i).speaker().equals(SpeakerResolver.NARRATOR)) {
        narratorParagraphs.put(paragraphOf(quotes.get(i)), true);
      }
    }
    if (narratorParagraphs.isEmpty()) {
      return;
    }
    for (int i = 0; i < quotes.size(); i++) {
      int p = paragraphOf(quotes.get(i));
      boolean besideNarrator = narratorParagraphs.containsKey(p - 1) || narratorParagraphs.containsKey(p + 1);
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
