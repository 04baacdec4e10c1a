package org.corpusstats.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's protobuf serializer keeps the top-level quotes with their attribution but drops the quotes nested
 * inside them (‘busy’ inside a long quotation). After reading from the cache, the quote annotator is run again,
 * without attribution (it needs no models), and each top-level quote gets its nested quotes back.
 *
 * <p>The annotator runs on the chunk alone, its offsets moved to start at 0, and the quotes it finds are moved
 * back. A chunk's text is the document up to it blanked to spaces (so that offsets are document offsets), and the
 * annotator rebuilds that text by concatenation, token by token: run on it as it is, the cost grows with the
 * square of the position in the document (half the time of a warm re-run of the chapter; hours on a book).
 */
final class QuoteNesting {

  private static final QuoteAnnotator FINDER = finder();

  private QuoteNesting() {}

  static void restore(Annotation annotation) {
    List<CoreMap> attributed = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (attributed == null || attributed.isEmpty() || tokens == null || tokens.isEmpty()) {
      return;
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
    FINDER.annotate(scratch);
    List<CoreMap> found = scratch.get(CoreAnnotations.QuotationsAnnotation.class);
    // Each quote found is moved back once, however many lists hold it.
    java.util.Set<CoreMap> movedBack = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (CoreMap quote : attributed) {
      for (CoreMap same : found) {
        if (begin(same) + base == begin(quote) && end(same) + base == end(quote)) {
          List<CoreMap> nested = same.get(CoreAnnotations.QuotationsAnnotation.class);
          if (nested != null) {
            nested.forEach(n -> moveBack(n, base, movedBack));
          }
          quote.set(CoreAnnotations.QuotationsAnnotation.class, nested);
        }
      }
    }
  }

  /** Moves a quote found on the moved chunk, and the quotes nested in it, back to document offsets. */
  private static void moveBack(CoreMap quote, int by, java.util.Set<CoreMap> movedBack) {
    if (!movedBack.add(quote)) {
      return;
    }
    shift(quote, by);
    List<CoreMap> nested = quote.get(CoreAnnotations.QuotationsAnnotation.class);
    if (nested != null) {
      nested.forEach(n -> moveBack(n, by, movedBack));
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

  private static QuoteAnnotator finder() {
    Properties props = new Properties();
    props.setProperty("quote.attributeQuotes", "false");
    return new QuoteAnnotator("quote", props, false);
  }
}
