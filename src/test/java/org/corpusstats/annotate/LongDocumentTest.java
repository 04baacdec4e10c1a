package org.corpusstats.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.LayoutDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * A document longer than {@link DocumentAnnotator#HOLD_CHARS}: its chunks are annotated on their own characters,
 * left on disk and read back at document offsets. A tokenizer-only pipeline, so no big models load.
 */
final class LongDocumentTest {

  private static final StanfordCoreNLP TOKENIZER = tokenizer();

  @TempDir
  Path cacheFolder;

  private static StanfordCoreNLP tokenizer() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return new StanfordCoreNLP(props);
  }

  private static CoreDocument tokenize(String text) {
    CoreDocument document = new CoreDocument(text);
    TOKENIZER.annotate(document);
    return document;
  }

  /** About 3 × HOLD_CHARS of sections and paragraphs, so that it has a few hundred chunks. */
  private static DocumentLayout book() {
    StringBuilder text = new StringBuilder("A Long Book\n\n");
    for (int chapter = 1; text.length() < 3 * DocumentAnnotator.HOLD_CHARS; chapter++) {
      text.append("Chapter ").append(chapter).append("\n\n");
      for (int p = 0; p < 12; p++) {
        text.append("In chapter ").append(chapter).append(", paragraph ").append(p)
            .append(", \u201cwe said so,\u201d said Anna, and 1,200 people left on 3 May 1921.\n\n");
      }
    }
    return new LayoutDetector(true).detect(text.toString());
  }

  @Test
  void aChunkAnnotatedAloneHasTheOffsetsItWouldHaveInPlace() {
    String document = "First part. It ends here.\n\nSecond part says \u201cquoted words here\u201d and more.\n";
    int begin = document.indexOf("Second");
    Chunk chunk = new Chunk("doc.txt", 1, begin, document.length(), document);

    CoreDocument inPlace = tokenize(" ".repeat(begin) + chunk.content());
    CoreDocument alone = tokenize(chunk.content());
    ChunkOffsets.move(alone.annotation(), begin);

    List<CoreLabel> expected = inPlace.tokens();
    List<CoreLabel> moved = alone.annotation().get(CoreAnnotations.TokensAnnotation.class);
    assertThat(moved).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(moved.get(i).beginPosition()).isEqualTo(expected.get(i).beginPosition());
      assertThat(moved.get(i).endPosition()).isEqualTo(expected.get(i).endPosition());
      assertThat(document.substring(moved.get(i).beginPosition(), moved.get(i).endPosition()))
          .isEqualTo(moved.get(i).originalText());
    }
    List<CoreMap> sentences = alone.annotation().get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(sentences.get(0).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)).isEqualTo(begin);
  }

  @Test
  void aLongDocumentIsLeftOnDiskAndReadBackAtDocumentOffsets() {
    DocumentLayout layout = book();
    AtomicInteger annotated = new AtomicInteger();
    AnnotationCache cache = new AnnotationCache(cacheFolder, "tokenizer", w -> { });
    try (DocumentAnnotator annotator = new DocumentAnnotator(2, cache, n -> { }, c -> {
      annotated.incrementAndGet();
      return tokenize(c.content());
    }, false)) {
      annotator.annotateAll(List.of(new DocumentAnnotator.Job(0, "book.txt", layout)), (job, chunks) -> {
        ChunkAnnotations annotation = (ChunkAnnotations) chunks;
        assertThat(annotation.size()).isGreaterThan(2 * ChunkAnnotations.RECENT);
        for (int pass = 1; pass <= 2; pass++) {
          for (int c = 0; c < annotation.size(); c++) {
            for (CoreLabel token : annotation.get(c).tokens()) {
              assertThat(layout.nlpText().substring(token.beginPosition(), token.endPosition()))
                  .isEqualTo(token.originalText());
            }
          }
          // Nothing was held: every pass reads every chunk back, and only the last few stay.
          assertThat(annotation.readsBack()).isEqualTo(pass * annotation.size());
        }
        return null;
      });
    }
    assertThat(annotated.get()).isEqualTo(new Chunker(Chunker.TARGET_CHARS).chunks("book.txt", layout).size());
  }

  @Test
  void aShortDocumentIsHeldWhole() {
    DocumentLayout layout = new LayoutDetector(true).detect("A Title\n\nA short text, \u201cwith a quote\u201d in it.\n");
    try (DocumentAnnotator annotator = new DocumentAnnotator(2, null, n -> { }, c -> tokenize(c.content()), false)) {
      int reads = annotator.annotateAll(List.of(new DocumentAnnotator.Job(0, "short.txt", layout)), (job, chunks) -> {
        chunks.forEach(CoreDocument::tokens);
        return ((ChunkAnnotations) chunks).readsBack();
      }).get(0);
      assertThat(reads).isZero();
    }
  }

  @Test
  void withoutACacheALongDocumentSpillsToATemporaryFolderThatIsRemoved() throws IOException {
    DocumentLayout layout = book();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = spillFolders(tmp);
    List<Path> during = new ArrayList<>();
    try (DocumentAnnotator annotator = new DocumentAnnotator(2, null, n -> { }, c -> tokenize(c.content()), false)) {
      annotator.annotateAll(List.of(new DocumentAnnotator.Job(0, "book.txt", layout)), (job, chunks) -> {
        assertThat(chunks.get(chunks.size() - 1).tokens()).isNotEmpty();
        try {
          during.addAll(spillFolders(tmp));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return null;
      });
    }
    during.removeAll(before);
    assertThat(during).hasSize(1);
    assertThat(during.get(0)).doesNotExist();
  }

  private static List<Path> spillFolders(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("corpus-stats-spill")).toList();
    }
  }
}
