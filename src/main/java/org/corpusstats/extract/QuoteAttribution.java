package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

import org.corpusstats.input.DocumentLayout;

/**
 * Gives each top-level quotation its speaker by sieves, most precise first, each filling only what the ones
 * before left open ({@link Sieve}): speech tags beside the quote, a verb of saying in its sentence, a lead-in
 * sentence; then the discourse: a paragraph that continues an open quotation, further quotes of a paragraph, and
 * dialogue ({@link DialogueTurns}). A quote no sieve decides has no speaker: an empty cell is better than a
 * guess. CoreNLP's own attribution is not used: its sieves beyond these guess, and on the evaluation set fewer
 * than half of the quotes it alone decided were right.
 */
final class QuoteAttribution {

  /** A top-level quote's span. */
  record Span(int begin, int end) {}

  private final AnnotatedText doc;
  private final SpeakerResolver resolver;
  private final SpeechTags tags;
  private final SentenceCues cues;
  private final SpanIndex termSpans;
  private final DialogueTurns dialogue;
  private final NarrationBefore narration;
  private final LawWording laws;

  QuoteAttribution(AnnotatedText doc, List<RawMention> mentions, List<int[]> termSpans) {
    this.doc = doc;
    this.termSpans = new SpanIndex(termSpans);
    // one index of the document's mentions, for every rule that asks which mentions lie around a quote
    MentionIndex index = new MentionIndex(mentions);
    this.dialogue = new DialogueTurns(doc, index);
    this.resolver = new SpeakerResolver(doc, mentions, index, termSpans);
    this.tags = new SpeechTags(doc, resolver);
    this.cues = new SentenceCues(doc, resolver, tags);
    this.narration = new NarrationBefore(doc, resolver, this.termSpans);
    this.laws = new LawWording(doc, resolver);
  }

  /** One speaker per quote, in the order given (text order); null where no sieve decides. */
  List<SpeakerResolver.Found> attribute(List<Span> quotes) {
    List<SpeakerResolver.Found> found = attributeOnce(quotes);
    if (found.stream().anyMatch(f -> f != null && f.speaker().equals(SpeakerResolver.NARRATOR))) {
      // A first-person narrator ("said I") is in every scene the narration tells: read the dialogue again with the
      // narrator as the one who answers when nobody else is named ("“What is it?” ¶ “It's quite too funny. …”").
      dialogue.narratorTakesPart(dialogue.narratorName(quotes, found));
      found = attributeOnce(quotes);
    }
    dialogue.nameTheNarrator(quotes, found);
    resolver.nameTheDescribed(quotes, found);
    return found;
  }

