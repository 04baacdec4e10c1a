package org.corpusstats.io;

/** The output folder cannot be used as asked; the message names it and says what to do. */
public final class OutputException extends RuntimeException {
  public OutputException(String message) {
    super(message);
  }
}
