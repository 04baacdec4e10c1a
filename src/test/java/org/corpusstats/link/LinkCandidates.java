package org.corpusstats.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corpusstats.annotate.AnnotationCache;

/**
 * Lists every form of every entity of the evaluation set's outputs with the page the linker would give it at any
 * score (floor 0), its score and the form's first context in the text: the sheet a person checks links on, and
 * from which the floor is chosen (docs/ACCURACY.md). Usage: LinkCandidates OUTPUTS_FOLDER EVAL_FOLDER > sheet.tsv
 */
public final class LinkCandidates {

  private LinkCandidates() {}

  public static void main(String[] args) throws IOException {
    Path outputs = Path.of(args[0]);
    Path eval = Path.of(args[1]);
    EntityLinks links = new EntityLinks(WikiDictIndex.openOrBuild(AnnotationCache.defaultFolder(), m -> { }), 0);
    System.out.println("text\tentity\ttype\tform\tpage\tscore\tcontext");
    try (var texts = Files.list(outputs)) {
      for (Path folder : texts.sorted().toList()) {
        String id = folder.getFileName().toString();
        String text = Files.readString(eval.resolve("texts").resolve(id).resolve("text.txt"), StandardCharsets.UTF_8);
        Map<String, String> context = contexts(folder.resolve("mentions.csv"), text);
        for (CSVRecord entity : read(folder.resolve("entities.csv"))) {
          List<String> forms = new ArrayList<>(List.of(entity.get("entity")));
          if (!entity.get("aliases").isBlank()) {
            forms.addAll(List.of(entity.get("aliases").split("; ")));
          }
          for (String form : forms) {
            var candidate = links.candidate(form, entity.get("type"));
            if (candidate.isPresent()) {
              System.out.println(String.join("\t", id, entity.get("entity"), entity.get("type"), form,
                  EntityLinks.title(candidate.get().page()), String.format("%.3f", candidate.get().score()),
                  context.getOrDefault(form, context.getOrDefault(entity.get("entity"), ""))));
            }
          }
        }
      }
    }
  }

  private static Map<String, String> contexts(Path mentions, String text) throws IOException {
    Map<String, String> first = new HashMap<>();
    for (CSVRecord m : read(mentions)) {
      int begin = Integer.parseInt(m.get("char_begin"));
      int end = Integer.parseInt(m.get("char_end"));
      String window = text.substring(Math.max(0, begin - 90), Math.min(text.length(), end + 90))
          .replaceAll("\\s+", " ");
      first.putIfAbsent(m.get("text").replaceFirst("^(?i)the ", "").replaceAll("['’]s$", ""), window);
      first.putIfAbsent(m.get("entity"), window);
    }
    return first;
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    String csv = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
    try (Reader reader = new java.io.StringReader(csv)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }
}
