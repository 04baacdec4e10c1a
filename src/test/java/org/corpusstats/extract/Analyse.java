package org.corpusstats.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.corpusstats.annotate.NlpPipeline;
import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.LayoutDetector;
import org.corpusstats.input.SourceDocument;

/** Runs the real CoreNLP pipeline (loaded once per test JVM) and the extractors over texts written in a test. */
final class Analyse {

  private Analyse() {}

  static CorpusAnalysis texts(String... texts) {
    Extractor extractor = new Extractor();
    List<DocumentExtraction> extracted = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      String name = "doc" + (i + 1) + ".txt";
      SourceDocument source = new SourceDocument(name, Path.of(name), texts[i], "", texts[i].length());
      DocumentLayout layout = new LayoutDetector(true).detect(texts[i]);
      extracted.add(extractor.extract(source, layout, List.of(NlpPipeline.annotate(name, layout.nlpText()))));
    }
    return extractor.resolve(extracted, new EntityResolver(List.of(), Set.of()));
  }

  static DocumentAnalysis text(String text) {
    return texts(text).documents().get(0);
  }

  /** The shortest quote of the document that holds the text. */
  static Quote quote(DocumentAnalysis doc, String text) {
    return doc.quotes().stream().filter(q -> q.text().contains(text))
        .min(java.util.Comparator.comparingInt(Quote::words))
        .orElseThrow(() -> new AssertionError("no quote with '" + text + "' in " + doc.quotes()));
  }
}
