package org.corpusstats.input;

import java.util.List;
import java.util.Locale;

/**
 * What a corpus is made of, and what the user is told when it cannot be read: one owner for the local reader and
 * the Spark engine, which list files on different file systems but must agree on which and in what order.
 */
public final class CorpusFiles {

  private CorpusFiles() {}

  /** A corpus document: a file whose name ends in .txt, in any case. */
  public static boolean isText(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  public static InputException noSuchPath(String input) {
    return new InputException(input + ": no such file or folder; give --input a .txt file or a folder of them");
  }

  public static InputException noTextFiles(String input) {
    return new InputException(input + ": the folder holds no .txt file; put the chapters there as .txt files");
  }

  public static InputException cannotList(String input, Exception cause) {
    return new InputException(input + ": cannot list it (" + cause.getMessage() + "); check the path and permissions",
        cause);
  }

  public static InputException noneUsable(String input, List<String> skipped) {
    return new InputException(input + ": none of its .txt files can be used (" + skipped.size()
        + " skipped); fix them as the messages with --skip-bad off say");
  }
}
