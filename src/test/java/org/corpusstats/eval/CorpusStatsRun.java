package org.corpusstats.eval;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.corpusstats.App;

import picocli.CommandLine;

/** Runs corpus-stats on one evaluation text through its command line, in this JVM, as a user would run it. */
final class CorpusStatsRun {

  private CorpusStatsRun() {}

  static SystemOutput run(GoldText text, Path output, Path cache) {
    CommandLine commandLine = App.commandLine();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    int status = commandLine.execute("--input", text.textFile().toString(), "--output", output.toString(), "--quiet",
        "--cache", cache.toString());
    if (status != 0) {
      throw new IllegalStateException("corpus-stats failed on " + text.id() + " (exit " + status + "): " + err);
    }
    return CorpusStatsOutput.read(output);
  }
}
