package org.corpusstats.report.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names from table file names, within Excel's rules: at most 31 characters, none of {@code [ ] : * ? / \},
 * not starting or ending with an apostrophe, not empty, not "History" (Excel keeps it for change tracking), and
 * unique ignoring case. {@code words.some-long-document-name.csv} becomes {@code words.some-long-document-name};
 * a name already taken, or one that is the same as another after cutting, gets {@code ~2}, {@code ~3}... within the
 * 31 characters. The table order decides which name keeps its plain form, so the names are the same every run.
 */
final class SheetNames {

  static final int MAX_LENGTH = 31;
  private static final String FORBIDDEN = "[]:*?/\\";

  private SheetNames() {}

  /** One name per file name, in the same order. */
  static List<String> of(List<String> fileNames) {
    List<String> names = new ArrayList<>(fileNames.size());
    Set<String> taken = new HashSet<>();
    for (String fileName : fileNames) {
      String base = clean(fileName);
      String name = base;
      for (int n = 2; taken.contains(key(name)); n++) {
        String suffix = "~" + n;
        name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
      }
      taken.add(key(name));
      names.add(name);
    }
    return names;
  }

  /** The file name without {@code .csv}, forbidden characters as {@code _}, cut to 31 characters. */
  static String clean(String fileName) {
    String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? fileName.substring(0, fileName.length() - 4) : fileName;
    StringBuilder name = new StringBuilder(stem.length());
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      name.append(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
    }
    String cleaned = cut(name.toString(), MAX_LENGTH);
    if (cleaned.startsWith("'")) {
      cleaned = "_" + cleaned.substring(1);
    }
    if (cleaned.endsWith("'")) {
      cleaned = cleaned.substring(0, cleaned.length() - 1) + "_";
    }
    if (cleaned.isBlank()) {
      return "table";
    }
    return cleaned.equalsIgnoreCase("history") ? cleaned + "_" : cleaned;
  }

  /** The first {@code length} characters, never half of a surrogate pair. */
  private static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }

  /** Excel compares sheet names ignoring case. */
  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
