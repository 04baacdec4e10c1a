package org.corpusstats.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.corpusstats.RandomText;
import org.junit.jupiter.api.Test;

/** Layout detection on seeded random Unicode documents: never fails, never moves an offset. */
final class LayoutFuzzTest {

  @Test
  void everyOffsetStaysInsideTheDocumentWhateverTheText() {
    Random random = new Random(20261126L);
    for (int round = 0; round < 500; round++) {
      String text = RandomText.document(random, 1 + random.nextInt(400));
      for (boolean drop : new boolean[] {true, false}) {
        DocumentLayout layout = new LayoutDetector(drop).detect(text);

        assertThat(layout.nlpText()).as("round %d", round).hasSameSizeAs(text);
        int previousEnd = 0;
        for (DocumentLayout.Paragraph p : layout.paragraphs()) {
          assertThat(p.charBegin()).as("round %d", round).isBetween(previousEnd, text.length());
          assertThat(p.charEnd()).isBetween(p.charBegin(), text.length());
          previousEnd = p.charEnd();
        }
        for (DocumentLayout.Heading h : layout.headings()) {
          assertThat(text.substring(h.charBegin(), h.charEnd()).strip()).isNotEmpty();
          assertThat(layout.sectionTitle(layout.sectionAt(h.charBegin()))).isEqualTo(h.text());
        }
      }
    }
  }
}
