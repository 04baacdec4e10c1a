package org.corpusstats;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.annotate.AnnotationCache;
import org.corpusstats.annotate.DocumentAnnotator;
import org.corpusstats.annotate.NlpPipeline;
import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentExtraction;
import org.corpusstats.extract.EntityResolver;
import org.corpusstats.extract.Extractor;
import org.corpusstats.input.CorpusReader;
import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.LayoutDetector;
import org.corpusstats.input.SourceDocument;
import org.corpusstats.input.UserCorrections;
import org.corpusstats.io.OutputFolder;
import org.corpusstats.report.ExtractionTables;
import org.corpusstats.report.Manifest;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.report.csv.CsvWriter;
import org.corpusstats.report.html.ReportStage;
import org.corpusstats.stats.StatisticsStage;

/** The one class that knows the stage order: input, annotate, extract, stats, report. */
public final class Pipeline {

  private final RunConfig config;
  private final PrintWriter out;
  private final PrintWriter err;

  public Pipeline(RunConfig config, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.out = out;
    this.err = err;
  }

  /** Runs every stage and swaps the outputs in; returns the analysis for callers that want to look further. */
  public CorpusAnalysis run() throws IOException {
    Manifest manifest = new Manifest(Version.current());
    manifest.put("started", Instant.now().toString());
    long start = System.nanoTime();

    CorpusReader.Corpus read = new CorpusReader(config.encoding(), MemoryBudget.maxCharacters(config.threads()))
        .read(config.input(), config.skipBad());
    List<SourceDocument> documents = read.documents();
    for (String skipped : read.skipped()) {
      warn("skipped " + skipped);
    }
    manifest.put("skipped", read.skipped());
    EntityResolver resolver = new EntityResolver(UserCorrections.aliases(config.aliases()),
        UserCorrections.exclusions(config.exclusions()));
    try (OutputFolder output = OutputFolder.open(config.output())) {
      say("read %d document(s) from %s", documents.size(), config.input());
      manifest.timing("input", millisSince(start));

      Extractor extractor = new Extractor(resolver);
      List<DocumentExtraction> extracted = annotateAndExtract(documents, extractor, manifest);

      long r = System.nanoTime();
      CorpusAnalysis corpus = extractor.resolve(extracted);
      manifest.timing("resolve_entities", millisSince(r));
      say("resolved %d entities", corpus.entities().size());

      long s = System.nanoTime();
      List<CsvTable> tables = new ArrayList<>(ExtractionTables.all(corpus));
      tables.addAll(new StatisticsStage(config.stats()).tables(corpus));
      manifest.timing("statistics", millisSince(s));

      long w = System.nanoTime();
      CsvWriter writer = new CsvWriter(config.byteOrderMark());
      for (CsvTable table : tables) {
        writer.write(output.staging(), table);
        manifest.rows(table.fileName(), table.rows().size());
      }
      manifest.timing("write", millisSince(w));
      say("wrote %d tables", tables.size());

      long c = System.nanoTime();
      for (Path file : ReportStage.write(corpus, tables, corpusName(documents, corpus), output.staging())) {
        manifest.output(output.staging().toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/'));
      }
      manifest.timing("report", millisSince(c));
      say("drew the charts and the report in %.1f s", (System.nanoTime() - c) / 1e9);
      manifest.put("options", options());
      manifest.put("versions", versions());
      manifest.timing("total", millisSince(start));
      manifest.put("finished", Instant.now().toString());
      manifest.write(output.staging());
      output.commit();
      say("done: open %s", config.output().resolve("report.html"));
      return corpus;
    }
  }

  /**
   * The annotate and extract stages: layout, CoreNLP (or the cache) chunk by chunk on the thread pool, and each
   * document reduced to its plain records as soon as its chunks are done.
   */
  private List<DocumentExtraction> annotateAndExtract(List<SourceDocument> documents, Extractor extractor,
                                                      Manifest manifest) {
    List<DocumentAnnotator.Job> jobs = new ArrayList<>();
    List<DocumentLayout> layouts = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      DocumentLayout layout = new LayoutDetector(config.dropFurniture()).detect(documents.get(i).text());
      layouts.add(layout);
      jobs.add(new DocumentAnnotator.Job(i, documents.get(i).name(), layout));
    }
    AnnotationCache cache = config.cache() == null ? null : new AnnotationCache(config.cache(), this::warn);
    long annotating = System.nanoTime();
    long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
    List<DocumentExtraction> extracted;
    int fromCache;
    int annotated;
    try (Progress progress = Progress.create(config.quiet(), out, characters, documents.size());
         DocumentAnnotator annotator = new DocumentAnnotator(config.threads(), cache, progress::chunkDone)) {
      extracted = annotator.annotateAll(jobs, (job, chunks) -> {
        DocumentExtraction extraction = extractor.extract(documents.get(job.index()), job.layout(), chunks);
        progress.documentDone(job.document(), extraction.analysis().sentences().size(),
            extraction.analysis().tokenCount());
        return extraction;
      });
      fromCache = annotator.chunksFromCache();
      annotated = annotator.chunksAnnotated();
    }
    manifest.timing("annotate_and_extract", millisSince(annotating));
    NlpPipeline.loadMillis().ifPresent(ms -> manifest.timing("load_models", ms));
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      inputs.add(describe(documents.get(i), layouts.get(i), extracted.get(i)));
    }
    int tokens = extracted.stream().mapToInt(e -> e.analysis().tokenCount()).sum();
    Map<String, Object> annotation = new LinkedHashMap<>();
    annotation.put("threads", config.threads());
    annotation.put("chunks_annotated", annotated);
    annotation.put("chunks_from_cache", fromCache);
    annotation.put("cache", config.cache() == null ? null : config.cache().toString());
    manifest.put("annotation", annotation);
    say("annotated %d document(s), %d tokens in %.1f s (%d chunk(s) annotated, %d from the cache, %d thread(s))",
        documents.size(), tokens, (System.nanoTime() - annotating) / 1e9, annotated, fromCache, config.threads());
    manifest.put("inputs", inputs);
    return extracted;
  }

  /** The chapter's title for a single document, else the input folder's name: shown on every chart. */
  private String corpusName(List<SourceDocument> documents, CorpusAnalysis corpus) {
    if (documents.size() == 1) {
      String title = corpus.documents().get(0).title();
      return title.isBlank() ? documents.get(0).name() : title;
    }
    Path name = config.input().toAbsolutePath().normalize().getFileName();
    return (name == null ? "corpus" : name.toString()) + " (" + documents.size() + " documents)";
  }

  private Map<String, Object> describe(SourceDocument document, DocumentLayout layout, DocumentExtraction extraction) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("document", document.name());
    input.put("path", document.path().toString());
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

  private Map<String, Object> options() {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("input", config.input().toString());
    options.put("output", config.output().toString());
    options.put("encoding", config.encoding().name());
    options.put("drop_boilerplate", config.dropFurniture());
    options.put("aliases", config.aliases() == null ? null : config.aliases().toString());
    options.put("exclusions", config.exclusions() == null ? null : config.exclusions().toString());
    options.put("bom", config.byteOrderMark());
    options.put("terms", config.stats().terms().name().toLowerCase(java.util.Locale.ROOT));
    options.put("keep_stopwords", config.stats().keepStopwords());
    options.put("stopwords", config.stats().stopwords().size());
    options.put("windows", config.stats().windows().stream().map(Enum::name).map(String::toLowerCase).toList());
    options.put("min_count", config.stats().minCount());
    options.put("top", config.stats().top());
    options.put("span", config.stats().span());
    options.put("by_document", config.stats().byDocument());
    return options;
  }

  private static Map<String, Object> versions() {
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("corpus_stats", Version.current());
    versions.put("corenlp", Version.coreNlp());
    versions.put("corenlp_models", "stanford-corenlp-" + Version.coreNlp() + "-models (English)");
    versions.put("annotators", NlpPipeline.ANNOTATORS);
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }

  private void warn(String message) {
    err.println("corpus-stats: warning: " + message);
    err.flush();
  }

  private void say(String format, Object... args) {
    if (!config.quiet()) {
      out.println(String.format(java.util.Locale.ROOT, format, args));
      out.flush();
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
