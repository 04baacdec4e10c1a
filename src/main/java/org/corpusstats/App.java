package org.corpusstats;

import org.corpusstats.cli.AnalyzeCommand;
import org.corpusstats.cli.ErrorHandler;
import org.corpusstats.cli.ExitCode;
import org.corpusstats.cli.RerunMarker;

import picocli.CommandLine;

/** Entry point: the command line decides everything, the exit code tells the shell how it went. */
public final class App {

  private App() {}

  public static void main(String[] args) {
    int exitCode = commandLine().execute(args);
    if (exitCode == ExitCode.OK) {
      RerunMarker.recordSuccess();
    }
    System.exit(exitCode);
  }

  public static CommandLine commandLine() {
    System.setProperty("corpus-stats.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    return new CommandLine(new AnalyzeCommand()).setExecutionExceptionHandler(new ErrorHandler())
        .setParameterExceptionHandler(ErrorHandler::usageError);
  }
}
