package org.corpusstats.annotate;

import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's protobuf serializer keeps the top-level quotes with their attribution but drops the quotes nested
 * inside them (‘busy’ inside a long quotation). After reading from the cache, the quote annotator is run again,
 * without attribution (it needs no models), and each top-level quote gets its nested quotes back.
 */
final class QuoteNesting {

  private static final QuoteAnnotator FINDER = finder();

  private QuoteNesting() {}

  static void restore(Annotation annotation) {
    List<CoreMap> attributed = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    if (attributed == null || attributed.isEmpty()) {
      return;
    }
    Annotation scratch = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
    scratch.set(CoreAnnotations.TokensAnnotation.class, annotation.get(CoreAnnotations.TokensAnnotation.class));
    scratch.set(CoreAnnotations.SentencesAnnotation.class, annotation.get(CoreAnnotations.SentencesAnnotation.class));
    scratch.set(CoreAnnotations.DocIDAnnotation.class, annotation.get(CoreAnnotations.DocIDAnnotation.class));
    FINDER.annotate(scratch);
    List<CoreMap> found = scratch.get(CoreAnnotations.QuotationsAnnotation.class);
    for (CoreMap quote : attributed) {
      for (CoreMap same : found) {
        if (begin(same) == begin(quote) && end(same) == end(quote)) {
          quote.set(CoreAnnotations.QuotationsAnnotation.class, same.get(CoreAnnotations.QuotationsAnnotation.class));
        }
      }
    }
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
