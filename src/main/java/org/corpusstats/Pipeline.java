package org.corpusstats;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.corpusstats.annotate.AnnotationCache;
import org.corpusstats.annotate.NlpPipeline;
import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.EntityResolver;
import org.corpusstats.input.UserCorrections;
import org.corpusstats.io.OutputFolder;
import org.corpusstats.link.EntityLinks;
import org.corpusstats.link.LinkUnavailableException;
import org.corpusstats.link.WikiDictIndex;
import org.corpusstats.report.ExtractionTables;
import org.corpusstats.report.Manifest;
import org.corpusstats.report.ReportData;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.report.csv.CsvWriter;
import org.corpusstats.report.html.ReportStage;
import org.corpusstats.report.xlsx.WorkbookWriter;
import org.corpusstats.stats.Statistics;
import org.corpusstats.stats.StatisticsStage;

/** The one class that knows the stage order: input, annotate, extract, stats, report. */
public final class Pipeline {

  private final RunConfig config;
  private final Engine engine;
  private final PrintWriter out;
  private final PrintWriter err;

  /** Runs on this machine's threads. */
  public Pipeline(RunConfig config, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.out = out;
    this.err = err;
    this.engine = new LocalEngine(out, this::warn);
  }

  public Pipeline(RunConfig config, Engine engine, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.engine = engine;
    this.out = out;
    this.err = err;
  }

