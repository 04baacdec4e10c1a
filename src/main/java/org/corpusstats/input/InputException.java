package org.corpusstats.input;

/** Bad input the user can fix: the message names the file, the problem and the fix, in one line. */
public final class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
