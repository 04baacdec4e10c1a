package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.SourceDocument;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * A document with its CoreNLP annotation and layout, and the plain {@link Sentence} records built from them:
 * what every extractor reads.
 */
final class AnnotatedText {

  final SourceDocument source;
  final DocumentLayout layout;
  final CoreDocument annotation;
  final List<Sentence> sentences;
  private List<int[]> quoteSpans;

  AnnotatedText(SourceDocument source, DocumentLayout layout, CoreDocument annotation) {
    this.source = source;
    this.layout = layout;
    this.annotation = annotation;
    this.sentences = buildSentences();
  }

  /** Every span in quotation marks, nested ones included, in text order: [begin, end). */
  List<int[]> quoteSpans() {
    if (quoteSpans == null) {
      List<CoreMap> quotes = annotation.annotation().get(CoreAnnotations.QuotationsAnnotation.class) == null
          ? List.of() : QuoteAnnotator.gatherQuotes(annotation.annotation());
      quoteSpans = quotes.stream().map(q -> new int[] {
          q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)}).toList();
    }
    return quoteSpans;
  }

  String name() {
    return source.name();
  }

  String text() {
    return source.text();
  }

  String slice(int begin, int end) {
    return source.text().substring(begin, end);
  }

  /** The sentence record for CoreNLP's 0-based sentence index. */
  Sentence sentence(int coreIndex) {
    return sentences.get(coreIndex);
  }

  CoreSentence coreSentence(int coreIndex) {
    return annotation.sentences().get(coreIndex);
  }

  /** 0-based index of the sentence that holds this offset. */
  int sentenceAt(int offset) {
    int found = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).charBegin() > offset) {
        break;
      }
      found = i;
    }
    return found;
  }

  private List<Sentence> buildSentences() {
    List<Sentence> built = new ArrayList<>();
    List<CoreSentence> coreSentences = annotation.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreSentence sentence = coreSentences.get(i);
      int begin = sentence.charOffsets().first();
      int end = sentence.charOffsets().second();
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : sentence.tokens()) {
        tokens.add(new Token(label.index() - 1, slice(label.beginPosition(), label.endPosition()),
            label.lemma(), label.tag(), label.ner() == null ? "O" : label.ner(),
            label.beginPosition(), label.endPosition()));
      }
      int section = layout.sectionAt(begin);
      DocumentLayout.Paragraph paragraph = layout.paragraphAt(begin);
      built.add(new Sentence(name(), i + 1, section, layout.sectionTitle(section), paragraph.index(),
          begin, end, paragraph.heading(), tokens));
    }
    return built;
  }
}
