package org.corpusstats.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stopword lists: one word per line, UTF-8, text after {@code #} is a comment, blank lines ignored. Entries are kept
 * as written because they are matched exactly against case-folded terms: common words in lower case, a proper noun
 * with its capital ("Mr") - see docs/STATISTICS.md.
 */
public final class Stopwords {

  static final String ENGLISH_RESOURCE = "stopwords-en.txt";

  private Stopwords() {}

  /** The built-in English list: Snowball's English stop list plus modals and the clitics CoreNLP splits off. */
  public static Set<String> english() {
    return EnglishHolder.WORDS;
  }

  /**
   * A user's list, replacing the built-in one. Reading errors propagate as they are (a missing file names itself,
   * a file that is not UTF-8 raises a {@link java.nio.charset.CharacterCodingException}); the command line adds
   * the file name and the expected format.
   */
  public static Set<String> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static Set<String> parse(List<String> lines) {
    Set<String> words = new LinkedHashSet<>();
    for (String line : lines) {
      String word = line.replace("\uFEFF", "");
      int comment = word.indexOf('#');
      if (comment >= 0) {
        word = word.substring(0, comment);
      }
      word = word.strip();
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return Set.copyOf(words);
  }

  /** Loaded on first use only, and once. */
  private static final class EnglishHolder {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      try (InputStream in = Stopwords.class.getResourceAsStream(ENGLISH_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Built-in stopword list " + ENGLISH_RESOURCE + " is missing from the "
              + "classpath next to " + Stopwords.class.getName() + "; rebuild the project");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return parse(reader.lines().toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
