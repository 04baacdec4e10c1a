package org.corpusstats.extract;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.SourceDocument;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;

/**
 * A document with its CoreNLP annotation (one per chunk, joined here into one sequence of sentences) and its
 * layout, and the plain {@link Sentence} records built from them: what every extractor reads.
 */
final class AnnotatedText {

  final SourceDocument source;
  final DocumentLayout layout;
  final List<Sentence> sentences;
  /** CoreNLP's annotation, chunk by chunk: for a long document, read back from disk when asked for. */
  private final List<CoreDocument> chunks;
  /** The index of each chunk's first sentence in the document, and (last) the number of sentences. */
  private final int[] firstSentence;
  private final List<int[]> quoteSpans;
  private final int longestQuote;
  private final CorefChains chains = new CorefChains();

  /**
   * Reads the annotation once, in order, for what every extractor needs whole (the sentences as plain records,
   * the coreference chains, the quotes); CoreNLP's own objects are asked for again sentence by sentence.
   *
   * @param chunks CoreNLP's annotation of the document, chunk by chunk in text order
   */
  AnnotatedText(SourceDocument source, DocumentLayout layout, List<CoreDocument> chunks) {
    this.source = source;
    this.layout = layout;
    this.chunks = chunks;
    this.firstSentence = new int[chunks.size() + 1];
    List<int[]> spans = new ArrayList<>();
    List<Sentence> built = new ArrayList<>();
    // Every token had four strings of its own, most of them repeats ("the", "DT", "O"); one copy of each per
    // document makes the records that outlive CoreNLP's annotation, and what Spark ships, a fraction of the size.
    Map<String, String> strings = new HashMap<>();
    for (int c = 0; c < chunks.size(); c++) {
      CoreDocument chunk = chunks.get(c);
      firstSentence[c] = built.size();
      chains.add(chunk.corefChains() == null ? Map.of() : chunk.corefChains(), built.size());
      for (CoreSentence sentence : chunk.sentences()) {
        built.add(sentence(sentence, built.size(), strings));
      }
      if (chunk.annotation().get(CoreAnnotations.QuotationsAnnotation.class) != null) {
        for (CoreMap quote : QuoteAnnotator.gatherQuotes(chunk.annotation())) {
          spans.add(new int[] {quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)});
        }
      }
    }
    firstSentence[chunks.size()] = built.size();
    this.sentences = List.copyOf(built);
    spans = new ArrayList<>(OpenQuotes.splitAtParagraphs(source.text(), layout, spans));
    spans.sort(Comparator.comparingInt(q -> q[0]));
    spans.addAll(OpenQuotes.paragraphsLeftOpen(source.text(), layout, spans));
    spans.sort(Comparator.<int[]>comparingInt(q -> q[0]).thenComparingInt(q -> -q[1]));
    this.quoteSpans = List.copyOf(spans);
    this.longestQuote = spans.stream().mapToInt(q -> q[1] - q[0]).max().orElse(0);
  }

  /** Every span in quotation marks, nested ones included, in text order: [begin, end). */
  List<int[]> quoteSpans() {
    return quoteSpans;
  }

  /** CoreNLP's sentences of the whole document, in order: a view that asks the chunks for each one. */
  List<CoreSentence> coreSentences() {
    return new AbstractList<>() {
      @Override
      public CoreSentence get(int index) {
        return coreSentence(index);
      }

      @Override
      public int size() {
        return sentences.size();
      }
    };
  }

  /** CoreNLP's coreference chains, chunk by chunk. */
  CorefChains corefChains() {
    return chains;
  }

  String name() {
    return source.name();
  }

  String text() {
    return source.text();
  }

  private static String shared(Map<String, String> strings, String value) {
    return value == null ? null : strings.computeIfAbsent(value, v -> v);
  }

  String slice(int begin, int end) {
    return source.text().substring(begin, end);
  }

  /** The sentence record for CoreNLP's 0-based sentence index. */
  Sentence sentence(int coreIndex) {
    return sentences.get(coreIndex);
  }

  /** The sentence's basic dependency parse (CoreNLP's 0-based index), or null when it has none. */
  SemanticGraph graph(int coreIndex) {
    return coreSentence(coreIndex).coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }

  CoreSentence coreSentence(int coreIndex) {
    int chunk = chunkOf(coreIndex);
    return chunks.get(chunk).sentences().get(coreIndex - firstSentence[chunk]);
  }

  /** The chunk that holds the sentence: the last whose first sentence is at or before it. */
  private int chunkOf(int coreIndex) {
    int low = 0;
    int high = chunks.size() - 1;
    int found = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (firstSentence[mid] <= coreIndex) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** 0-based index of the sentence that holds this offset (the last one starting at or before it). */
  int sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    int found = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).charBegin() <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** The 1-based paragraph number of the sentence that holds this offset. */
  int paragraphOf(int offset) {
    return sentences.get(sentenceAt(offset)).paragraph();
  }

  /** Where the paragraph that holds this offset ends. */
  int paragraphEnd(int offset) {
    return layout.paragraphAt(offset).charEnd();
  }

  /** Whether only white space stands between the start of its paragraph and this offset. */
  boolean opensParagraph(int offset) {
    DocumentLayout.Paragraph p = layout.paragraphAt(offset);
    return source.text().substring(p.charBegin(), offset).isBlank();
  }

  /** [sentence, token] (both 0-based) of the first token that ends after this offset, or null past the end. */
  int[] tokenFrom(int offset) {
    for (int s = sentenceAt(offset); s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      for (int t = 0; t < tokens.size(); t++) {
        if (tokens.get(t).charEnd() > offset) {
          return new int[] {s, t};
        }
      }
    }
    return null;
  }

  /** [sentence, token] of the last token that begins before this offset, or null before the start. */
  int[] tokenBefore(int offset) {
    for (int s = sentenceAt(offset); s >= 0; s--) {
      List<Token> tokens = sentences.get(s).tokens();
      for (int t = tokens.size() - 1; t >= 0; t--) {
        if (tokens.get(t).charBegin() < offset) {
          return new int[] {s, t};
        }
      }
    }
    return null;
  }

  /** Whether the offset lies inside a span in quotation marks. */
  boolean insideQuote(int offset) {
    return !quotesOverlapping(offset, offset + 1).isEmpty();
  }

  /**
   * The spans in quotation marks that overlap [from, to), in text order: a binary search for the last span that
   * begins before {@code to}, then back only as far as the longest span reaches.
   */
  List<int[]> quotesOverlapping(int from, int to) {
    int low = 0;
    int high = quoteSpans.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (quoteSpans.get(mid)[0] < to) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<int[]> found = new ArrayList<>();
    for (int i = low - 1; i >= 0 && quoteSpans.get(i)[0] >= from - longestQuote; i--) {
      if (quoteSpans.get(i)[1] > from) {
        found.add(0, quoteSpans.get(i));
      }
    }
    return found;
  }

  private Sentence sentence(CoreSentence sentence, int index, Map<String, String> strings) {
    int begin = sentence.charOffsets().first();
    int end = sentence.charOffsets().second();
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel label : sentence.tokens()) {
      tokens.add(new Token(label.index() - 1, shared(strings, slice(label.beginPosition(), label.endPosition())),
          shared(strings, label.lemma()), shared(strings, label.tag()),
          shared(strings, label.ner() == null ? "O" : label.ner()), label.beginPosition(), label.endPosition()));
    }
    int section = layout.sectionAt(begin);
    DocumentLayout.Paragraph paragraph = layout.paragraphAt(begin);
    return new Sentence(name(), index + 1, section, layout.sectionTitle(section), paragraph.index(),
        begin, end, paragraph.heading(), tokens);
  }
}
