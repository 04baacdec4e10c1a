package org.corpusstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.corpusstats.Engine;
import org.corpusstats.Pipeline;
import org.corpusstats.RunConfig;
import org.corpusstats.annotate.AnnotationCache;
import org.corpusstats.annotate.NlpPipeline;
import org.corpusstats.input.InputException;
import org.corpusstats.report.csv.CsvDialect;
import org.corpusstats.stats.StatsOptions;
import org.corpusstats.stats.Stopwords;
import org.corpusstats.stats.TermMode;
import org.corpusstats.stats.Window;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line: parses and validates options into a {@link RunConfig}, then runs the {@link Pipeline}. */
@Command(name = "corpus-stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Reads a chapter or a folder of chapters (.txt), runs Stanford CoreNLP over them and writes CSV tables of",
        "entities, mentions, dates, a timeline, figures, quotations and corpus statistics.",
        "Exit codes: 0 done, 1 failure, 2 bad command line, 3 bad input file, 4 unusable output folder."})
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--input", paramLabel = "PATH", defaultValue = "input",
      description = "A .txt file, or a folder whose .txt files (sorted by name) form the corpus; with --engine "
          + "spark also any URI Hadoop reads (hdfs://, s3a://). Default: ${DEFAULT-VALUE}")
  String input;

  @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
      description = "Where to annotate: local (this machine's threads) or spark (Apache Spark; see docs/SCALE.md). "
          + "Default: ${DEFAULT-VALUE}")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "With --engine spark: the Spark master, e.g. local[2], yarn, spark://host:7077. "
          + "Default: local[*], or what spark-submit sets")
  String master;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
      description = "Folder for the tables; replaced only when the run succeeds. Default: ${DEFAULT-VALUE}")
  Path output;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Encoding of the input files, e.g. windows-1252. Default: ${DEFAULT-VALUE}")
  String encoding;

  @Option(names = "--skip-bad",
      description = "Leave out input files that cannot be used (listed on screen and in the manifest) and go on.")
  boolean skipBad;

  @Option(names = "--keep-boilerplate",
      description = "Keep web-page furniture (menus, share buttons) found at the edges of a document.")
  boolean keepBoilerplate;

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "CSV alias,canonical,type: names to merge into one entity (see docs/OUTPUTS.md).")
  Path aliases;

  @Option(names = "--exclude", paramLabel = "FILE", description = "Names never to report as entities, one per line.")
  Path exclusions;

  @Option(names = "--no-bom", description = "Write the CSV files without a UTF-8 byte-order mark.")
  boolean noBom;

  @Option(names = "--delimiter", paramLabel = ",|;|tab", defaultValue = ",",
      description = "Field separator of the CSV files: , or ; (what spreadsheets in German, French and other "
          + "continental locales expect) or tab (also written \\t). Default: ${DEFAULT-VALUE}")
  String delimiter;

  @Option(names = "--decimal", paramLabel = ".|,",
      description = "Decimal mark of the numbers in the CSV files. Default: , with --delimiter ';', else .")
  String decimal;

  @Option(names = "--terms", paramLabel = "token|lemma", defaultValue = "lemma",
      description = "Count word forms or lemmas in words.csv, ngrams.csv and collocates.csv. Default: ${DEFAULT-VALUE}")
  String terms;

  @Option(names = "--stopwords", paramLabel = "FILE",
      description = "Replace the built-in English stopword list (one word per line).")
  Path stopwords;

  @Option(names = "--keep-stopwords", description = "Count stopwords like any other word.")
  boolean keepStopwords;

  @Option(names = "--window", paramLabel = "UNIT", split = ",", defaultValue = "sentence,paragraph",
      description = "Co-occurrence windows: sentence, paragraph, section. Default: ${DEFAULT-VALUE}")
  List<String> windows;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
      description = "Least count for an n-gram, co-occurring pair or collocate. Default: ${DEFAULT-VALUE}")
  int minCount;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "Entities and terms given collocates, dispersion and concordance lines. Default: ${DEFAULT-VALUE}")
  int top;

  @Option(names = "--span", paramLabel = "N", defaultValue = "5",
      description = "Collocate span, words left and right. Default: ${DEFAULT-VALUE}")
  int span;

  @Option(names = "--reference", paramLabel = "PATH",
      description = "Keywords of the whole corpus against this: a folder of .txt files, or a CSV of term,count.")
  Path reference;

  @Option(names = "--no-link",
      description = "Do not link entities to Wikipedia pages (the first run builds a 700 MB index, about 2 minutes).")
  boolean noLink;

  @Option(names = "--by-document", description = "Also write per-document copies of the statistics tables.")
  boolean byDocument;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads. Default: the number of cores (${DEFAULT-VALUE})",
      defaultValue = "${sys:corpus-stats.cores}")
  int threads;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Annotation cache: a re-run on the same text skips CoreNLP. Default: ~/.cache/corpus-stats")
  Path cache;

  @Option(names = "--no-cache", description = "Neither read nor write the annotation cache.")
  boolean noCache;

  @Option(names = "--verbose", description = "Show CoreNLP's own log and stack traces on errors.")
  boolean verbose;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    RunConfig config = config();
    NlpPipeline.setVerbose(verbose);
    try {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Pipeline pipeline = "spark".equals(engine) ? new Pipeline(config, sparkEngine(), out, err)
          : new Pipeline(config, out, err);
      pipeline.run();
    } catch (OutOfMemoryError e) {
      throw new RunFailure("ran out of memory (heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB); give Java more with CORPUS_STATS_JAVA_OPTS=-Xmx8g, or split the largest document");
    }
    return ExitCode.OK;
  }

  /**
   * The Spark engine lives in src/spark, built only with -Pspark so that the default build stays free of Spark's
   * 250 MB of jars; hence no compile-time reference to it.
   */
  private Engine sparkEngine() {
    try {
      return (Engine) Class.forName("org.corpusstats.spark.SparkEngine")
          .getConstructor(String.class, String.class).newInstance(master, input);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new RunFailure("this build has no Spark engine; run ./corpus-stats --engine spark (the launcher builds "
          + "it), or build with mvn -Pspark package");
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
  }

  boolean verbose() {
    return verbose;
  }

  RunConfig config() {
    if (verbose && quiet) {
      throw new ParameterException(spec.commandLine(), "--verbose and --quiet cannot be used together; choose one");
    }
    StatsOptions stats;
    try {
      stats = StatsOptions.defaults().withTerms(termMode()).withKeepStopwords(keepStopwords)
          .withWindows(windows()).withMinCount(minCount).withTop(top).withSpan(span).withByDocument(byDocument);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (stopwords != null) {
      try {
        stats = stats.withStopwords(Stopwords.read(stopwords));
      } catch (IOException e) {
        throw new InputException(stopwords + ": cannot read the stopword file (" + e.getMessage()
            + "); give a UTF-8 text file, one word per line", e);
      }
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (noCache && cache != null) {
      throw new ParameterException(spec.commandLine(), "--cache and --no-cache cannot be used together; choose one");
    }
    if (!"local".equals(engine) && !"spark".equals(engine)) {
      throw new ParameterException(spec.commandLine(), "--engine must be local or spark, not '" + engine + "'");
    }
    if (master != null && !"spark".equals(engine)) {
      throw new ParameterException(spec.commandLine(), "--master is for --engine spark; add --engine spark");
    }
    if (reference != null && !java.nio.file.Files.exists(reference)) {
      throw new InputException(reference + ": no such file or folder for --reference; give a folder of .txt files "
          + "or a CSV of term,count");
    }
    Path cacheFolder = noCache ? null : cache != null ? cache : AnnotationCache.defaultFolder();
    return new RunConfig(inputPath(), output, charset(), !keepBoilerplate, aliases, exclusions, !noBom, verbose, quiet,
        stats, threads, cacheFolder, skipBad, csvDialect(), reference, !noLink);
  }

  /** The decimal mark follows the delimiter unless given: the locales that split on ';' write 0,5. */
  private CsvDialect csvDialect() {
    char separator = switch (delimiter.toLowerCase(Locale.ROOT)) {
      case "," -> ',';
      case ";" -> ';';
      case "tab", "\\t", "\t" -> '\t';
      default -> throw new ParameterException(spec.commandLine(),
          "--delimiter: '" + delimiter + "' is not a delimiter; available: ',', ';', tab");
    };
    if (decimal == null) {
      return CsvDialect.withUsualDecimal(separator);
    }
    char mark = switch (decimal) {
      case "." -> '.';
      case "," -> ',';
      default -> throw new ParameterException(spec.commandLine(),
          "--decimal: '" + decimal + "' is not a decimal mark; available: '.', ','");
    };
    if (separator == mark) {
      throw new ParameterException(spec.commandLine(), "--decimal ',' needs another delimiter than the comma "
          + "(0,5 would be two cells); add --delimiter ';' or --delimiter tab");
    }
    return new CsvDialect(separator, mark);
  }

  /**
   * The path part of --input. The Spark engine gets the text as typed, so that a URI such as hdfs://host/corpus
   * stays whole; the local engine reads local files only.
   */
  private Path inputPath() {
    boolean uri = input.matches("^[A-Za-z][A-Za-z0-9+.-]+://.*");
    if (uri && !input.startsWith("file://") && !"spark".equals(engine)) {
      throw new ParameterException(spec.commandLine(), "--input " + input + " is not a local path; give a local "
          + "file or folder, or add --engine spark, which reads what Hadoop reads");
    }
    try {
      return uri ? Path.of(input.substring(input.indexOf("://") + 2)) : Path.of(input);
    } catch (java.nio.file.InvalidPathException e) {
      throw new ParameterException(spec.commandLine(), "--input: '" + input + "' is not a path (" + e.getReason() + ")");
    }
  }

  private Charset charset() {
    try {
      return Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ParameterException(spec.commandLine(), "--encoding: unknown encoding '" + encoding
          + "'; use a name such as UTF-8, windows-1252 or ISO-8859-1");
    }
  }

  private TermMode termMode() {
    return switch (terms.toLowerCase(Locale.ROOT)) {
      case "token" -> TermMode.TOKEN;
      case "lemma" -> TermMode.LEMMA;
      default -> throw new ParameterException(spec.commandLine(),
          "--terms: '" + terms + "' is not a term kind; available: token, lemma");
    };
  }

  private Set<Window> windows() {
    EnumSet<Window> chosen = EnumSet.noneOf(Window.class);
    for (String name : windows) {
      try {
        chosen.add(Window.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "--window: '" + name + "' is not a window; available: sentence, paragraph, section");
      }
    }
    return chosen;
  }
}
