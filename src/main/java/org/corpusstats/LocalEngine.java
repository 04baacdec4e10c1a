package org.corpusstats;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.corpusstats.annotate.AnnotationCache;
import org.corpusstats.annotate.DocumentAnnotator;
import org.corpusstats.annotate.NlpPipeline;
import org.corpusstats.extract.DocumentExtraction;
import org.corpusstats.extract.ExtractionCache;
import org.corpusstats.extract.Extractor;
import org.corpusstats.input.CorpusReader;
import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.LayoutDetector;
import org.corpusstats.input.SourceDocument;
import org.corpusstats.report.Manifest;

/**
 * The default engine: reads the files in this JVM and annotates them chunk by chunk on a pool of threads, from
 * the cache where it can, reducing each document to its plain records as soon as its chunks are done.
 */
public final class LocalEngine implements Engine {

  private final PrintWriter out;
  private final Consumer<String> warn;

  /** @param out where the progress bar or progress lines go */
  public LocalEngine(PrintWriter out, Consumer<String> warn) {
    this.out = out;
    this.warn = warn;
  }

  @Override
  public Input open(RunConfig config) {
    CorpusReader.Corpus read = new CorpusReader(config.encoding(), MemoryBudget.maxCharacters(config.threads()))
        .read(config.input(), config.skipBad());
    return new Input() {
      @Override
      public int documentCount() {
        return read.documents().size();
      }

      @Override
      public Extracted annotateAndExtract(Manifest manifest, Consumer<String> say) {
        return LocalEngine.this.annotateAndExtract(config, read, manifest, say);
      }
    };
  }

  private Extracted annotateAndExtract(RunConfig config, CorpusReader.Corpus read, Manifest manifest,
                                       Consumer<String> say) {
    List<SourceDocument> documents = read.documents();
    List<DocumentAnnotator.Job> jobs = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      DocumentLayout layout = new LayoutDetector(config.dropFurniture()).detect(documents.get(i).text());
      jobs.add(new DocumentAnnotator.Job(i, documents.get(i).name(), layout));
    }
    AnnotationCache cache = config.cache() == null ? null : new AnnotationCache(config.cache(), warn);
    ExtractionCache extractions = config.cache() == null ? null
        : new ExtractionCache(config.cache(), NlpPipeline.fingerprint() + "|corenlp " + Version.coreNlp(), warn);
    Extractor extractor = new Extractor();
    long annotating = System.nanoTime();
    long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
    List<DocumentExtraction> extracted = new ArrayList<>(Collections.nCopies(documents.size(), null));
    String[] keys = new String[documents.size()];
    int fromCache;
    int annotated;
    int extractionsFromCache = 0;
    try (Progress progress = Progress.create(config.quiet(), out, characters, documents.size());
         DocumentAnnotator annotator = new DocumentAnnotator(config.threads(), cache, progress::chunkDone)) {
      // A document whose records are cached skips CoreNLP's annotation and the extraction altogether.
      List<DocumentAnnotator.Job> toAnnotate = new ArrayList<>();
      for (DocumentAnnotator.Job job : jobs) {
        SourceDocument document = documents.get(job.index());
        if (extractions != null) {
          keys[job.index()] = extractions.key(document.name(), document.text(), config.dropFurniture());
          DocumentExtraction cached = extractions.read(keys[job.index()]).orElse(null);
          if (cached != null) {
            extracted.set(job.index(), cached);
            extractionsFromCache++;
            progress.chunkDone(document.text().length());
            progress.documentDone(job.document(), cached.analysis().sentences().size(),
                cached.analysis().tokenCount());
            continue;
          }
        }
        toAnnotate.add(job);
      }
      List<DocumentExtraction> fresh = annotator.annotateAll(toAnnotate, (job, chunks) -> {
        DocumentExtraction extraction = extractor.extract(documents.get(job.index()), job.layout(), chunks);
        if (extractions != null) {
          extractions.write(keys[job.index()], extraction);
        }
        progress.documentDone(job.document(), extraction.analysis().sentences().size(),
            extraction.analysis().tokenCount());
        return extraction;
      });
      for (int i = 0; i < toAnnotate.size(); i++) {
        extracted.set(toAnnotate.get(i).index(), fresh.get(i));
      }
      fromCache = annotator.chunksFromCache();
      annotated = annotator.chunksAnnotated();
    }
    manifest.timing("annotate_and_extract", (System.nanoTime() - annotating) / 1_000_000);
    NlpPipeline.loadMillis().ifPresent(ms -> manifest.timing("load_models", ms));
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      SourceDocument document = documents.get(i);
      inputs.add(Engine.describe(document, document.path().toString(), jobs.get(i).layout(), extracted.get(i)));
    }
    int tokens = extracted.stream().mapToInt(e -> e.analysis().tokenCount()).sum();
    Map<String, Object> annotation = new LinkedHashMap<>();
    annotation.put("engine", "local");
    annotation.put("threads", config.threads());
    annotation.put("chunks_annotated", annotated);
    annotation.put("chunks_from_cache", fromCache);
    annotation.put("documents_extracted_from_cache", extractionsFromCache);
    annotation.put("cache", config.cache() == null ? null : config.cache().toString());
    manifest.put("annotation", annotation);
    say.accept(String.format(java.util.Locale.ROOT,
        "annotated %d document(s), %d tokens in %.1f s (%d chunk(s) annotated, %d from the cache, %d document(s)' "
            + "records from the cache, %d thread(s))",
        documents.size(), tokens, (System.nanoTime() - annotating) / 1e9, annotated, fromCache, extractionsFromCache,
        config.threads()));
    return new InMemory(extracted, inputs, read.skipped());
  }
}
