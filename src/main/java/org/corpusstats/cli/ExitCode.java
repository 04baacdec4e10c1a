package org.corpusstats.cli;

/** The process exit codes, documented in docs/ERRORS.md. */
public final class ExitCode {
  public static final int OK = 0;
  /** Something failed while running: out of memory, a disk error, a bug. */
  public static final int FAILURE = 1;
  /** The command line was wrong: an unknown option or a bad value. */
  public static final int USAGE = 2;
  /** An input file cannot be used: missing, empty, binary, not in the expected encoding. */
  public static final int BAD_INPUT = 3;
  /** The output folder cannot be used: it holds other files, or another run is writing it. */
  public static final int BAD_OUTPUT = 4;

  private ExitCode() {}
}
