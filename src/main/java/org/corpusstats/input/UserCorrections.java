package org.corpusstats.input;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corpusstats.extract.EntityResolver;

/**
 * The user's corrections to the model: an alias file (CSV {@code alias,canonical,type}, type optional, a header
 * row optional) and an exclusion file (one name per line; {@code #} starts a comment).
 */
public final class UserCorrections {

  private UserCorrections() {}

  public static List<EntityResolver.Alias> aliases(Path file) {
    if (file == null) {
      return List.of();
    }
    List<EntityResolver.Alias> aliases = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setCommentMarker('#').setTrim(true)
          .setIgnoreEmptyLines(true).get().parse(reader)) {
        String alias = strip(record.get(0));
        if (record.getRecordNumber() == 1 && alias.equalsIgnoreCase("alias")) {
          continue;
        }
        if (record.size() < 2 || alias.isEmpty() || record.get(1).isBlank()) {
          throw new InputException(file + ": line " + record.getRecordNumber()
              + " needs at least two cells, alias,canonical[,type]; fix or remove it");
        }
        aliases.add(new EntityResolver.Alias(alias, record.get(1).strip(), record.size() > 2 ? record.get(2).strip() : ""));
      }
    } catch (IOException | IllegalStateException e) {
      throw new InputException(file + ": cannot read the alias file (" + e.getMessage()
          + "); it must be UTF-8 CSV with columns alias,canonical,type", e);
    }
    return aliases;
  }

  public static Set<String> exclusions(Path file) {
    if (file == null) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String name = strip(line.replaceAll("#.*$", ""));
        if (!name.isEmpty()) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot read the exclusion file (" + e.getMessage()
          + "); it must be UTF-8 text, one name per line", e);
    }
    return names;
  }

  private static String strip(String cell) {
    return cell.replace("\uFEFF", "").strip();
  }
}
