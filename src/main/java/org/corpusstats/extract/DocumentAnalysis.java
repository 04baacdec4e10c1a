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

  /**
   * The same document with empty sentences: what the extraction tables and the report read, without the tokens,
   * which are most of a document's records (the Spark driver holds the corpus this way).
   */
  public DocumentAnalysis withoutTokens() {
    List<Sentence> bare = sentences.stream().map(s -> new Sentence(s.document(), s.index(), s.sectionIndex(),
        s.section(), s.paragraph(), s.charBegin(), s.charEnd(), s.heading(), List.of())).toList();
    return new DocumentAnalysis(document, text, title, sections, paragraphs, bare, mentions, dates, figures, quotes);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
