package org.corpusstats.extract;

import java.util.List;
import java.util.Map;

import org.corpusstats.extract.QuoteAttribution.Span;

/**
 * Who answers a turn of dialogue when no tag says: the person who has been answering its speaker in the turns just
 * before, else the person the narration named before the run of turns.
 */
final class TurnPartners {

  /** How far back a conversation's earlier turns tell who has been answering whom. */
  private static final int PARTNER_PARAGRAPHS = 16;

  private final AnnotatedText doc;
  private final MentionIndex index;

  TurnPartners(AnnotatedText doc, MentionIndex index) {
    this.doc = doc;
    this.index = index;
  }

  static SpeakerResolver.Found found(String partner, String lastSpeaker) {
    return new SpeakerResolver.Found(partner, "PERSON", shown(partner) + " [" + Sieve.TURN_TAKING.label
        + ", who has been answering " + shown(lastSpeaker) + "]", Sieve.TURN_TAKING);
  }

  /** A speaker as evidence shows it: a described one by its description ("the narrator"), not by its key. */
  private static String shown(String speaker) {
    if (speaker.equals(SpeakerResolver.NARRATOR)) {
      return "the narrator";
    }
    return DescribedPersons.isDescribed(speaker) ? DescribedPersons.description(speaker) : speaker;
  }

  /**
   * Who has been answering the last speaker: in the dialogue just before, the person whose turns came right before or
   * after the last speaker's at least twice (most often; the latest on a tie). A third person who broke in once
   * ("At that moment, Sir William appeared…") does not end a two-person conversation.
   */
  String usualPartner(List<Span> quotes, List<SpeakerResolver.Found> found, int i, String lastSpeaker) {
    int paragraph = doc.paragraphOf(quotes.get(i).begin());
    Map<String, Integer> pairs = new java.util.HashMap<>();
    Map<String, Integer> latest = new java.util.HashMap<>();
    String later = null;
    int laterParagraph = -1;
    for (int j = i - 1; j >= 0; j--) {
      int p = doc.paragraphOf(quotes.get(j).begin());
      if (p < paragraph - PARTNER_PARAGRAPHS) {
        break;
      }
      SpeakerResolver.Found f = found.get(j);
      String speaker = f == null || !f.type().equals("PERSON") ? null : f.speaker();
      if (speaker == null || speaker.isEmpty() || p == laterParagraph) {
        continue;
      }
      if (later != null && !later.equals(speaker) && (later.equals(lastSpeaker) || speaker.equals(lastSpeaker))) {
        String other = later.equals(lastSpeaker) ? speaker : later;
        pairs.merge(other, 1, Integer::sum);
        latest.putIfAbsent(other, j);
      }
      later = speaker;
      laterParagraph = p;
    }
    return pairs.entrySet().stream().filter(e -> e.getValue() >= 2)
        .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparingInt(e -> latest.get(e.getKey())))
        .map(Map.Entry::getKey).orElse(null);
  }

  /**
   * The person the narration named last before this run of dialogue turns, other than the one who spoke the turn
   * before: who the other speaker is when only one has been named ("Darcy approached to claim her hand. … “It is
   * your turn to say something now,” … ").
   */
  RawMention otherParticipant(List<Span> quotes, int i, String lastSpeaker) {
    int first = i;
    while (first > 0 && doc.opensParagraph(quotes.get(first - 1).begin())
        && doc.paragraphOf(quotes.get(first - 1).begin()) >= doc.paragraphOf(quotes.get(first).begin()) - 1) {
      first--;
    }
    int runStart = quotes.get(first).begin();
    int narrationParagraph = doc.paragraphOf(runStart) - 1;
    List<RawMention> named = index.between(0, runStart);
    for (int j = named.size() - 1; j >= 0; j--) {
      RawMention m = named.get(j);
      if (doc.paragraphOf(m.mention().charBegin()) < narrationParagraph - 1) {
        return null;
      }
      if (m.nerType().equals("PERSON") && !doc.insideQuote(m.mention().charBegin()) && !DialogueTurns.namedAs(m.key(), lastSpeaker)
          && !m.key().endsWith(lastSpeaker)) {
        return m;
      }
    }
    return null;
  }
}
