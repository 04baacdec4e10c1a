package org.corpusstats.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which paragraph and section an offset falls in: the one starting last at or before it. */
final class DocumentLayoutTest {

  private static final DocumentLayout LAYOUT = new DocumentLayout(" ".repeat(100), "Title",
      List.of(new DocumentLayout.Paragraph(1, 0, 5, true), new DocumentLayout.Paragraph(2, 10, 30, false),
          new DocumentLayout.Paragraph(3, 40, 50, true), new DocumentLayout.Paragraph(4, 55, 90, false)),
      List.of(new DocumentLayout.Heading(1, "One", 40, 50)), List.of());

  @Test
  void anOffsetBelongsToTheLastParagraphStartingAtOrBeforeIt() {
    assertThat(LAYOUT.paragraphAt(0).index()).isEqualTo(1);
    assertThat(LAYOUT.paragraphAt(7).index()).as("between paragraphs: the one before").isEqualTo(1);
    assertThat(LAYOUT.paragraphAt(10).index()).isEqualTo(2);
    assertThat(LAYOUT.paragraphAt(54).index()).isEqualTo(3);
    assertThat(LAYOUT.paragraphAt(99).index()).isEqualTo(4);
  }

  @Test
  void anOffsetBeforeTheFirstHeadingIsInSectionZero() {
    assertThat(LAYOUT.sectionAt(39)).isZero();
    assertThat(LAYOUT.sectionAt(40)).isEqualTo(1);
    assertThat(LAYOUT.sectionAt(99)).isEqualTo(1);
  }

  @Test
  void aLayoutWithoutParagraphsIsOneParagraph() {
    DocumentLayout empty = new DocumentLayout("abc", "", List.of(), List.of(), List.of());

    assertThat(empty.paragraphAt(2)).isEqualTo(new DocumentLayout.Paragraph(1, 0, 3, false));
    assertThat(empty.sectionAt(2)).isZero();
  }
}
