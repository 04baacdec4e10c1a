package org.corpusstats.extract;

import java.util.List;

import org.corpusstats.extract.QuoteAttribution.Span;

/**
 * Who is talking around a quote: the speakers of the turns just before, whether the quote is a turn of a dialogue
 * (a beat of narration between turns does not end one), and who is present in the scene to answer.
 */
final class Conversation {

  private static final int CONVERSATION_PARAGRAPHS = 8;
  /** How far back a scene reaches, for who is present in it. */
  private static final int SCENE_PARAGRAPHS = 60;
  /** How much narration before a scene's first quote still introduces who is in it. */
  private static final int SCENE_SETTING_CHARS = 2_000;

  private final AnnotatedText doc;
  private final MentionIndex index;
  private final Addressees addressees;

  Conversation(AnnotatedText doc, MentionIndex index, Addressees addressees) {
    this.doc = doc;
    this.index = index;
    this.addressees = addressees;
  }

  /** The speakers the tags of the quotes just before named themselves, most recent first. */
  List<String> participants(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    int paragraph = doc.paragraphOf(quotes.get(i).begin());
    java.util.LinkedHashSet<String> people = new java.util.LinkedHashSet<>();
    for (int j = i - 1; j >= 0 && doc.paragraphOf(quotes.get(j).begin()) >= paragraph - CONVERSATION_PARAGRAPHS; j--) {
      SpeakerResolver.Found f = found.get(j);
      if (f != null && f.type().equals("PERSON") && !f.speaker().isEmpty()
          && !f.speaker().equals(SpeakerResolver.NARRATOR)) {
        people.add(f.speaker());
      }
    }
    return List.copyOf(people);
  }

  /** A turn of a dialogue: the first quote of its paragraph (opening it or after a beat), after a turn with a speaker. */
  boolean inDialogue(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    // the paragraph's first quote, opening it or after a beat of narration ("She shook her head. “…”")
    if (i == 0 || doc.paragraphOf(quotes.get(i - 1).begin()) == doc.paragraphOf(quotes.get(i).begin())) {
      return false;
    }
    SpeakerResolver.Found before = found.get(i - 1);
    int gap = doc.paragraphOf(quotes.get(i).begin()) - doc.paragraphOf(quotes.get(i - 1).begin());
    return before != null && !before.speaker().isEmpty()
        && (gap == 1 && doc.opensParagraph(quotes.get(i - 1).begin())
            || gap == 2 && isABeat(quotes.get(i - 1).end(), quotes.get(i).begin())
            && doc.opensParagraph(quotes.get(QuoteAttribution.firstInItsParagraph(doc, quotes, i - 1)).begin()));
  }

  /**
   * "He chuckled to himself and rubbed his hands together.": a paragraph of narration between two turns that names
   * nobody does not end the conversation; the "he" of the next tag is still one of its speakers. A paragraph that
   * leads into a speech ("He went on to speak of the foreign policy:") is no beat of a dialogue.
   */
  private boolean isABeat(int from, int to) {
    return !doc.slice(from, to).strip().endsWith(":")
        && index.between(from, to).stream().noneMatch(m -> !doc.insideQuote(m.mention().charBegin())
        && m.nerType().equals("PERSON"));
  }

  /** The speaker of the quote before, when it is a turn of its own (an earlier paragraph). */
  String previousTurn(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    if (i == 0 || found.get(i - 1) == null
        || doc.paragraphOf(quotes.get(i - 1).begin()) == doc.paragraphOf(quotes.get(i).begin())) {
      return "";
    }
    return found.get(i - 1).speaker();
  }

  /**
   * "Contralto--hum! La Scala, hum!": a name said like a vocative answers only if it is someone in the scene: the
   * narration names them, they have spoken, or the turns address them more than once (a narrator named only by the
   * others). A name read out once from a list is nobody who can answer.
   */
  boolean isPresent(RawMention addressed, List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    // the scene: the paragraphs just before (a window, so that a whole book is not searched at every turn)
    int scene = doc.paragraphOf(quotes.get(i).begin()) - SCENE_PARAGRAPHS;
    int first = i;
    while (first > 0 && doc.paragraphOf(quotes.get(first - 1).begin()) >= scene) {
      first--;
    }
    int from = first == i ? quotes.get(i).begin() : quotes.get(first).begin();
    // and the narration that sets the scene just before its first quote
    boolean narrated = index.between(Math.max(0, from - SCENE_SETTING_CHARS), quotes.get(i).begin()).stream()
        .anyMatch(m -> !doc.insideQuote(m.mention().charBegin()) && PersonName.same(m.key(), addressed.key()));
    int addressedTurns = 0;
    boolean spoke = false;
    for (int j = first; j < i; j++) {
      RawMention v = addressees.vocative(quotes.get(j));
      addressedTurns += v != null && PersonName.same(v.key(), addressed.key()) ? 1 : 0;
      spoke |= found.get(j) != null && PersonName.same(found.get(j).speaker(), addressed.key());
    }
    return narrated || spoke || addressedTurns >= 2;
  }
}
