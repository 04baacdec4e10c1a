package org.corpusstats.link;

/** Linking cannot run (no WikiDict on the classpath, an index that cannot be written); the message says what to do. */
public final class LinkUnavailableException extends RuntimeException {
  public LinkUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
