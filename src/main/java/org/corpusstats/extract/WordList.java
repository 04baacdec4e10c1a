package org.corpusstats.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A word list kept as a resource next to the code that reads it: one entry per line, `#` starts a comment. */
public final class WordList {

  static final Set<String> SPEECH_VERBS = load("speech-verbs.txt");
  static final Set<String> COURTESY_TITLES = load("courtesy-titles.txt");
  static final Set<String> GENERATIONAL_SUFFIXES = load("generational-suffixes.txt");

  private WordList() {}

  static Set<String> load(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list " + name + " is missing from the classpath");
      }
      Set<String> words = new TreeSet<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(line -> line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT))
          .filter(line -> !line.isEmpty()).forEach(words::add);
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Mr." and "Mr" alike. */
  public static boolean isCourtesyTitle(String word) {
    return COURTESY_TITLES.contains(word.toLowerCase(Locale.ROOT).replaceFirst("\\.$", ""));
  }

  /** "Jr." and "Jr" alike, written with its capital. */
  static boolean isGenerationalSuffix(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
        && GENERATIONAL_SUFFIXES.contains(word.toLowerCase(Locale.ROOT).replaceFirst("\\.$", ""));
  }
}
