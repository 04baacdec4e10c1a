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

  /** Characters of an unexpected failure's message shown without --verbose. */
  private static final int MAX_MESSAGE = 300;

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
    if (ex instanceof InputException || ex instanceof OutputException || ex instanceof RunFailure
        || ex instanceof org.corpusstats.link.LinkUnavailableException) {
      return ex.getMessage();
    }
    if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      return "a file could not be read or written (" + ex.getMessage() + "); check the path, permissions and free disk space";
    }
    return "failed: " + firstLine(ex.toString()) + "; run again with --verbose for details";
  }

  /**
   * A library's message can run to pages (Spark appends its serialization stack and the offending object):
   * the first line, cut to a length that fits a terminal line or two, says what went wrong; --verbose has the rest.
   */
  static String firstLine(String text) {
    int newline = text.indexOf('\n');
    String line = (newline < 0 ? text : text.substring(0, newline)).strip();
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
  }
}
