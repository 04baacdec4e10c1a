package org.corpusstats.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/** The cache with a tokenizer-only pipeline: the protobuf round trip is the same, without loading big models. */
final class AnnotationCacheTest {

  private static final StanfordCoreNLP TOKENIZER = tokenizer();

  @TempDir
  Path folder;

  private final List<String> warnings = new ArrayList<>();

  private static StanfordCoreNLP tokenizer() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    return new StanfordCoreNLP(props);
  }

  private static Chunk chunk(String text) {
    return new Chunk("doc.txt", 0, 0, text.length(), text);
  }

  private static CoreDocument annotate(Chunk chunk) {
    CoreDocument document = new CoreDocument(chunk.content());
    TOKENIZER.annotate(document);
    return document;
  }

  private AnnotationCache cache(String settings) {
    return new AnnotationCache(folder, settings, warnings::add);
  }

  @Test
  void aStoredChunkIsReadBackWithItsSentencesAndTokens() {
    Chunk chunk = chunk("Lenin wrote a letter. Stalin read it.");
    AnnotationCache cache = cache("settings-a");
    cache.write(chunk, annotate(chunk));

    CoreDocument read = cache.read(chunk).orElseThrow();

    assertThat(read.sentences()).hasSize(2);
    assertThat(read.tokens()).extracting(t -> t.word()).containsExactly("Lenin", "wrote", "a", "letter", ".",
        "Stalin", "read", "it", ".");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aChangedTextMisses() {
    AnnotationCache cache = cache("settings-a");
    Chunk chunk = chunk("Lenin wrote a letter.");
    cache.write(chunk, annotate(chunk));

    assertThat(cache.read(chunk("Lenin wrote two letters."))).isEmpty();
    assertThat(cache.has(chunk)).isTrue();
  }

  @Test
  void aChangedNlpSettingMisses() {
    Chunk chunk = chunk("Lenin wrote a letter.");
    cache("ner.applyFineGrained=true").write(chunk, annotate(chunk));

    assertThat(cache("ner.applyFineGrained=false").read(chunk)).isEmpty();
    assertThat(cache("ner.applyFineGrained=true").read(chunk)).isPresent();
  }

  @Test
  void aTruncatedEntryIsReportedAndRecomputedNeverTrusted() throws IOException {
    AnnotationCache cache = cache("settings-a");
    Chunk chunk = chunk("Lenin wrote a letter. Stalin read it. Trotsky did not.");
    cache.write(chunk, annotate(chunk));
    Path entry = cache.entry(chunk);
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThat(cache.read(chunk)).isEmpty();
    assertThat(warnings).singleElement().asString().contains("corrupt").contains(entry.toString());
    assertThat(entry).doesNotExist();
  }

  @Test
  void aCorruptedByteIsCaught() throws IOException {
    AnnotationCache cache = cache("settings-a");
    Chunk chunk = chunk("Lenin wrote a letter. Stalin read it. Trotsky did not.");
    cache.write(chunk, annotate(chunk));
    Path entry = cache.entry(chunk);
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(entry, bytes);

    assertThat(cache.read(chunk)).isEmpty();
    assertThat(warnings).hasSize(1);
  }

  @Test
  void theAnnotatorReadsTheCacheInsteadOfAnnotatingAgain() {
    AnnotationCache cache = cache("settings-a");
    List<DocumentAnnotator.Job> jobs = List.of(new DocumentAnnotator.Job(0, "a.txt",
        new org.corpusstats.input.LayoutDetector(true).detect("Title\n\nLenin wrote a letter to the congress, and it was read.\n")));
    int[] calls = new int[1];
    java.util.function.Function<Chunk, CoreDocument> counting = c -> {
      calls[0]++;
      return annotate(c);
    };

    List<String> fresh;
    try (DocumentAnnotator first = new DocumentAnnotator(2, cache, n -> { }, counting, false)) {
      fresh = first.annotateAll(jobs, (job, chunks) -> chunks.get(0).tokens().toString());
      assertThat(first.chunksAnnotated()).isEqualTo(1);
    }
    try (DocumentAnnotator second = new DocumentAnnotator(2, cache, n -> { }, counting, false)) {
      List<String> cached = second.annotateAll(jobs, (job, chunks) -> chunks.get(0).tokens().toString());
      assertThat(second.chunksFromCache()).isEqualTo(1);
      assertThat(second.chunksAnnotated()).isZero();
      assertThat(cached).isEqualTo(fresh);
    }
    assertThat(calls[0]).isEqualTo(1);
  }
}
