package org.corpusstats.input;

import java.util.List;

/**
 * The structure found in a document's plain text, and the text CoreNLP should read.
 *
 * @param nlpText    same length as the document text, so offsets carry over unchanged: page furniture blanked
 *                   to spaces, line breaks inside a wrapped paragraph turned into spaces, so that every remaining
 *                   line break ends a paragraph or a heading (CoreNLP then splits sentences at each of them)
 * @param title      the document's title line, or empty when none was found
 * @param paragraphs every paragraph and heading in order, numbered from 1
 * @param headings   the section headings in order (the title is not one of them)
 * @param dropped    the lines removed as page furniture, in order
 */
public record DocumentLayout(String nlpText, String title, List<Paragraph> paragraphs, List<Heading> headings,
                             List<DroppedLine> dropped) {

  public DocumentLayout {
    paragraphs = List.copyOf(paragraphs);
    headings = List.copyOf(headings);
    dropped = List.copyOf(dropped);
  }

  /** @param heading true for the title and section headings */
  public record Paragraph(int index, int charBegin, int charEnd, boolean heading) {}

  /** @param section 1-based section number this heading opens */
  public record Heading(int section, String text, int charBegin, int charEnd) {}

  /** @param line 1-based line number in the file */
  public record DroppedLine(int line, String text) {}

  /** The paragraph holding this character offset, or the last one before it. */
  public Paragraph paragraphAt(int offset) {
    if (paragraphs.isEmpty()) {
      return new Paragraph(1, 0, nlpText.length(), false);
    }
    // Binary search: every sentence asks, and a book has thousands of paragraphs.
    int last = lastAtOrBefore(paragraphs.size(), i -> paragraphs.get(i).charBegin(), offset);
    return paragraphs.get(Math.max(0, last));
  }

  /** 0 before the first heading, else the number of the last heading at or before the offset. */
  public int sectionAt(int offset) {
    int last = lastAtOrBefore(headings.size(), i -> headings.get(i).charBegin(), offset);
    return last < 0 ? 0 : headings.get(last).section();
  }

  /** The last of {@code size} items, sorted by begin, that begins at or before the offset; -1 for none. */
  private static int lastAtOrBefore(int size, java.util.function.IntUnaryOperator begin, int offset) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (begin.applyAsInt(mid) <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }

  public String sectionTitle(int section) {
    return section == 0 ? title : headings.get(section - 1).text();
  }
}
