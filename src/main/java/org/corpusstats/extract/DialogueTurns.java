package org.corpusstats.extract;

import java.util.List;

import org.corpusstats.extract.QuoteAttribution.Span;

/**
 * Dialogue: the person addressed by name in one turn answers in the next; two speakers take turns (A B A), read
 * forwards and backwards; who is talking (for "said he" in a new turn); and the first-person narrator's name, from
 * what the others call the narrator in the turns around.
 */
final class DialogueTurns {

  /**
   * A speech reported paragraph by paragraph, each closed: quote paragraphs this long, one after the other, with no
   * turn-taking between them, are one speaker's (dialogue turns are rarely this long).
   */
  private static final int SPEECH_WORDS = 25;
  private final AnnotatedText doc;
  private final MentionIndex index;
  private final Addressees addressees;
  private final TurnPartners partners;
  private final Conversation conversation;
  /** Whether the text has a first-person narrator who speaks ("said I"), and so is there to answer. */
  private boolean narratorTakesPart;
  private String narratorName = "";

  DialogueTurns(AnnotatedText doc, MentionIndex index) {
    this.doc = doc;
    this.index = index;
    this.addressees = new Addressees(doc, index);
    this.partners = new TurnPartners(doc, index);
    this.conversation = new Conversation(doc, index, addressees);
  }

  /** A quote-only paragraph after a dialogue turn: the person that turn addressed, else the speaker before it. */
  SpeakerResolver.Found nextTurn(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    int paragraph = doc.paragraphOf(quotes.get(i).begin());
    int previous = i - 1;
    SpeakerResolver.Found before = found.get(previous);
    if (before == null || before.speaker().isEmpty()) {
      return null;
    }
    RawMention addressed = addressees.vocative(quotes.get(previous));
    // "“How did you know all that, Mr. Marlowe?” he asked. “How did you know …?”": the turn is all its paragraph's
    // quotes, so a name it calls in an earlier quote of it is addressed too
    for (int q = previous - 1; addressed == null && q >= 0 && doc.paragraphOf(quotes.get(q).begin())
        == doc.paragraphOf(quotes.get(previous).begin()) && sameSpeaker(found.get(q), before); q--) {
      addressed = addressees.vocative(quotes.get(q));
    }
    if (addressed != null && !addressed.key().equalsIgnoreCase(before.speaker()) && conversation.isPresent(addressed, quotes, found, i)) {
      return new SpeakerResolver.Found(addressed.key(), "PERSON", addressed.key() + " [" + Sieve.ADDRESSEE.label + "]",
          Sieve.ADDRESSEE);
    }
    String partner = partners.usualPartner(quotes, found, i, before.speaker());
    int opening = lastQuoteInParagraph(quotes, previous, paragraph - 1);
    while (opening > 0 && doc.paragraphOf(quotes.get(opening - 1).begin()) == paragraph - 1) {
      opening--;
    }
    if (partner != null && !doc.opensParagraph(quotes.get(opening).begin())) {
      // "Recovering himself, he turned to his partner, and said, “…”": a turn that narration opens may be spoken to
      // someone else than the one who spoke before it; the one who has been answering its speaker answers.
      return TurnPartners.found(partner, before.speaker());
    }
    int earlier = lastQuoteInParagraph(quotes, previous, paragraph - 2);
    if (earlier >= 0 && found.get(earlier) != null && !found.get(earlier).speaker().isEmpty()
        && !found.get(earlier).speaker().equals(before.speaker())) {
      return QuoteAttribution.carried(found.get(earlier), Sieve.TURN_TAKING);
    }
    // Cries from the hall ("(Cries, “Lie! Shame!”)") do not end a speech: the paragraph's longest quote counts.
    int statement = longestInParagraph(quotes, previous, paragraph - 1);
    if (words(quotes.get(statement)) >= SPEECH_WORDS && words(quotes.get(i)) >= SPEECH_WORDS
        && found.get(statement) != null && !found.get(statement).speaker().isEmpty() && !asks(quotes.get(previous))) {
      return QuoteAttribution.carried(found.get(statement), Sieve.SAME_SPEECH);
    }
    if (partner != null) {
      return TurnPartners.found(partner, before.speaker());
    }
    RawMention other = partners.otherParticipant(quotes, i, before.speaker());
    if (other != null) {
      return new SpeakerResolver.Found(other.key(), "PERSON",
          other.key() + " [" + Sieve.TURN_TAKING.label + ", the other person of the conversation]", Sieve.TURN_TAKING);
    }
    return narratorTakesPart && !before.speaker().equals(SpeakerResolver.NARRATOR) && before.type().equals("PERSON")
        ? new SpeakerResolver.Found(SpeakerResolver.NARRATOR, "PERSON",
            "the narrator [" + Sieve.TURN_TAKING.label + ", the narrator answers]", Sieve.TURN_TAKING)
        : null;
  }

  /** A turn that ends with a question is answered: no one goes on with a speech after asking. */
  private boolean asks(Span quote) {
    return doc.slice(quote.begin(), quote.end()).replaceAll("[\\s\"“”'‘’]+$", "").endsWith("?");
  }

  private static boolean sameSpeaker(SpeakerResolver.Found a, SpeakerResolver.Found b) {
    return a != null && b != null && a.speaker().equals(b.speaker());
  }

  /**
   * From now on the first-person narrator answers a turn when the narration names nobody else; a speaker found under
   * the narrator's name (the person addressed in the turn before) is the narrator.
   */
  void narratorTakesPart(String name) {
    narratorTakesPart = true;
    narratorName = name;
  }

