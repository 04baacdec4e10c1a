package org.corpusstats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.corpusstats.extract.DocumentExtraction;
import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.SourceDocument;
import org.corpusstats.report.Manifest;

/**
 * Where the read, annotate and extract stages run: on this machine's threads ({@link LocalEngine}), or on Apache
 * Spark ({@code org.corpusstats.spark.SparkEngine}, built with {@code -Pspark}). Everything after them, from
 * entity resolution to the report, is the same code for both, so both write the same tables.
 */
public interface Engine {

  /** Checks the input; bad input fails here, before the output folder is touched. */
  Input open(RunConfig config);

  /** The input, checked as far as can be without reading every file. */
  interface Input {

    int documentCount();

    /** Annotates and extracts every document; the results come back in the input's order. */
    Extracted annotateAndExtract(Manifest manifest, Consumer<String> say);
  }

  /**
   * @param documents each document's records, in the input's order
   * @param inputs    what the manifest says about each document, in the same order
   * @param skipped   files left out with --skip-bad, each with the reason
   */
  record Extracted(List<DocumentExtraction> documents, List<Map<String, Object>> inputs, List<String> skipped) {
    public Extracted {
      documents = List.copyOf(documents);
      inputs = List.copyOf(inputs);
      skipped = List.copyOf(skipped);
    }
  }

  /** The manifest's entry for one document. */
  static Map<String, Object> describe(SourceDocument document, String location, DocumentLayout layout,
                                      DocumentExtraction extraction) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("document", document.name());
    input.put("path", location);
    input.put("bytes", document.bytes());
    input.put("sha256", document.sha256());
    input.put("characters", document.text().length());
    input.put("title", layout.title());
    input.put("sections", layout.headings().size() + 1);
    input.put("sentences", extraction.analysis().sentences().size());
    input.put("tokens", extraction.analysis().tokenCount());
    List<Map<String, Object>> dropped = new ArrayList<>();
    for (DocumentLayout.DroppedLine line : layout.dropped()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("line", line.line());
      entry.put("text", line.text());
      dropped.add(entry);
    }
    input.put("dropped_boilerplate", dropped);
    return input;
  }
}
