package org.corpusstats.extract;

import java.util.Set;
import java.util.TreeSet;

import org.corpusstats.input.DocumentLayout;

/**
 * "Then for the Bolsheviki, Trotzky mounted the tribune, borne on a wave of applause. His thin face was… ¶ “Dan's
 * tactics prove…”": a quote that opens its paragraph, right after a paragraph of narration (no quotation of its own)
 * that names one person alone, and names that person as the subject of a clause, is that person's (a scare-quoted
 * term there is no quotation). The last sieve: a conversation's turns, tags and lead-ins all come first.
 */
final class NarrationBefore {

  private static final java.util.regex.Pattern OPENING_MARK = java.util.regex.Pattern.compile("\\s*[\"“‘'«]");

  private final AnnotatedText doc;
  private final SpeakerResolver names;
  private final Subjects subjects;

  /** Scare-quoted terms ("abolished"): no quotation, so a paragraph holding only these is still narration. */
  private final SpanIndex terms;

  NarrationBefore(AnnotatedText doc, SpeakerResolver names, SpanIndex terms) {
    this.doc = doc;
    this.names = names;
    this.terms = terms;
    this.subjects = new Subjects(names);
  }

  SpeakerResolver.Found onePersonBefore(int quoteBegin) {
    if (!doc.opensParagraph(quoteBegin)) {
      return null;
    }
    DocumentLayout.Paragraph here = doc.layout.paragraphAt(quoteBegin);
    if (here.charBegin() == 0) {
      return null;
    }
    DocumentLayout.Paragraph before = doc.layout.paragraphAt(here.charBegin() - 1);
    if (before == null || before.heading() || before.index() != here.index() - 1
        // a paragraph that opens with a quotation mark is a quotation (one running on over paragraphs leaves it open)
        || OPENING_MARK.matcher(doc.slice(before.charBegin(), before.charEnd())).lookingAt()
        || doc.quotesOverlapping(before.charBegin(), before.charEnd()).stream()
            .anyMatch(q -> !terms.has(q[0], q[1]) || QuoteAttribution.isUtterance(doc.slice(q[0], q[1])))) {
      return null;
    }
    Set<String> persons = new TreeSet<>();
    RawMention subject = null;
    for (RawMention m : names.mentionsBetween(before.charBegin(), before.charEnd())) {
      if (m.nerType().equals("PERSON")) {
        persons.add(m.key());
        if (subjects.isSubject(m)) {
          subject = m;
        }
      }
    }
    if (persons.size() != 1 || subject == null) {
      return null;
    }
    return new SpeakerResolver.Found(subject.key(), "PERSON", subject.key() + " [" + Sieve.NARRATION_BEFORE.label
        + "]", Sieve.NARRATION_BEFORE);
  }

  /**
   * "Strand wrote “…”. Later Holm endorsed a report from Vinter that “…”": in narration (a paragraph that
   * does not open with a quote), a quote whose own sentence has for its main subject a person other than the speaker of
   * the paragraph's last quote is not that speaker's going on; the quote's sentence must be another than that quote's.
   */
  boolean anotherMainSubject(int quoteBegin, int previousQuoteBegin, String previousSpeaker) {
    int sentence = doc.sentenceAt(quoteBegin);
    DocumentLayout.Paragraph here = doc.layout.paragraphAt(quoteBegin);
    if (here == null || sentence == doc.sentenceAt(previousQuoteBegin)
        || !doc.quotesOverlapping(here.charBegin(), here.charBegin() + 1).isEmpty()) {
      return false;
    }
    Sentence s = doc.sentence(sentence);
    return names.mentionsBetween(s.charBegin(), s.charEnd()).stream()
        .anyMatch(m -> m.nerType().equals("PERSON") && !doc.insideQuote(m.mention().charBegin())
            && subjects.isSubject(m) && subjects.isMainSubject(m) && !PersonName.same(m.key(), previousSpeaker));
  }
}
