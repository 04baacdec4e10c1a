package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;

/**
 * Every span in quotation marks (CoreNLP's quote annotator: curly or straight, single quotes nested in double),
 * as a quotation or a scare-quoted term, with its speaker.
 *
 * <p>The speaker comes from the text first (a verb of saying in the same sentence, else the sentence leading
 * into the quotation), then from CoreNLP's quote attribution when it linked the quote to a mention. Its
 * top-speaker guess, made when nothing in the text names a speaker, is not used: an empty speaker is better
 * than a guess. Quotes nested inside another quotation get no speaker.
 */
final class QuoteExtractor {

  /** A quoted span of at most this many words is a term ("caste", "Enrich Yourselves"), not a statement. */
  static final int TERM_MAX_WORDS = 4;

  List<Quote> extract(AnnotatedText doc, List<RawMention> mentions) {
    List<CoreMap> quotes = doc.quotes();
    List<int[]> spans = doc.quoteSpans();
    List<int[]> termSpans = new ArrayList<>();
    for (int[] span : spans) {
      if (words(doc, span[0], span[1]) <= TERM_MAX_WORDS) {
        termSpans.add(span);
      }
    }
    SpeakerFinder speakers = new SpeakerFinder(doc, mentions, termSpans);
    List<Quote> found = new ArrayList<>();
    for (CoreMap quote : quotes) {
      int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int depth = (int) spans.stream().filter(s -> s[0] < begin && end <= s[1]
          || s[0] <= begin && end < s[1]).count();
      int words = words(doc, begin, end);
      String kind = words <= TERM_MAX_WORDS ? "term" : "quotation";
      SpeakerFinder.Found speaker = depth > 0 ? null : speaker(doc, speakers, quote, begin, end, mentions);
      int sentence = doc.sentenceAt(begin);
      found.add(new Quote(doc.name(), sentence + 1, begin, end, words, kind, depth,
          speaker == null ? "" : speaker.speaker(), speaker == null ? "" : speaker.type(),
          speaker == null ? "" : speaker.evidence(), doc.slice(begin, end)));
    }
    return found;
  }

  private static SpeakerFinder.Found speaker(AnnotatedText doc, SpeakerFinder speakers, CoreMap quote,
                                             int begin, int end, List<RawMention> mentions) {
    int sentence = doc.sentenceAt(begin);
    SpeakerFinder.Found found = speakers.fromSentence(sentence, begin, end, false);
    if (found == null && startsItsSentence(doc, sentence, begin) && sentence > 0
        && !doc.sentence(sentence - 1).heading()) {
      found = speakers.fromSentence(sentence - 1, begin, end, true);
    }
    if (found == null) {
      found = fromCoreNlp(quote, mentions);
    }
    return found;
  }

  private static boolean startsItsSentence(AnnotatedText doc, int sentence, int begin) {
    return doc.sentence(sentence).charBegin() >= begin - 1;
  }

  /**
   * CoreNLP's attribution, only where it linked the quote to a mention in the text (not its top-speaker guess)
   * and that mention names an entity ("administrators" is no speaker).
   */
  private static SpeakerFinder.Found fromCoreNlp(CoreMap quote, List<RawMention> mentions) {
    String mention = quote.get(QuoteAttributionAnnotator.MentionAnnotation.class);
    String speaker = quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
    if (mention == null || mention.isBlank()) {
      return null;
    }
    String name = Names.isPronoun(mention) ? speaker : mention;
    if (name == null || name.isBlank() || Names.isPronoun(name)) {
      return null;
    }
    String key = Names.key(name);
    RawMention named = mentions.stream().filter(m -> m.key().equalsIgnoreCase(key)).findFirst().orElse(null);
    if (named == null) {
      return null;
    }
    String sieve = quote.get(QuoteAttributionAnnotator.MentionSieveAnnotation.class);
    return new SpeakerFinder.Found(named.key(), named.nerType(), mention + " [CoreNLP quote attribution"
        + (sieve == null ? "" : ", " + sieve) + "]");
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
