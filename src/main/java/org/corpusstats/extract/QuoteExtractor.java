package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;


/**
 * Every span in quotation marks (CoreNLP's quote annotator: curly or straight, single quotes nested in double),
 * as a quotation or a scare-quoted term, with its speaker ({@link QuoteAttribution}). Quotes nested inside
 * another quotation get no speaker.
 */
final class QuoteExtractor {

  /** A quoted span of at most this many words is a term ("caste", "Enrich Yourselves"), not a statement. */
  static final int TERM_MAX_WORDS = 4;

  List<Quote> extract(AnnotatedText doc, List<RawMention> mentions) {
    List<int[]> spans = doc.quoteSpans();
    List<int[]> termSpans = new ArrayList<>();
    for (int[] span : spans) {
      if (words(doc, span[0], span[1]) <= TERM_MAX_WORDS) {
        termSpans.add(span);
      }
    }
    List<QuoteAttribution.Span> topLevel = new ArrayList<>();
    int[] depths = new int[spans.size()];
    SpanIndex nesting = new SpanIndex(spans);
    for (int i = 0; i < spans.size(); i++) {
      int begin = spans.get(i)[0];
      int end = spans.get(i)[1];
      depths[i] = nesting.enclosing(begin, end);
      if (depths[i] == 0) {
        topLevel.add(new QuoteAttribution.Span(begin, end));
      }
    }
    List<SpeakerResolver.Found> speakers = new QuoteAttribution(doc, mentions, termSpans).attribute(topLevel);
    List<Quote> found = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < spans.size(); i++) {
      int begin = spans.get(i)[0];
      int end = spans.get(i)[1];
      SpeakerResolver.Found speaker = depths[i] == 0 ? speakers.get(next++) : null;
      int words = words(doc, begin, end);
      found.add(new Quote(doc.name(), doc.sentenceAt(begin) + 1, begin, end, words,
          words <= TERM_MAX_WORDS ? QuoteKind.TERM : QuoteKind.QUOTATION, depths[i],
          speaker == null ? "" : speaker.speaker(), speaker == null ? "" : speaker.type(),
          speaker == null ? "" : speaker.evidence(), doc.slice(begin, end)));
    }
    return found;
  }

  private static int words(AnnotatedText doc, int begin, int end) {
    String inner = doc.slice(begin, end);
    int count = 0;
    for (String piece : inner.split("[\\s\\u00A0]+")) {
      if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
        count++;
      }
    }
    return count;
  }
}
