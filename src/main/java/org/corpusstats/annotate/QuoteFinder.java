package org.corpusstats.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * The quotations of a chunk, found by CoreNLP's quote annotator without its attribution (corpus-stats attributes
 * quotes itself, docs/OUTPUTS.md; the annotator then needs no models) on the chunk alone.
 *
 * <p>Why the copy: the annotator rebuilds the text before the first token by concatenation, token by token, so it
 * is run on the chunk's tokens and sentences copied with offsets moved to start at 0, and the quotes found are moved
 * back. When a chunk was the document up to it blanked to spaces, this saved time growing with the square of the
 * position; chunks are now annotated on their own characters ({@link ChunkOffsets}), so the shift is only the
 * chunk's leading white space, and the copy could go (left as it is: the tables were checked with it).
 *
 * <p>Two uses: {@link #find} when annotating, and {@link #restoreNesting} after reading from the cache, whose
 * protobuf serializer keeps the top-level quotes but drops the quotes nested inside them.
 */
final class QuoteFinder {

  private static final QuoteAnnotator FINDER = finder(false);
  /** For texts that write speech in single quotes ('…,' said he), as many British editions do. */
  private static final QuoteAnnotator SINGLE_QUOTE_FINDER = finder(true);
  /**
   * A single quote that opens a paragraph, before a letter or digit: speech, as an apostrophe ('em, 'tis) seldom
   * begins a paragraph.
   */
  private static final java.util.regex.Pattern SINGLE_OPENING =
      java.util.regex.Pattern.compile("(?m)^[ \\t]*['\u2018](?=[\\p{L}\\p{N}])");
  private static final java.util.regex.Pattern DOUBLE_QUOTE = java.util.regex.Pattern.compile("[\"\u201C\u201D]");
  /** How many paragraphs opening with a single quote, with no double quote at all, make a chunk a single-quote text. */
  private static final int SINGLE_QUOTE_OPENINGS = 3;

  private QuoteFinder() {}

  /** Sets the chunk's quotations, nested ones inside their quotes, at document offsets. */
  static synchronized void find(Annotation annotation) {
    List<CoreMap> found = foundOnTheChunkAlone(annotation);
    annotation.set(CoreAnnotations.QuotationsAnnotation.class, found);
  }

  /** Gives each top-level quote read from the cache its nested quotes back. */
  static synchronized void restoreNesting(Annotation annotation) {
    List<CoreMap> attributed = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    if (attributed == null || attributed.isEmpty()) {
      return;
    }
    List<CoreMap> found = foundOnTheChunkAlone(annotation);
    for (CoreMap quote : attributed) {
      for (CoreMap same : found) {
        if (begin(same) == begin(quote) && end(same) == end(quote)) {
          quote.set(CoreAnnotations.QuotationsAnnotation.class, same.get(CoreAnnotations.QuotationsAnnotation.class));
        }
      }
    }
  }

  /** The annotator's top-level quotes, with nested ones inside, moved back to document offsets. */
  private static List<CoreMap> foundOnTheChunkAlone(Annotation annotation) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return new ArrayList<>();
    }
    int base = tokens.get(0).beginPosition();
    Annotation scratch = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class).substring(base));
    List<CoreLabel> moved = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      CoreLabel copy = new CoreLabel(token);
      copy.setBeginPosition(token.beginPosition() - base);
      copy.setEndPosition(token.endPosition() - base);
      moved.add(copy);
    }
    List<CoreMap> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      CoreMap copy = new ArrayCoreMap(sentence);
      shift(copy, -base);
      int first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int last = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
      copy.set(CoreAnnotations.TokensAnnotation.class, moved.subList(first, last));
      sentences.add(copy);
    }
    scratch.set(CoreAnnotations.TokensAnnotation.class, moved);
    scratch.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    scratch.set(CoreAnnotations.DocIDAnnotation.class, annotation.get(CoreAnnotations.DocIDAnnotation.class));
    finderFor(scratch.get(CoreAnnotations.TextAnnotation.class)).annotate(scratch);
    List<CoreMap> found = scratch.get(CoreAnnotations.QuotationsAnnotation.class);
    if (found == null) {
      return new ArrayList<>();
    }
    // Each quote is moved back once, however many lists hold it.
    Set<CoreMap> movedBack = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CoreMap quote : found) {
      moveBack(quote, tokens, base, movedBack);
    }
    return found;
  }

  /** Back to document offsets, and to the chunk's own tokens, the quote and those nested in it. */
  private static void moveBack(CoreMap quote, List<CoreLabel> tokens, int by, Set<CoreMap> movedBack) {
    if (!movedBack.add(quote)) {
      return;
    }
    shift(quote, by);
    Integer first = quote.get(CoreAnnotations.TokenBeginAnnotation.class);
    Integer last = quote.get(CoreAnnotations.TokenEndAnnotation.class);
    if (first != null && last != null) {
      quote.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(first, last));
    }
    List<CoreMap> nested = quote.get(CoreAnnotations.QuotationsAnnotation.class);
    if (nested != null) {
      nested.forEach(n -> moveBack(n, tokens, by, movedBack));
    }
  }

  private static void shift(CoreMap map, int by) {
    map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin(map) + by);
    map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end(map) + by);
  }

  private static int begin(CoreMap quote) {
    return quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static int end(CoreMap quote) {
    return quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  /**
   * Double quotation marks as CoreNLP reads them by default; single ones only in a text that has no double quotation
   * mark and opens several single-quoted passages, so that apostrophes ("the workers' houses") never open a
   * quotation in the usual text.
   */
  static QuoteAnnotator finderFor(String text) {
    if (DOUBLE_QUOTE.matcher(text).find()) {
      return FINDER;
    }
    java.util.regex.Matcher openings = SINGLE_OPENING.matcher(text);
    int count = 0;
    while (count < SINGLE_QUOTE_OPENINGS && openings.find()) {
      count++;
    }
    return count >= SINGLE_QUOTE_OPENINGS ? SINGLE_QUOTE_FINDER : FINDER;
  }

  private static QuoteAnnotator finder(boolean singleQuotes) {
    Properties props = new Properties();
    props.setProperty("quote.attributeQuotes", "false");
    props.setProperty("quote.singleQuotes", Boolean.toString(singleQuotes));
    return new QuoteAnnotator("quote", props, false);
  }
}