  /** The narrator for a speaker found under the narrator's name, once {@link #narratorTakesPart} knows it. */
  SpeakerResolver.Found asTheNarrator(SpeakerResolver.Found found) {
    if (found == null || narratorName.isEmpty() || !found.type().equals("PERSON")
        || !PersonName.same(found.speaker(), narratorName)) {
      return found;
    }
    return new SpeakerResolver.Found(SpeakerResolver.NARRATOR, "PERSON", found.evidence(), found.sieve());
  }

  String narratorName(List<Span> quotes, List<SpeakerResolver.Found> found) {
    return addressees.narratorName(quotes, found);
  }

  /**
   * "At this moment a paper was handed to Kerensky." A quote opening its paragraph after narration that names
   * nobody but the last speaker: that speaker goes on.
   */
  SpeakerResolver.Found afterAnInterruption(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    int previous = i - 1;
    if (previous < 0 || found.get(previous) == null || !found.get(previous).type().equals("PERSON")
        || !doc.opensParagraph(quotes.get(i).begin())) {
      return null;
    }
    String speaker = found.get(previous).speaker();
    int from = quotes.get(previous).end();
    int to = quotes.get(i).begin();
    if (doc.paragraphOf(to) - doc.paragraphOf(from) > 2) {
      return null;
    }
    boolean someoneElse = false;
    boolean speakerNamed = false;
    for (RawMention m : index.between(from, to)) {
      int at = m.mention().charBegin();
      if (!doc.insideQuote(at) && m.nerType().equals("PERSON")) {
        speakerNamed |= namedAs(m.key(), speaker);
        someoneElse |= !namedAs(m.key(), speaker);
      }
    }
    return speakerNamed && !someoneElse ? QuoteAttribution.carried(found.get(previous), Sieve.SAME_SPEECH) : null;
  }

  /** A mention that names the speaker: the same name, or its end ("Kerensky" for "Alexander Kerensky"). */
  static boolean namedAs(String mentionKey, String speaker) {
    return mentionKey.equalsIgnoreCase(speaker) || speaker.endsWith(mentionKey);
  }

  private int longestInParagraph(List<Span> quotes, int last, int paragraph) {
    int longest = last;
    for (int j = last; j >= 0 && doc.paragraphOf(quotes.get(j).begin()) == paragraph; j--) {
      if (words(quotes.get(j)) > words(quotes.get(longest))) {
        longest = j;
      }
    }
    return longest;
  }

  private int words(Span quote) {
    return doc.slice(quote.begin(), quote.end()).split("\\s+").length;
  }

  /** Dialogue read backwards: a quote-only paragraph before two turns by B then A is A's (A B A). */
  SpeakerResolver.Found fromLaterTurns(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    Span quote = quotes.get(i);
    int paragraph = doc.paragraphOf(quote.begin());
    if (!doc.opensParagraph(quote.begin())) {
      return null;
    }
    int next = firstQuoteInParagraph(quotes, i + 1, paragraph + 1);
    int after = next < 0 ? -1 : firstQuoteInParagraph(quotes, next + 1, paragraph + 2);
    if (next < 0 || after < 0 || found.get(next) == null || found.get(after) == null) {
      return null;
    }
    String b = found.get(next).speaker();
    String a = found.get(after).speaker();
    if (a.isEmpty() || b.isEmpty() || a.equals(b) || DescribedPersons.isDescribed(b)) {
      // an unnamed person's turn (B) may answer anyone: it is no evidence of who spoke before it
      return null;
    }
    if (i > 0 && found.get(i - 1) != null && a.equals(found.get(i - 1).speaker())
        && doc.paragraphOf(quotes.get(i - 1).begin()) == paragraph - 1
        && doc.opensParagraph(quotes.get(i - 1).begin())) {
      // a new turn right after A's own turn is someone answering A, not A again
      return null;
    }
    return QuoteAttribution.carried(found.get(after), Sieve.TURN_TAKING);
  }

  private int firstQuoteInParagraph(List<Span> quotes, int from, int paragraph) {
    for (int j = from; j < quotes.size(); j++) {
      int p = doc.paragraphOf(quotes.get(j).begin());
      if (p == paragraph) {
        return j;
      }
      if (p > paragraph) {
        return -1;
      }
    }
    return -1;
  }

  /** The index of the last quote in that paragraph, searching back from {@code from}; -1 when it has none. */
  private int lastQuoteInParagraph(List<Span> quotes, int from, int paragraph) {
    for (int j = from; j >= 0; j--) {
      int p = doc.paragraphOf(quotes.get(j).begin());
      if (p == paragraph) {
        return j;
      }
      if (p < paragraph) {
        return -1;
      }
    }
    return -1;
  }

  /** The person a quote addresses by name, or null ({@link Addressees#vocative}). */
  RawMention vocative(Span quote) {
    return addressees.vocative(quote);
  }

  /** See {@link Conversation#participants}. */
  List<String> participants(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    return conversation.participants(quotes, found, i);
  }

  /** See {@link Conversation#inDialogue}. */
  boolean inDialogue(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    return conversation.inDialogue(quotes, found, i);
  }

  /** See {@link Conversation#previousTurn}. */
  String previousTurn(List<Span> quotes, List<SpeakerResolver.Found> found, int i) {
    return conversation.previousTurn(quotes, found, i);
  }

  void nameTheNarrator(List<Span> quotes, List<SpeakerResolver.Found> found) {
    addressees.nameTheNarrator(quotes, found);
  }
}
