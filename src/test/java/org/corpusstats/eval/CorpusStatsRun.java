package org.corpusstats.eval;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.corpusstats.App;

import picocli.CommandLine;

/** Runs corpus-stats on one evaluation text through its command line, in this JVM, as a user would run it. */
final class CorpusStatsRun {

  /**
   * The annotation cache the tests of this package share, so that a text annotated for one test is read back by
   * the next (the cache is keyed by the text, not the run). Under target/, so a clean build starts empty.
   */
  static final Path SHARED_CACHE = Path.of("target", "eval-test-cache");

  private CorpusStatsRun() {}

  /** Runs corpus-stats on a file or folder; fails the test with its error output when the run fails. */
  static void run(Path input, Path output, Path cache) {
    CommandLine commandLine = App.commandLine();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    int status = commandLine.execute("--input", input.toString(), "--output", output.toString(), "--quiet",
        "--cache", cache.toString());
    if (status != 0) {
      throw new IllegalStateException("corpus-stats failed on " + input + " (exit " + status + "): " + err);
    }
  }

  static SystemOutput run(GoldText text, Path output, Path cache) {
    run(text.textFile(), output, cache);
    return CorpusStatsOutput.read(output);
  }
}
