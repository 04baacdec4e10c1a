package org.corpusstats.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.corpusstats.Engine;
import org.corpusstats.MemoryBudget;
import org.corpusstats.RunConfig;
import org.corpusstats.annotate.AnnotationCache;
import org.corpusstats.annotate.DocumentAnnotator;
import org.corpusstats.annotate.NlpPipeline;
import org.corpusstats.extract.DocumentExtraction;
import org.corpusstats.extract.Extractor;
import org.corpusstats.input.CorpusReader;
import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.CorpusFiles;
import org.corpusstats.input.InputException;
import org.corpusstats.input.LayoutDetector;
import org.corpusstats.input.SourceDocument;
import org.corpusstats.report.Manifest;

/**
 * Runs the read, annotate and extract stages as a Spark job: one task per document, each executor JVM with its own
 * CoreNLP pipeline (built once, on its first task), the same input checks, layout, chunking, cache and extraction
 * code as the local engine. The records stay cached on the executors, where {@link SparkCorpus} counts the
 * statistics; the driver gets each document's records without their tokens, for entity resolution and the report.
 */
public final class SparkEngine implements Engine {

  private final String master;
  private final String input;

  /**
   * @param master the Spark master, or null for what spark-submit set, else local[*]
   * @param input  --input as typed: a path or any URI Hadoop reads
   */
  public SparkEngine(String master, String input) {
    this.master = master;
    this.input = input;
  }

  @Override
  public Input open(RunConfig config) {
    List<String> files = textFiles(input, new Configuration());
    return new Input() {
      @Override
      public int documentCount() {
        return files.size();
      }

      @Override
      public Extracted annotateAndExtract(Manifest manifest, Consumer<String> say) {
        return SparkEngine.this.annotateAndExtract(config, files, manifest, say);
      }
    };
  }

