package org.corpusstats.input;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A frequency list given as {@code --reference FILE.csv}: {@code term,count} per line, a header row optional,
 * {@code #} starting a comment. A words.csv of another run also reads (its first two columns other than pos are
 * term and count), as does any list whose first column is the word and second its frequency.
 */
public final class ReferenceList {

  private ReferenceList() {}

  /** Counts by term; a term listed twice adds up. */
  public static Map<String, Long> read(Path file) {
    Map<String, Long> counts = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true)
          .get();
      int countColumn = 1;
      for (CSVRecord record : format.parse(reader)) {
        String term = record.get(0).replace("\uFEFF", "").strip();
        if (record.getRecordNumber() == 1 && record.size() > 1 && !isCount(record.get(1))) {
          // A header: words.csv has term,pos,count.
          countColumn = record.size() > 2 && record.get(1).equalsIgnoreCase("pos") ? 2 : 1;
          continue;
        }
        if (record.size() <= countColumn || term.isEmpty() || !isCount(record.get(countColumn))) {
          throw new InputException(file + ": line " + record.getRecordNumber()
              + " needs a term and a whole-number count, term,count; fix or remove it");
        }
        counts.merge(term, Long.parseLong(record.get(countColumn).strip()), Long::sum);
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new InputException(file + ": cannot read the reference list (" + e.getMessage()
          + "); it must be UTF-8 CSV with columns term,count", e);
    }
    if (counts.isEmpty()) {
      throw new InputException(file + ": the reference list has no term; give term,count lines");
    }
    return counts;
  }

  private static boolean isCount(String cell) {
    String value = cell.strip();
    return !value.isEmpty() && value.length() < 19 && value.chars().allMatch(Character::isDigit);
  }
}
