package org.corpusstats.cli;

/** A run that could not finish, with a message that says what to do. */
public final class RunFailure extends RuntimeException {
  public RunFailure(String message) {
    super(message);
  }
}