  /** The input file, or the folder's .txt files sorted by name, as the local engine reads them. */
  static List<String> textFiles(String input, Configuration hadoop) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw CorpusFiles.noSuchPath(input);
      }
      FileStatus status = fs.getFileStatus(path);
      if (status.isFile()) {
        return List.of(status.getPath().toString());
      }
      List<String> files = Arrays.stream(fs.listStatus(path))
          .filter(FileStatus::isFile)
          .map(FileStatus::getPath)
          .filter(p -> CorpusFiles.isText(p.getName()))
          .sorted(Comparator.comparing(org.apache.hadoop.fs.Path::getName))
          .map(org.apache.hadoop.fs.Path::toString)
          .toList();
      if (files.isEmpty()) {
        throw CorpusFiles.noTextFiles(input);
      }
      return files;
    } catch (IOException e) {
      throw CorpusFiles.cannotList(input, e);
    }
  }

  private Extracted annotateAndExtract(RunConfig config, List<String> files, Manifest manifest,
                                       Consumer<String> say) {
    long started = System.nanoTime();
    SparkSession spark = session(config.quiet());
    try {
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      int slots = slotsPerExecutor(context);
      say.accept(String.format(Locale.ROOT, "annotating on Spark %s (%s), %d task slot(s) per executor JVM",
          spark.version(), context.master(), slots));
      if (!config.quiet() && System.console() == null) {
        context.sc().addSparkListener(new DocumentProgress(files.size(), say));
      }
      TaskSettings settings = new TaskSettings(config.encoding().name(), config.dropFurniture(),
          config.cache() == null ? null : config.cache().toString(), slots);
      List<DocumentFile> positioned = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        positioned.add(new DocumentFile(i, files.get(i)));
      }
      // One partition per document: CoreNLP's seconds to minutes per document dwarf a task's milliseconds of
      // overhead, and small tasks let Spark give the next document to whichever core is free when documents
      // differ in length. The records stay on the executors for the statistics; the driver gets them without
      // their tokens, for entity resolution and the report.
      JavaRDD<DocumentResult> results = context.parallelize(positioned, Math.max(1, files.size()))
          .mapPartitions(partition -> annotatePartition(partition, settings))
          .persist(StorageLevel.MEMORY_AND_DISK());
      context.setJobGroup(DocumentProgress.JOB_GROUP, "annotate and extract", false);
      List<DocumentResult> summaries = results.map(DocumentResult::withoutTokens).collect();
      context.clearJobGroup();

      List<DocumentExtraction> documents = new ArrayList<>();
      List<Map<String, Object>> inputs = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      int annotated = 0;
      int fromCache = 0;
      long tokens = 0;
      for (DocumentResult result : summaries) {
        if (result.problem() != null) {
          if (!config.skipBad()) {
            throw new InputException(result.problem());
          }
          skipped.add(result.problem());
          continue;
        }
        documents.add(result.extraction());
        inputs.add(result.input());
        annotated += result.chunksAnnotated();
        fromCache += result.chunksFromCache();
        tokens += ((Number) result.input().get("tokens")).longValue();
      }
      if (documents.isEmpty()) {
        throw CorpusFiles.noneUsable(input, skipped);
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      manifest.timing("annotate_and_extract", millis);
      // Only in local mode, where this JVM is the executor; on a cluster each executor loads its own.
      NlpPipeline.loadMillis().ifPresent(ms -> manifest.timing("load_models", ms));
      Map<String, Object> annotation = new LinkedHashMap<>();
      annotation.put("engine", "spark");
      annotation.put("master", master == null ? "(spark-submit or local[*])" : master);
      annotation.put("task_slots_per_executor", slots);
      annotation.put("chunks_annotated", annotated);
      annotation.put("chunks_from_cache", fromCache);
      annotation.put("cache", config.cache() == null ? null : config.cache().toString());
      annotation.put("statistics", "counted on the executors, added up with treeAggregate and reduceByKey");
      manifest.put("annotation", annotation);
      say.accept(String.format(Locale.ROOT, "annotated %d document(s), %d tokens in %.1f s on Spark (%d chunk(s) "
          + "annotated, %d from the cache)", documents.size(), tokens, millis / 1e3, annotated, fromCache));
      return new SparkCorpus(spark, results, documents, inputs, skipped);
    } catch (RuntimeException e) {
      spark.stop();
      throw e;
    }
  }

  private SparkSession session(boolean quiet) {
    SparkSession.Builder builder = SparkSession.builder().appName("corpus-stats");
    // spark-submit passes --master as the system property spark.master, which SparkConf reads.
    String chosen = master != null ? master : new SparkConf().get("spark.master", "local[*]");
    builder.master(chosen);
    // Spark's own progress line ([Stage 0: ===> (3 + 2) / 50]) on a terminal, not in a log.
    builder.config("spark.ui.showConsoleProgress", Boolean.toString(!quiet && System.console() != null));
    if (chosen.startsWith("local")) {
      // On a laptop: no web UI port, and no guessing of a network address that nothing else connects to.
      builder.config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder.getOrCreate();
  }

  /**
   * One line per document done, as the local engine prints in a log; on a terminal Spark draws its own progress
   * line instead. Only the annotation job's tasks count: the statistics' jobs that follow have tasks of their own.
   * Spark calls a listener from one thread.
   */
  private static final class DocumentProgress extends SparkListener {
    static final String JOB_GROUP = "corpus-stats-annotate";
    private final int documents;
    private final Consumer<String> say;
    private final long started = System.nanoTime();
    private final Set<Integer> annotationStages = new HashSet<>();
    private int done;

    DocumentProgress(int documents, Consumer<String> say) {
      this.documents = documents;
      this.say = say;
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
      if (start.properties() != null && JOB_GROUP.equals(start.properties().getProperty("spark.jobGroup.id"))) {
        start.stageIds().foreach(id -> annotationStages.add((Integer) id));
      }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskInfo().successful() && annotationStages.contains(end.stageId())) {
        done++;
        say.accept(String.format(Locale.ROOT, "annotated %d/%d documents (%.0f s)", done, documents,
            (System.nanoTime() - started) / 1e9));
      }
    }
  }

  /** Tasks that run at once in one executor JVM: they share its heap, and so its longest-document limit. */
  private static int slotsPerExecutor(JavaSparkContext context) {
    if (context.isLocal()) {
      return Math.max(1, context.defaultParallelism());
    }
    return context.getConf().getInt("spark.executor.cores", 1);
  }

  /** What a task needs from the run's settings; Charset and Path are not serializable, so names. */
  record TaskSettings(String encoding, boolean dropFurniture, String cache, int slotsPerExecutor)
      implements Serializable {}

  /** An input file and its position in the corpus order. */
  record DocumentFile(int position, String location) implements Serializable {}

  /** One document's outcome: its records and manifest entry, or why it cannot be used. */
  record DocumentResult(int position, DocumentExtraction extraction, Map<String, Object> input, String problem,
                        int chunksAnnotated, int chunksFromCache) implements Serializable {

    static DocumentResult unusable(int position, String problem) {
      return new DocumentResult(position, null, null, problem, 0, 0);
    }

    /** What the driver keeps: everything but the tokens. */
    DocumentResult withoutTokens() {
      if (extraction == null) {
        return this;
      }
      DocumentExtraction bare = extraction.withAnalysis(extraction.analysis().withoutTokens());
      return new DocumentResult(position, bare, input, problem, chunksAnnotated, chunksFromCache);
    }
  }

  /** Runs on an executor: the documents of one partition, one after the other. */
  static Iterator<DocumentResult> annotatePartition(Iterator<DocumentFile> files, TaskSettings settings) {
    List<DocumentResult> results = new ArrayList<>();
    files.forEachRemaining(file -> results.add(annotate(file, settings)));
    return results.iterator();
  }

  /** The local engine's stages for one document, with one thread. */
  static DocumentResult annotate(DocumentFile file, TaskSettings settings) {
    String location = file.location();
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
    byte[] bytes;
    try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return DocumentResult.unusable(file.position(), location + ": cannot read the file (" + e.getMessage()
          + "); check its permissions");
    }
    SourceDocument document;
    try {
      document = new CorpusReader(Charset.forName(settings.encoding()),
          MemoryBudget.maxCharacters(settings.slotsPerExecutor()))
          .document(path.getName(), localPath(location, path), location, bytes);
    } catch (InputException e) {
      return DocumentResult.unusable(file.position(), e.getMessage());
    }
    DocumentLayout layout = new LayoutDetector(settings.dropFurniture()).detect(document.text());
    AnnotationCache cache = settings.cache() == null ? null
        : new AnnotationCache(Path.of(settings.cache()), message -> System.err.println("corpus-stats: warning: " + message));
    try (DocumentAnnotator annotator = new DocumentAnnotator(1, cache, characters -> { })) {
      DocumentExtraction extraction = annotator.annotateAll(
          List.of(new DocumentAnnotator.Job(0, document.name(), layout)),
          (job, chunks) -> new Extractor().extract(document, layout, chunks)).get(0);
      return new DocumentResult(file.position(), extraction, Engine.describe(document, location, layout, extraction),
          null, annotator.chunksAnnotated(), annotator.chunksFromCache());
    }
  }

  /** A local file's own path; for a file elsewhere (HDFS, S3) just its name, which is all the records use. */
  private static Path localPath(String location, org.apache.hadoop.fs.Path path) {
    URI uri = path.toUri();
    return "file".equals(uri.getScheme()) ? Path.of(uri) : Path.of(path.getName());
  }
}
