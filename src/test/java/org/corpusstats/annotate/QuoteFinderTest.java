package org.corpusstats.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/** Nested quotes come back at their document offsets, for a chunk far into its document. */
final class QuoteFinderTest {

  @Test
  void nestedQuotesLostByTheCacheComeBackAtDocumentOffsets() {
    // A chunk as the chunker makes it: the document before it blanked to spaces.
    String text = " ".repeat(5000) + "He wrote: \u201cThe word \u2018busy\u2019 was all they said, and \u2018soon\u2019 too.\u201d Then he left.";
    Annotation annotation = annotated(text);
    List<int[]> expected = nested(annotation);
    // What the protobuf cache gives back: the top-level quote without the ones inside it.
    annotation.get(CoreAnnotations.QuotationsAnnotation.class)
        .forEach(q -> q.set(CoreAnnotations.QuotationsAnnotation.class, null));

    QuoteFinder.restoreNesting(annotation);

    assertThat(expected).hasSize(2);
    assertThat(nested(annotation)).containsExactlyElementsOf(expected);
    assertThat(text.substring(expected.get(0)[0], expected.get(0)[1])).isEqualTo("\u2018busy\u2019");
  }

  @Test
  void aQuoteNestedTwoDeepIsMovedBackOnce() {
    String text = " ".repeat(3000) + "She said: \u201cHe told me \u2018they shouted \u201cstop\u201d at us\u2019 and left.\u201d";
    Annotation annotation = annotated(text);
    List<int[]> expected = allNested(annotation);
    annotation.get(CoreAnnotations.QuotationsAnnotation.class)
        .forEach(q -> q.set(CoreAnnotations.QuotationsAnnotation.class, null));

    QuoteFinder.restoreNesting(annotation);

    assertThat(allNested(annotation)).containsExactlyElementsOf(expected);
    for (int[] span : allNested(annotation)) {
      assertThat(span[1]).isLessThanOrEqualTo(text.length());
      assertThat(text.charAt(span[0])).isIn('\u2018', '\u201c');
    }
  }

  @Test
  void aTextThatWritesSpeechInSingleQuotesHasItsQuotationsFound() {
    String text = "'I am not going to stay here all night,' said Mr. Parr. 'The coach leaves at nine.'\n\n"
        + "'Then go,' replied his wife, 'and take the lamp with you.'\n\n'I will,' said he. 'Good night.'";
    Annotation annotation = tokenized(text);

    QuoteFinder.find(annotation);

    assertThat(annotation.get(CoreAnnotations.QuotationsAnnotation.class)).extracting(q -> q.get(
        CoreAnnotations.TextAnnotation.class)).contains("'The coach leaves at nine.'", "'and take the lamp with you.'");
  }

  @Test
  void apostrophesInATextWithDoubleQuotesOpenNoQuotation() {
    String text = "\u201cThe workers' houses are cold,\u201d said Mr. Parr. 'Tis the landlords' fault, and 'em "
        + "that built them. 'Twas ever so, and 'twill be so.";
    Annotation annotation = tokenized(text);

    QuoteFinder.find(annotation);

    assertThat(annotation.get(CoreAnnotations.QuotationsAnnotation.class)).hasSize(1);
  }

  private static Annotation tokenized(String text) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    Annotation annotation = new Annotation(text);
    new StanfordCoreNLP(props).annotate(annotation);
    return annotation;
  }

  private static Annotation annotated(String text) {
    Annotation annotation = tokenized(text);
    Properties quotes = new Properties();
    quotes.setProperty("quote.attributeQuotes", "false");
    new QuoteAnnotator("quote", quotes, false).annotate(annotation);
    return annotation;
  }

  /** Every quote below the top level, depth first. */
  private static List<int[]> allNested(Annotation annotation) {
    List<int[]> spans = new ArrayList<>();
    annotation.get(CoreAnnotations.QuotationsAnnotation.class).forEach(q -> collect(q, spans));
    return spans;
  }

  private static void collect(CoreMap quote, List<int[]> spans) {
    List<CoreMap> inner = quote.get(CoreAnnotations.QuotationsAnnotation.class);
    if (inner != null) {
      for (CoreMap n : inner) {
        spans.add(new int[] {n.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            n.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)});
        collect(n, spans);
      }
    }
  }

  private static List<int[]> nested(Annotation annotation) {
    List<int[]> spans = new ArrayList<>();
    for (CoreMap quote : annotation.get(CoreAnnotations.QuotationsAnnotation.class)) {
      List<CoreMap> inner = quote.get(CoreAnnotations.QuotationsAnnotation.class);
      if (inner != null) {
        inner.forEach(n -> spans.add(new int[] {n.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            n.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)}));
      }
    }
    return spans;
  }
}
