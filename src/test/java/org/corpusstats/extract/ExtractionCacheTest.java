package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExtractionCacheTest {

  @TempDir
  Path folder;

  private final List<String> warnings = new ArrayList<>();

  private static DocumentExtraction extraction(String text) {
    List<Token> tokens = List.of(new Token(0, "Lenin", "Lenin", "NNP", "PERSON", 0, 5),
        new Token(1, "wrote", "write", "VBD", "O", 6, 11));
    Sentence sentence = new Sentence("a.txt", 1, 0, "Title", 1, 0, 11, false, tokens);
    DocumentAnalysis analysis = new DocumentAnalysis("a.txt", text, "Title", List.of(), 1, List.of(sentence),
        List.of(), List.of(), List.of(), List.of());
    return new DocumentExtraction(analysis, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private ExtractionCache cache(String settings) {
    return new ExtractionCache(folder, settings, warnings::add);
  }

  @Test
  void aDocumentsRecordsComeBackEqual() {
    ExtractionCache cache = cache("settings");
    String key = cache.key("a.txt", "Lenin wrote.", true);
    DocumentExtraction stored = extraction("Lenin wrote.");

    cache.write(key, stored);

    assertThat(cache.read(key)).contains(stored);
    assertThat(warnings).isEmpty();
  }

  @Test
  void theKeyChangesWithTheNameTheTextTheLayoutOptionAndTheSettings() {
    String key = cache("settings").key("a.txt", "Lenin wrote.", true);

    assertThat(cache("settings").key("a.txt", "Lenin wrote.", true)).isEqualTo(key);
    assertThat(List.of(cache("settings").key("b.txt", "Lenin wrote.", true),
        cache("settings").key("a.txt", "Lenin wrote!", true),
        cache("settings").key("a.txt", "Lenin wrote.", false),
        cache("other settings").key("a.txt", "Lenin wrote.", true))).doesNotContain(key).doesNotHaveDuplicates();
  }

  @Test
  void theKeyHoldsTheBuildSoThatChangedRulesMiss() {
    assertThat(ExtractionCache.build()).matches("[0-9a-f]{64}");
  }

  @Test
  void aCorruptEntryIsReportedRemovedAndMissed() throws IOException {
    ExtractionCache cache = cache("settings");
    String key = cache.key("a.txt", "Lenin wrote.", true);
    cache.write(key, extraction("Lenin wrote."));
    Path entry;
    try (Stream<Path> files = Files.walk(folder)) {
      entry = files.filter(f -> f.toString().endsWith(".ser.gz")).findFirst().orElseThrow();
    }
    Files.write(entry, new byte[] {31, -117, 8, 0, 1, 2, 3});

    assertThat(cache.read(key)).isEmpty();
    assertThat(warnings).singleElement().asString().contains("cannot be read");
    assertThat(entry).doesNotExist();
  }
}
