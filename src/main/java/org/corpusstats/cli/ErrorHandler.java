package org.corpusstats.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.corpusstats.input.InputException;
import org.corpusstats.io.OutputException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One line on standard error instead of a stack trace (unless --verbose), and the exit code for the kind of error. */
public final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    Object command = commandLine.getCommand();
    boolean verbose = command instanceof AnalyzeCommand analyze && analyze.verbose();
    commandLine.getErr().println("corpus-stats: " + message(ex));
    if (verbose) {
      ex.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return exitCode(ex);
  }

  /** A bad command line: the problem and the way to the help in one line, not the whole usage text. */
  public static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    String message = ex.getMessage().strip();
    commandLine.getErr().println("corpus-stats: " + message + (message.endsWith(".") ? "" : ";")
        + " see corpus-stats --help");
    commandLine.getErr().flush();
    return ExitCode.USAGE;
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof InputException) {
      return ExitCode.BAD_INPUT;
    }
    if (ex instanceof OutputException) {
      return ExitCode.BAD_OUTPUT;
    }
    return ExitCode.FAILURE;
  }

  static String message(Throwable ex) {
    if (ex instanceof InputException || ex instanceof OutputException || ex instanceof RunFailure) {
      return ex.getMessage();
    }
    if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      return "a file could not be read or written (" + ex.getMessage() + "); check the path, permissions and free disk space";
    }
    return "failed: " + ex + "; run again with --verbose for details";
  }
}
