package org.corpusstats.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.corpusstats.input.LayoutDetector;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.pipeline.CoreDocument;

final class DocumentAnnotatorTest {

  private static DocumentAnnotator.Job job(int index) {
    String text = "Title " + index + "\n\nDocument number " + index + " has a sentence long enough to be prose here.\n";
    return new DocumentAnnotator.Job(index, "doc" + index + ".txt", new LayoutDetector(true).detect(text));
  }

  @Test
  void resultsComeBackInDocumentOrderWhateverTheThreads() {
    List<DocumentAnnotator.Job> jobs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      jobs.add(job(i));
    }
    try (DocumentAnnotator annotator = new DocumentAnnotator(4, null, n -> { }, c -> new CoreDocument(c.content()), false)) {
      List<String> names = annotator.annotateAll(jobs, (job, chunks) -> job.document());

      assertThat(names).isEqualTo(jobs.stream().map(DocumentAnnotator.Job::document).toList());
    }
  }

  @Test
  void onlyAFewDocumentsAreHeldAtOnceSoMemoryDoesNotGrowWithTheCorpus() {
    int threads = 2;
    AtomicInteger held = new AtomicInteger();
    AtomicInteger mostHeld = new AtomicInteger();
    List<DocumentAnnotator.Job> jobs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      jobs.add(job(i));
    }
    try (DocumentAnnotator annotator = new DocumentAnnotator(threads, null, n -> { }, c -> {
      mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
      return new CoreDocument(c.content());
    }, false)) {
      annotator.annotateAll(jobs, (job, chunks) -> {
        held.addAndGet(-chunks.size()); // the annotation is reduced to a small result and released here
        return job.index();
      });
    }
    // At most threads + 1 documents are submitted before the oldest is collected; each has one chunk here.
    assertThat(mostHeld.get()).isLessThanOrEqualTo(threads + 1);
    assertThat(held.get()).isZero();
  }

  @Test
  void chunksFollowSectionsAndDoNotDependOnThreads() {
    StringBuilder text = new StringBuilder("A Title\n\n");
    for (int section = 1; section <= 6; section++) {
      text.append("Heading number ").append(section).append("\n\n");
      for (int p = 0; p < 30; p++) {
        text.append("This paragraph of section ").append(section).append(" says a thing that needs saying at length.\n\n");
      }
    }
    var layout = new LayoutDetector(true).detect(text.toString());

    List<Chunk> chunks = new Chunker(Chunker.TARGET_CHARS).chunks("a.txt", layout);

    assertThat(chunks).hasSizeGreaterThan(1);
    assertThat(chunks.get(0).begin()).isZero();
    assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
    for (int i = 1; i < chunks.size(); i++) {
      int start = chunks.get(i).begin();
      assertThat(chunks.get(i - 1).end()).isEqualTo(start);
      assertThat(layout.headings()).anySatisfy(h -> assertThat(h.charBegin()).isEqualTo(start));
    }
    for (Chunk chunk : chunks) {
      assertThat(chunk.content()).isEqualTo(layout.nlpText().substring(chunk.begin(), chunk.end()));
    }
  }

  @Test
  void aParagraphWithoutBreaksIsCutAtSentenceEndsNeverInsideAQuoteOrAfterATitle() {
    StringBuilder text = new StringBuilder("A Title\n\n");
    for (int i = 0; i < 800; i++) {
      text.append("Mr. Smith met the members of the committee number ").append(i)
          .append(" and \u201Cthey said nothing. Then they left.\u201D The session ended early. ");
    }
    var layout = new LayoutDetector(true).detect(text.toString());
    String nlp = layout.nlpText();

    List<Chunk> chunks = new Chunker(Chunker.TARGET_CHARS).chunks("a.txt", layout);

    assertThat(nlp.length()).isGreaterThan(20 * Chunker.TARGET_CHARS);
    assertThat(chunks).hasSizeGreaterThan(10);
    for (Chunk chunk : chunks) {
      assertThat(chunk.end() - chunk.begin()).isLessThan(2 * Chunker.TARGET_CHARS);
      if (chunk.begin() > 0) {
        String before = nlp.substring(0, chunk.begin()).stripTrailing();
        assertThat(before).endsWith("early.");
        assertThat(chunk.content()).startsWith("Mr. Smith");
      }
    }
  }
}
