package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.corpusstats.input.DocumentLayout;
import org.junit.jupiter.api.Test;

/** How quotation spans that cross paragraph breaks are cut, by the English conventions of multi-paragraph quotes. */
final class OpenQuotesTest {

  private static DocumentLayout layout(String text) {
    List<DocumentLayout.Paragraph> paragraphs = new ArrayList<>();
    int begin = 0;
    for (String paragraph : text.split("\n\n", -1)) {
      paragraphs.add(new DocumentLayout.Paragraph(paragraphs.size() + 1, begin, begin + paragraph.length(), false));
      begin += paragraph.length() + 2;
    }
    return new DocumentLayout(text, "", paragraphs, List.of(), List.of());
  }

  @Test
  void aSpanRunningIntoParagraphsThatReopenIsCutIntoOnePerParagraph() {
    String text = String.join("\n\n",
        "\"'It is to copy out the \"Great Book.\" Will you be ready to-morrow?'",
        "\"'Certainly,' I answered.",
        "He went away then.",
        "\"'Then good-bye, and let me congratulate you once more.'\"");
    int open = text.indexOf("\"'Certainly");
    List<int[]> found = List.of(new int[] {open, text.length()});

    List<int[]> cut = OpenQuotes.splitAtParagraphs(text, layout(text), found);

    assertThat(cut).extracting(q -> text.substring(q[0], q[1])).containsExactly(
        "\"'Certainly,' I answered.", "\"'Then good-bye, and let me congratulate you once more.'\"");
  }

  @Test
  void aBlockQuotationWhoseInnerParagraphsDoNotReopenIsKeptWhole() {
    String text = String.join("\n\n",
        "The platform said: “The secretarial hierarchy recruits the members of conferences . . .",
        "The regime established within the party is completely intolerable . . .”",
        "Nobody answered it.");
    List<int[]> found = List.of(new int[] {text.indexOf('“'), text.indexOf('”') + 1});

    List<int[]> cut = OpenQuotes.splitAtParagraphs(text, layout(text), found);

    assertThat(cut).singleElement().satisfies(q -> assertThat(q).containsExactly(found.get(0)));
  }
}
