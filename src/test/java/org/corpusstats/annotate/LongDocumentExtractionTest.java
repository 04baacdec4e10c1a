package org.corpusstats.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.corpusstats.extract.DocumentExtraction;
import org.corpusstats.extract.Extractor;
import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.LayoutDetector;
import org.corpusstats.input.SourceDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A document read back from disk chunk by chunk, as a book is, gives the same records as the same document held
 * in memory whole: every sentence, token, mention, date, figure, quotation with its speaker, role and concept.
 * On a chapter of a novel, where speakers are resolved across chunks through dialogue, pronouns and coreference.
 */
@Tag("corenlp")
final class LongDocumentExtractionTest {

  /** The evaluation tests' annotation cache, so that a text annotated there is not annotated again here. */
  private static final Path SHARED_CACHE = Path.of("target", "eval-test-cache");

  @Test
  void extractionReadingChunksBackFromDiskEqualsExtractionHoldingThemAll() throws IOException {
    Path file = Path.of("eval", "texts", "pride-and-prejudice-ch18", "text.txt");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    SourceDocument source = new SourceDocument("pp.txt", file, text, "", text.length());
    DocumentLayout layout = new LayoutDetector(true).detect(text);
    AnnotationCache cache = new AnnotationCache(SHARED_CACHE, w -> { });

    DocumentExtraction held = extract(source, layout, cache, Integer.MAX_VALUE, 0);
    DocumentExtraction readBack = extract(source, layout, cache, 0, 1);

    assertThat(readBack.analysis().sentences()).isEqualTo(held.analysis().sentences());
    assertThat(readBack.mentions()).isEqualTo(held.mentions());
    assertThat(readBack.analysis().quotes()).isEqualTo(held.analysis().quotes());
    assertThat(readBack).isEqualTo(held);
    assertThat(held.analysis().quotes()).anySatisfy(q -> assertThat(q.speaker()).isNotEmpty());
  }

  private static DocumentExtraction extract(SourceDocument source, DocumentLayout layout, AnnotationCache cache,
                                            int holdChars, int readsBackAtLeast) {
    try (DocumentAnnotator annotator = new DocumentAnnotator(2, cache, n -> { },
        chunk -> NlpPipeline.annotate(chunk.document(), chunk.content()), true, holdChars)) {
      return annotator.annotateAll(List.of(new DocumentAnnotator.Job(0, source.name(), layout)), (job, chunks) -> {
        DocumentExtraction extraction = new Extractor().extract(source, layout, chunks);
        assertThat(((ChunkAnnotations) chunks).readsBack()).isGreaterThanOrEqualTo(readsBackAtLeast * chunks.size());
        return extraction;
      }).get(0);
    }
  }
}
