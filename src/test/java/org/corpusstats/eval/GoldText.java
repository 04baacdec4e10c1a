package org.corpusstats.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One text of the evaluation set with its gold annotations (eval/GUIDELINES.md), anchors located in the text.
 *
 * @param id      the folder name under eval/texts/
 * @param heldOut scored only at the end, never looked at while tuning (eval/README.md)
 */
record GoldText(String id, Path textFile, String text, boolean heldOut, List<Person> persons, List<Quotation> quotes,
                List<Figure> figures, Map<Integer, Integer> years) {

  /** A person of the text: every form it is named by, and whether a system is scored on it. */
  record Person(String name, List<String> forms, int mentions, boolean required) {}

  enum SpeakerKind { PERSON, ORGANIZATION, DOCUMENT, UNCLEAR }

  enum Part { FIRST, SPLIT, CONTINUED }

  /** A quotation (or a part of one) starting at {@code offset}, the first character of its anchor. */
  record Quotation(int offset, String anchor, Part part, List<String> speakerNames, SpeakerKind kind) {
    boolean unclear() {
      return kind == SpeakerKind.UNCLEAR;
    }
  }

  /** A figure at [begin, end) of the text. */
  record Figure(int begin, int end, String written, double value, String unit, String qualifier) {}

  static GoldText load(Path folder, boolean heldOut) {
    try {
      String text = Files.readString(folder.resolve("text.txt"), StandardCharsets.UTF_8);
      Path gold = folder.resolve("gold");
      List<Person> persons = new ArrayList<>();
      for (Map<String, String> row : tsv(gold.resolve("persons.tsv"))) {
        persons.add(new Person(row.get("person"), split(row.get("forms")), Integer.parseInt(row.get("mentions")),
            !"optional".equals(row.get("status"))));
      }
      List<Quotation> quotes = new ArrayList<>();
      for (Map<String, String> row : tsv(gold.resolve("quotes.tsv"))) {
        String anchor = row.get("anchor");
        quotes.add(new Quotation(locate(text, anchor, folder), anchor, Part.valueOf(upper(row.get("part"))),
            split(row.get("speaker")), SpeakerKind.valueOf(upper(row.get("speaker_kind")))));
      }
      List<Figure> figures = new ArrayList<>();
      for (Map<String, String> row : tsv(gold.resolve("figures.tsv"))) {
        String anchor = row.get("anchor");
        int begin = locate(text, anchor, folder) + anchor.indexOf(row.get("figure"));
        figures.add(new Figure(begin, begin + row.get("figure").length(), row.get("figure"),
            Double.parseDouble(row.get("value")), row.getOrDefault("unit", ""), row.getOrDefault("qualifier", "")));
      }
      Map<Integer, Integer> years = new LinkedHashMap<>();
      for (Map<String, String> row : tsv(gold.resolve("years.tsv"))) {
        years.put(Integer.parseInt(row.get("year")), Integer.parseInt(row.get("mentions")));
      }
      return new GoldText(folder.getFileName().toString(), folder.resolve("text.txt"), text, heldOut,
          List.copyOf(persons), List.copyOf(quotes), List.copyOf(figures), Map.copyOf(years));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int locate(String text, String anchor, Path folder) {
    int at = text.indexOf(anchor);
    if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
      throw new IllegalStateException(folder + ": the anchor '" + anchor + "' must occur exactly once in text.txt "
          + "(run eval/check-gold)");
    }
    return at;
  }

  private static List<String> split(String cell) {
    return cell == null ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String upper(String value) {
    return value.strip().toUpperCase(java.util.Locale.ROOT);
  }

  /** Tab-separated with a header row; `#` starts a comment line; no quoting (cells never hold tabs). */
  static List<Map<String, String>> tsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    if (lines.isEmpty()) {
      return List.of();
    }
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i].strip(), i < cells.length ? cells[i] : "");
      }
      rows.add(row);
    }
    return rows;
  }
}
