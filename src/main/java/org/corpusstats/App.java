package org.corpusstats;

import org.corpusstats.cli.AnalyzeCommand;
import org.corpusstats.cli.ErrorHandler;

import picocli.CommandLine;

/** Entry point: the command line decides everything, the exit code tells the shell how it went. */
public final class App {

  private App() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    System.setProperty("corpus-stats.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    return new CommandLine(new AnalyzeCommand()).setExecutionExceptionHandler(new ErrorHandler())
        .setParameterExceptionHandler(ErrorHandler::usageError);
  }
}
