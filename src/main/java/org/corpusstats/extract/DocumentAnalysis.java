package org.corpusstats.extract;

import java.io.Serializable;
import java.util.List;

/**
 * Everything extracted from one document: plain records, no CoreNLP types.
 *
 * @param text the document as read (BOM removed); every offset in every record indexes into it
 */
public record DocumentAnalysis(String document, String text, String title, List<Section> sections, int paragraphs,
                               List<Sentence> sentences, List<Mention> mentions, List<DateRef> dates,
                               List<Figure> figures, List<Quote> quotes) implements Serializable {
  public DocumentAnalysis {
    sections = List.copyOf(sections);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
