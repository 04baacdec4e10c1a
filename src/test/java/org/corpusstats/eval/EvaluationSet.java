package org.corpusstats.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The texts of eval/texts.tsv: id, kind, and whether the text is held out from tuning. */
final class EvaluationSet {

  record Entry(String id, String kind, boolean heldOut) {}

  static final Path FOLDER = Path.of("eval");

  private EvaluationSet() {}

  static List<Entry> entries(Path evalFolder) {
    try {
      List<Entry> entries = new ArrayList<>();
      for (Map<String, String> row : GoldText.tsv(evalFolder.resolve("texts.tsv"))) {
        entries.add(new Entry(row.get("id"), row.get("kind"), Boolean.parseBoolean(row.get("held_out"))));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GoldText load(Path evalFolder, Entry entry) {
    return GoldText.load(evalFolder.resolve("texts").resolve(entry.id()), entry.heldOut());
  }

  static GoldText load(Path evalFolder, String id) {
    Entry entry = entries(evalFolder).stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no text " + id + " in " + evalFolder.resolve("texts.tsv")));
    return load(evalFolder, entry);
  }
}