  private List<SpeakerResolver.Found> attributeOnce(List<Span> quotes) {
    List<SpeakerResolver.Found> found = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      boolean inDialogue = dialogue.inDialogue(quotes, found, i);
      resolver.conversation(inDialogue ? dialogue.participants(quotes, found, i) : List.of(),
          inDialogue ? dialogue.previousTurn(quotes, found, i) : "");
      SpeakerResolver.Found last = i == 0 ? null : found.get(i - 1);
      resolver.previousQuote(last == null || !last.type().equals("PERSON") ? "" : last.speaker(),
          i == 0 ? -1 : quotes.get(i - 1).end());
      RawMention addressed = addressedIn(quotes, i);
      resolver.addressee(addressed == null ? "" : addressed.key());
      SpeakerResolver.Found speaker = notSpokenTo(fromCues(quotes, found, i));
      if (speaker == null) {
        speaker = notSpokenTo(fromDiscourse(quotes, found, i));
      }
      if (speaker == null) {
        speaker = notSpokenTo(narration.onePersonBefore(quotes.get(i).begin()));
      }
      found.add(dialogue.asTheNarrator(speaker != null ? speaker : notSpokenTo(actorAfter(quotes, i))));
    }
    for (int i = quotes.size() - 1; i >= 0; i--) {
      if (found.get(i) == null) {
        RawMention addressed = addressedIn(quotes, i);
        resolver.addressee(addressed == null ? "" : addressed.key());
        found.set(i, notSpokenTo(dialogue.fromLaterTurns(quotes, found, i)));
      }
    }
    return found;
  }

  /**
   * "‘Not that I am aware of, unless you're Mr.--’ Here Mr. Bumble stopped short": a quote no other sieve decided,
   * alone at the start of its paragraph and ended, then narration whose main subject is a name: that person spoke it.
   */
  private SpeakerResolver.Found actorAfter(List<Span> quotes, int i) {
    Span quote = quotes.get(i);
    int sentence = doc.sentenceAt(quote.end() - 1);
    // the narration may end the quote's own sentence ("…--' Here Mr. Bumble stopped short") or follow it
    int next = doc.sentence(sentence).charEnd() > quote.end() + 1 ? sentence : sentence + 1;
    if (!doc.opensParagraph(quote.begin()) || next >= doc.sentences.size()
        || doc.sentence(next).paragraph() != doc.sentence(sentence).paragraph()
        || i + 1 < quotes.size() && doc.paragraphOf(quotes.get(i + 1).begin()) == doc.paragraphOf(quote.begin())) {
      return null;
    }
    return cues.actorAfter(next, quote.end());
  }

  /** The person a quote addresses by name, or the part of it before its tag does ("“…, Mr. Grey,” he said; “…”"). */
  private RawMention addressedIn(List<Span> quotes, int i) {
    RawMention addressed = dialogue.vocative(quotes.get(i));
    if (addressed == null && i > 0 && doc.sentenceAt(quotes.get(i - 1).begin()) == doc.sentenceAt(quotes.get(i).begin())) {
      addressed = dialogue.vocative(quotes.get(i - 1));
    }
    return addressed;
  }

  /**
   * "“Belay that, John,” said he": the person a quote speaks to by name does not speak it; a sieve that names them
   * is wrong, and the quote is left to the sieves after it.
   */
  private SpeakerResolver.Found notSpokenTo(SpeakerResolver.Found found) {
    return found != null && found.type().equals("PERSON") && resolver.spokenTo(found.speaker()) ? null : found;
  }

  private SpeakerResolver.Found fromCues(List<Span> quotes, List<SpeakerResolver.Found> speakers, int i) {
    Span quote = quotes.get(i);
    SpeakerResolver.Found found = tags.besideQuote(quote.begin(), quote.end());
    int sentence = doc.sentenceAt(quote.begin());
    if (found == null) {
      found = cues.inSentence(sentence, quote.begin(), quote.end(), false);
    }
    if (found == null && startsItsSentence(sentence, quote.begin()) && sentence > 0
        && !doc.sentence(sentence - 1).heading() && (endsInAColon(sentence - 1)
            || !holdsAQuote(sentence - 1) && !tagOfAQuote(sentence - 1))) {
      found = cues.inSentence(sentence - 1, quote.begin(), quote.end(), true);
      SpeakerResolver.Found reporter = doc.sentence(sentence - 1).paragraph() == doc.sentence(sentence).paragraph()
          ? null : cues.reporterOfOwnWords(sentence - 1);
      if (reporter != null) {
        // an answer in dialogue, else (news, history: "He urged that he be removed. ¶ “…”") the reporter goes on
        SpeakerResolver.Found answer = answer(quotes, speakers, i, reporter);
        return answer != null ? answer : found;
      }
    }
    if (found == null && startsItsSentence(sentence, quote.begin()) && !doc.opensParagraph(quote.begin())
        && sentence > 0 && doc.sentence(sentence - 1).paragraph() == doc.sentence(sentence).paragraph()
        && !holdsAQuote(sentence - 1)) {
      // "She shook her head. “I do not get on at all.”": the one who acts just before the quote in its paragraph
      found = cues.actor(sentence - 1);
    }
    SpeakerResolver.Found law = found == null || found.speaker().isEmpty() ? laws.quotedIn(sentence) : null;
    return law != null ? law : found;
  }

  private SpeakerResolver.Found fromDiscourse(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    Span quote = quotes.get(i);
    int paragraph = doc.paragraphOf(quote.begin());
    int previous = i - 1;
    if (previous < 0) {
      return null;
    }
    SpeakerResolver.Found before = found.get(previous);
    int previousParagraph = doc.paragraphOf(quotes.get(previous).begin());
    if (previousParagraph == paragraph) {
      return before == null || narration.anotherMainSubject(quote.begin(), quotes.get(previous).begin(),
          before.speaker()) ? null : carried(before, Sieve.SAME_PARAGRAPH);
    }
    if (!doc.opensParagraph(quote.begin())) {
      return null;
    }
    if (previousParagraph == paragraph - 1) {
      DocumentLayout.Paragraph last = doc.layout.paragraphAt(quotes.get(previous).begin());
      if (OpenQuotes.leftOpen(doc.slice(last.charBegin(), last.charEnd()))) {
        return before == null ? null : carried(before, Sieve.CONTINUED);
      }
      SpeakerResolver.Found turn = dialogue.nextTurn(quotes, found, i);
      if (turn != null) {
        return turn;
      }
    }
    return dialogue.afterAnInterruption(quotes, found, i);
  }

  /**
   * "“…Speak out.” ¶ I stammered that I had no objection. ¶ “I should think not!…”": a paragraph that reports in
   * its own words what someone said back to the turn before (a paragraph that opens with a quote) is a turn of the
   * dialogue; the quote after it is the answer, by whoever spoke that turn before.
   */
  private SpeakerResolver.Found answer(List<Span> quotes, List<SpeakerResolver.Found> found, int i,
                                       SpeakerResolver.Found reporter) {
    if (i == 0 || reporter.speaker().isEmpty() || found.get(i - 1) == null || found.get(i - 1).speaker().isEmpty()
        || !doc.opensParagraph(quotes.get(firstInItsParagraph(doc, quotes, i - 1)).begin())
        || found.get(i - 1).speaker().equals(reporter.speaker())
        || doc.paragraphOf(quotes.get(i).begin()) - doc.paragraphOf(quotes.get(i - 1).end() - 1) > 2) {
      return null;
    }
    SpeakerResolver.Found before = found.get(i - 1);
    String who = before.speaker().equals(SpeakerResolver.NARRATOR) ? "the narrator" : before.speaker();
    String reported = reporter.speaker().equals(SpeakerResolver.NARRATOR) ? "the narrator" : reporter.speaker();
    return new SpeakerResolver.Found(before.speaker(), before.type(), who + " [" + Sieve.TURN_TAKING.label
        + ", answering what " + reported + " said back]", Sieve.TURN_TAKING);
  }

  /** The index of the first of the quotes (in text order) that share quote {@code j}'s paragraph. */
  static int firstInItsParagraph(AnnotatedText doc, List<Span> quotes, int j) {
    int paragraph = doc.paragraphOf(quotes.get(j).begin());
    while (j > 0 && doc.paragraphOf(quotes.get(j - 1).begin()) == paragraph) {
      j--;
    }
    return j;
  }

  static SpeakerResolver.Found carried(SpeakerResolver.Found from, Sieve sieve) {
    String who = from.speaker().isEmpty() ? "no named speaker" : from.speaker().equals(SpeakerResolver.NARRATOR)
        ? "the narrator" : from.speaker();
    return new SpeakerResolver.Found(from.speaker(), from.type(), who + " [" + sieve.label + "]", sieve);
  }

  private boolean startsItsSentence(int sentence, int begin) {
    return doc.sentence(sentence).charBegin() >= begin - 1;
  }

  /**
   * "“…,” he added. Declaring that…, he went on:" — a sentence ending in a colon leads into the quote after it,
   * whatever quotes it holds before.
   */
  private boolean endsInAColon(int sentence) {
    List<Token> tokens = doc.sentence(sentence).tokens();
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(":")
        && !doc.insideQuote(tokens.get(tokens.size() - 1).charBegin());
  }

  /** A sentence that starts right after a quote ("said he, smiling.") is that quote's tag, not a lead-in. */
  private boolean tagOfAQuote(int sentence) {
    int begin = doc.sentence(sentence).charBegin();
    return doc.quotesOverlapping(Math.max(0, begin - 4), begin).stream()
        .anyMatch(q -> q[1] <= begin && doc.slice(q[1], begin).isBlank()
        && doc.sentence(doc.sentenceAt(q[0])).paragraph() == doc.sentence(sentence).paragraph());
  }

  /**
   * "“Certainly I know it,” replied Mr. Brown": a short quote closed by a comma, a question or an exclamation mark
   * is something said, however short, not a quoted term.
   */
  static boolean isUtterance(String quote) {
    return quote.matches("(?s).*[,!?][\\p{Pf}\"'’”»]+$");
  }

  /** A quotation (not a quoted term or title) in the sentence: then the sentence is that quotation's cue. */
  private boolean holdsAQuote(int sentence) {
    Sentence s = doc.sentence(sentence);
    return doc.quotesOverlapping(s.charBegin(), s.charEnd()).stream()
        .anyMatch(q -> !termSpans.has(q[0], q[1]) || isUtterance(doc.slice(q[0], q[1])));
  }
}
