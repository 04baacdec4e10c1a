package org.corpusstats.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores the Wikipedia links of a run against the links checked by hand in eval/links/checked.tsv: each linked
 * entity of entities.csv is right when a checked row of its text gives the same page for one of its forms.
 */
final class LinkScore {

  static final Path CHECKED = Path.of("eval", "links", "checked.tsv");

  /** One linked entity and its judgement: yes, no, unsure, or unchecked when no row gives that page. */
  record Link(String entity, String type, String page, String judgement) {}

  record Result(String text, boolean heldOut, List<Link> links) {
    long count(String judgement) {
      return links.stream().filter(l -> l.judgement().equals(judgement)).count();
    }
  }

  private LinkScore() {}

  static Result score(EvaluationSet.Entry entry, Path output) throws IOException {
    Map<String, String> judged = new HashMap<>();
    for (CSVRecord row : read(CHECKED, '\t')) {
      if (row.get("text").equals(entry.id())) {
        judged.put(row.get("form") + "\u0000" + row.get("page"), row.get("correct"));
      }
    }
    List<Link> links = new ArrayList<>();
    for (CSVRecord entity : read(output.resolve("entities.csv"), ',')) {
      String page = entity.get("wikipedia");
      if (page.isEmpty()) {
        continue;
      }
      List<String> forms = new ArrayList<>(List.of(entity.get("entity")));
      if (!entity.get("aliases").isBlank()) {
        forms.addAll(List.of(entity.get("aliases").split("; ")));
      }
      String judgement = forms.stream().map(f -> judged.get(f + "\u0000" + page)).filter(j -> j != null)
          .findFirst().orElse("unchecked");
      links.add(new Link(entity.get("entity"), entity.get("type"), page, judgement));
    }
    return new Result(entry.id(), entry.heldOut(), links);
  }

  static String markdown(List<Result> results) {
    List<String> out = new ArrayList<>();
    out.add("## Wikipedia links");
    out.add("");
    out.add("Every entity a run links, judged against the links checked by hand in "
        + "[eval/links/checked.tsv](../eval/links/checked.tsv) (how: [eval/links/README.md](../eval/links/README.md)). "
        + "Precision is right / (right + wrong); *unsure* rows count in neither. The rules and the score floor "
        + "(0.7) were chosen on the tuned-on texts only: the lowest floor at which their links were right 95 % of "
        + "the time (0.5: 0.90, 0.6: 0.92, 0.7: 0.95, 0.8: 0.96, 0.9: 0.98, on the sheet before the floor).");
    out.add("");
    out.add("| texts | linked entities | right | wrong | unsure | unchecked | precision |");
    out.add("|---|---|---|---|---|---|---|");
    for (boolean heldOut : new boolean[] {false, true}) {
      List<Result> part = results.stream().filter(r -> r.heldOut() == heldOut).toList();
      long yes = part.stream().mapToLong(r -> r.count("yes")).sum();
      long no = part.stream().mapToLong(r -> r.count("no")).sum();
      out.add("| " + (heldOut ? "held out" : "tuned on") + " (" + part.size() + ") | "
          + part.stream().mapToLong(r -> r.links().size()).sum() + " | " + yes + " | " + no + " | "
          + part.stream().mapToLong(r -> r.count("unsure")).sum() + " | "
          + part.stream().mapToLong(r -> r.count("unchecked")).sum() + " | "
          + (yes + no == 0 ? "–" : String.format("%.3f", (double) yes / (yes + no))) + " |");
    }
    for (Result r : results) {
      long yes = r.count("yes");
      long no = r.count("no");
      out.add("| " + r.text() + (r.heldOut() ? " (held out)" : "") + " | " + r.links().size() + " | " + yes + " | "
          + no + " | " + r.count("unsure") + " | " + r.count("unchecked") + " | "
          + (yes + no == 0 ? "–" : String.format("%.3f", (double) yes / (yes + no))) + " |");
    }
    out.add("");
    out.add("The links of the tuned-on texts (held-out texts are counted above, not listed):");
    out.add("");
    out.add("| text | entity | type | Wikipedia page | checked |");
    out.add("|---|---|---|---|---|");
    for (Result r : results) {
      if (!r.heldOut()) {
        for (Link l : r.links()) {
          out.add("| " + r.text() + " | " + l.entity().replace("|", "\\|") + " | " + l.type() + " | "
              + l.page().replace("|", "\\|") + " | " + l.judgement() + " |");
        }
      }
    }
    out.add("");
    return String.join("\n", out);
  }

  private static List<CSVRecord> read(Path file, char delimiter) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
    try (Reader reader = new StringReader(text)) {
      return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
          .setQuote(delimiter == '\t' ? null : '"').get().parse(reader).getRecords();
    }
  }
}
