package org.corpusstats.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** corpus-stats' answer for one text, read from the CSV files a run wrote, as a user would read them. */
final class CorpusStatsOutput {

  /** The figure kinds that are data; ordinals and labels are numbers that name things (docs/OUTPUTS.md). */
  private static final java.util.regex.Pattern SIEVE = java.util.regex.Pattern.compile("\\[([^\\],]+)");
  private static final Set<String> DATA_KINDS = Set.of("count", "percent", "money", "fraction", "duration");

  private CorpusStatsOutput() {}

  static SystemOutput read(Path outputFolder) {
    List<SystemOutput.PersonRow> persons = new ArrayList<>();
    for (CSVRecord row : csv(outputFolder.resolve("entities.csv"))) {
      if (row.get("type").equals("PERSON")) {
        List<String> forms = new ArrayList<>();
        forms.add(row.get("entity"));
        if (!row.get("aliases").isBlank()) {
          forms.addAll(Arrays.stream(row.get("aliases").split(";")).map(String::strip).toList());
        }
        persons.add(new SystemOutput.PersonRow(row.get("entity"), forms, Integer.parseInt(row.get("mentions"))));
      }
    }
    List<SystemOutput.QuoteRow> quotes = new ArrayList<>();
    for (CSVRecord row : csv(outputFolder.resolve("quotes.csv"))) {
      if (row.get("depth").equals("0")) {
        quotes.add(new SystemOutput.QuoteRow(Integer.parseInt(row.get("char_begin")),
            Integer.parseInt(row.get("char_end")), row.get("speaker"), rule(row.get("evidence"))));
      }
    }
    List<SystemOutput.FigureRow> figures = new ArrayList<>();
    for (CSVRecord row : csv(outputFolder.resolve("figures.csv"))) {
      if (DATA_KINDS.contains(row.get("kind"))) {
        figures.add(new SystemOutput.FigureRow(Integer.parseInt(row.get("char_begin")),
            Integer.parseInt(row.get("char_end")), Double.parseDouble(row.get("value"))));
      }
    }
    Set<Integer> years = new TreeSet<>();
    for (CSVRecord row : csv(outputFolder.resolve("dates.csv"))) {
      if (row.get("inferred").equals("false") && !row.get("years").isBlank()) {
        Arrays.stream(row.get("years").split(";")).map(String::strip).map(Integer::valueOf).forEach(years::add);
      }
    }
    return new SystemOutput(persons, quotes, figures, years);
  }

  /** "said he [speech tag] (he = …)" -> "speech tag"; "… [lead-in, not a named speaker]" -> "lead-in". */
  static String rule(String evidence) {
    java.util.regex.Matcher m = SIEVE.matcher(evidence);
    String last = "";
    while (m.find()) {
      last = m.group(1).strip();
    }
    return last;
  }

  private static List<CSVRecord> csv(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