  /** Runs every stage and swaps the outputs in; returns the analysis for callers that want to look further. */
  public CorpusAnalysis run() throws IOException {
    Manifest manifest = new Manifest(Version.current());
    manifest.put("started", Instant.now().toString());
    long start = System.nanoTime();
    warmUpInBackground();

    Engine.Input input = engine.open(config);
    EntityResolver resolver = new EntityResolver(UserCorrections.aliases(config.aliases()),
        UserCorrections.exclusions(config.exclusions()), linker());
    try (OutputFolder output = OutputFolder.open(config.output())) {
      say("read %d document(s) from %s", input.documentCount(), config.input());
      manifest.timing("input", millisSince(start));

      // Before the long annotation: a bad reference list fails the run at once.
      StatisticsStage statistics = statisticsStage();
      List<CsvTable> tables = new ArrayList<>();
      CorpusAnalysis corpus;
      ReportData report;
      try (Engine.Extracted extracted = input.annotateAndExtract(manifest, message -> say("%s", message))) {
        for (String skipped : extracted.skipped()) {
          warn("skipped " + skipped);
        }
        manifest.put("skipped", extracted.skipped());
        manifest.put("inputs", extracted.inputs());

        long r = System.nanoTime();
        corpus = extracted.resolve(resolver);
        manifest.timing("resolve_entities", millisSince(r));
        say("resolved %d entities", corpus.entities().size());

        long s = System.nanoTime();
        tables.addAll(ExtractionTables.all(corpus));
        Statistics results = extracted.statistics(statistics);
        tables.addAll(results.tables());
        report = ReportData.of(corpus, results);
        manifest.timing("statistics", millisSince(s));
      }

      // The tables and the workbook are written on another thread while the charts are drawn: on a warm re-run
      // these are most of the time left, and neither reads what the other writes.
      CsvWriter writer = new CsvWriter(config.byteOrderMark(), config.csv());
      CompletableFuture<TablesWritten> tablesWritten = CompletableFuture.supplyAsync(() -> {
        try {
          long w = System.nanoTime();
          for (CsvTable table : tables) {
            writer.write(output.staging(), table);
          }
          long x = System.nanoTime();
          Path workbook = WorkbookWriter.write(output.staging(), tables, this::warn);
          return new TablesWritten(workbook, (x - w) / 1_000_000, millisSince(x));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, Pipeline::onItsOwnThread);

      long c = System.nanoTime();
      List<Path> reportFiles;
      try {
        reportFiles = ReportStage.write(report, tables, corpusName(corpus), output.staging());
      } finally {
        tablesWritten.exceptionally(e -> null).join();
      }
      long reportMillis = millisSince(c);
      TablesWritten written = joinRethrowing(tablesWritten);
      for (CsvTable table : tables) {
        manifest.rows(table.fileName(), table.rows().size());
      }
      manifest.timing("write", written.csvMillis());
      say("wrote %d tables", tables.size());
      manifest.output(written.workbook().getFileName().toString());
      manifest.timing("workbook", written.workbookMillis());
      for (Path file : reportFiles) {
        manifest.output(output.staging().toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/'));
      }
      manifest.timing("report", reportMillis);
      say("drew the charts and the report in %.1f s", reportMillis / 1e3);
      manifest.put("options", options());
      manifest.put("versions", versions());
      manifest.timing("total", millisSince(start));
      manifest.put("jvm", JvmFacts.now());
      manifest.put("finished", Instant.now().toString());
      manifest.write(output.staging());
      output.commit();
      say("done: open %s", config.output().resolve("report.html"));
      return corpus;
    }
  }

  /**
   * Start-up work of the later stages, done on a daemon thread while the documents are read and counted, which
   * leaves the second core idle on a warm re-run: Tablesaw's classpath scan and the first chart drawn. A failure
   * here is only lost time; the stage that needs the work meets it again and reports it.
   */
  private static void warmUpInBackground() {
    Thread thread = new Thread(() -> {
      try {
        StatisticsStage.initialiseTablesaw();
        ReportStage.warmUp();
      } catch (Exception | LinkageError e) {
        // See above: reported by the stage itself.
      }
    }, "warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** Not the common pool: the charts are drawn on it, and it has one thread on a two-core machine. */
  private static void onItsOwnThread(Runnable task) {
    Thread thread = new Thread(task, "tables-writer");
    thread.setDaemon(true);
    thread.start();
  }

  private record TablesWritten(Path workbook, long csvMillis, long workbookMillis) {}

  /** The result of a task run beside the report, with its I/O or runtime failure thrown as itself. */
  private static <T> T joinRethrowing(CompletableFuture<T> task) throws IOException {
    try {
      return task.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Wikipedia links from the WikiDict index, kept in the user's cache folder whatever --cache says (the annotation
   * cache is per project; the index, 700 MB built once, is per machine).
   */
  private EntityResolver.Linker linker() {
    if (!config.link()) {
      return EntityResolver.Linker.NONE;
    }
    try {
      return new EntityLinks(WikiDictIndex.openOrBuild(AnnotationCache.defaultFolder(), m -> say("%s", m)));
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new LinkUnavailableException("Wikipedia links: " + e.getMessage() + "; or run with --no-link", e);
    }
  }

  /** The statistics stage, with the reference corpus of keywords.csv when --reference names one. */
  private StatisticsStage statisticsStage() {
    StatisticsStage stage = new StatisticsStage(config.stats());
    if (config.reference() == null) {
      return stage;
    }
    return stage.withReference(ReferenceLoader.load(config.reference(), config.encoding(), stage, m -> say("%s", m)));
  }

  /** The chapter's title for a single document, else the input folder's name: shown on every chart. */
  private String corpusName(CorpusAnalysis corpus) {
    List<DocumentAnalysis> documents = corpus.documents();
    if (documents.size() == 1) {
      String title = documents.get(0).title();
      return title.isBlank() ? documents.get(0).document() : title;
    }
    Path name = config.input().toAbsolutePath().normalize().getFileName();
    return (name == null ? "corpus" : name.toString()) + " (" + documents.size() + " documents)";
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
    // The notebooks read these two to parse the CSV files (notebooks/*.ipynb, read_table).
    options.put("delimiter", String.valueOf(config.csv().delimiter()));
    options.put("decimal", String.valueOf(config.csv().decimal()));
    options.put("terms", config.stats().terms().name().toLowerCase(java.util.Locale.ROOT));
    options.put("keep_stopwords", config.stats().keepStopwords());
    options.put("stopwords", config.stats().stopwords().size());
    options.put("windows", config.stats().windows().stream().map(Enum::name).map(String::toLowerCase).toList());
    options.put("min_count", config.stats().minCount());
    options.put("top", config.stats().top());
    options.put("span", config.stats().span());
    options.put("by_document", config.stats().byDocument());
    options.put("reference", config.reference() == null ? null : config.reference().toString());
    options.put("link", config.link());
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
