package org.corpusstats.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an English given name tells about a person: the gender it usually has (CoreNLP's own list of names with
 * their gender, the one its coreference uses) and the full name a pet form stands for ("Eliza" for "Elizabeth").
 */
final class GivenNames {

  private static final String GENDER_LIST = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Gender> GENDERS = genders();
  private static final Map<String, String> FULL_FORMS = fullForms();

  private GivenNames() {}

  /** The gender this given name has in English use; unknown for a name used for both or not listed. */
  static Gender gender(String name) {
    return GENDERS.getOrDefault(name.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /** The full name a pet form stands for ("lizzy" → "elizabeth"); the name itself when it is none. */
  static String fullForm(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return FULL_FORMS.getOrDefault(lower, lower);
  }

  private static Map<String, Gender> genders() {
    try (InputStream in = GivenNames.class.getResourceAsStream(GENDER_LIST)) {
      if (in == null) {
        return Map.of();
      }
      Map<String, Gender> genders = new HashMap<>();
      Set<String> both = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.strip().split("\t");
        if (cells.length != 2 || !(cells[1].equals("MALE") || cells[1].equals("FEMALE"))) {
          continue;
        }
        Gender g = Gender.valueOf(cells[1]);
        Gender before = genders.putIfAbsent(cells[0], g);
        if (before != null && before != g) {
          both.add(cells[0]);
        }
      }
      both.forEach(genders::remove);
      return Map.copyOf(genders);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> fullForms() {
    Map<String, String> full = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String line : WordList.load("given-name-variants.txt")) {
      String[] cells = line.split("\\s+");
      for (int i = 1; i < cells.length; i++) {
        String before = full.putIfAbsent(cells[i], cells[0]);
        if (before != null && !before.equals(cells[0])) {
          ambiguous.add(cells[i]);
        }
      }
    }
    ambiguous.forEach(full::remove);
    return Map.copyOf(full);
  }
}
