package org.corpusstats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentExtraction;
import org.corpusstats.extract.EntityResolver;
import org.corpusstats.extract.Extractor;
import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.SourceDocument;
import org.corpusstats.report.Manifest;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.stats.Statistics;
import org.corpusstats.stats.StatisticsStage;

/**
 * Where the read, annotate and extract stages run: on this machine's threads ({@link LocalEngine}), or on Apache
 * Spark ({@code org.corpusstats.spark.SparkEngine}, built with {@code -Pspark}). Entity resolution and the two
 * passes of the statistics run where the engine keeps the documents, through the same code; the tables and the
 * report are written here. So both engines write the same tables.
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
   * The annotated corpus, where the engine keeps it: in this JVM, or on Spark's executors. The pipeline resolves
   * the entities first, then asks for the statistics; closing releases what the engine holds.
   */
  interface Extracted extends AutoCloseable {

    /** What the manifest says about each document, in the input's order. */
    List<Map<String, Object>> inputs();

    /** Files left out with --skip-bad, each with the reason. */
    List<String> skipped();

    /**
     * One canonical entity per referent across the corpus. The analysis returned is what the extraction tables and
     * the report read; an engine that keeps the tokens elsewhere may leave them out of it.
     */
    CorpusAnalysis resolve(EntityResolver resolver);

    /** The statistics stage's tables of the resolved corpus, in the stage's order, with their typed rows. */
    Statistics statistics(StatisticsStage stage);

    @Override
    void close();
  }

  /** The local engine's corpus: every document's records in this JVM. */
  final class InMemory implements Extracted {
    private final List<DocumentExtraction> documents;
    private final List<Map<String, Object>> inputs;
    private final List<String> skipped;
    private CorpusAnalysis resolved;

    /**
     * @param documents each document's records, in the input's order
     * @param inputs    what the manifest says about each document, in the same order
     * @param skipped   files left out with --skip-bad, each with the reason
     */
    public InMemory(List<DocumentExtraction> documents, List<Map<String, Object>> inputs, List<String> skipped) {
      this.documents = List.copyOf(documents);
      this.inputs = List.copyOf(inputs);
      this.skipped = List.copyOf(skipped);
    }

    @Override
    public List<Map<String, Object>> inputs() {
      return inputs;
    }

    @Override
    public List<String> skipped() {
      return skipped;
    }

    @Override
    public CorpusAnalysis resolve(EntityResolver resolver) {
      resolved = new Extractor().resolve(documents, resolver);
      return resolved;
    }

    @Override
    public Statistics statistics(StatisticsStage stage) {
      if (resolved == null) {
        throw new IllegalStateException("Resolve the entities before the statistics");
      }
      return stage.results(resolved);
    }

    @Override
    public void close() {
      // Nothing held but memory.
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
