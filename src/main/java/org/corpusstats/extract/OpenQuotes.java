package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

import org.corpusstats.input.DocumentLayout;

/**
 * Quotations that run over several paragraphs, which CoreNLP's quote annotator leaves without a span: in each
 * paragraph left open (more opening marks than closing ones), the last opening mark starts a span to its end.
 */
final class OpenQuotes {

  private OpenQuotes() {}

  /**
   * A quotation that runs over several paragraphs opens each with a quotation mark and closes only in the last
   * (the English convention); CoreNLP's quote annotator finds no span in the paragraphs left open. Each such
   * paragraph is a span from its opening mark to its end.
   */
  static List<int[]> paragraphsLeftOpen(String document, DocumentLayout layout, List<int[]> found) {
    List<int[]> added = new ArrayList<>();
    int longest = found.stream().mapToInt(q -> q[1] - q[0]).max().orElse(0);
    for (DocumentLayout.Paragraph p : layout.paragraphs()) {
      String text = document.substring(p.charBegin(), p.charEnd());
      String body = text.stripTrailing();
      if (p.heading() || body.isBlank()) {
        continue;
      }
      if (!leftOpen(body)) {
        continue;
      }
      boolean curly = body.chars().filter(c -> c == '“').count() > body.chars().filter(c -> c == '”').count();
      // The last opening mark no span covers runs to the end of the paragraph: "…,” he said. “The enemy is at the
      // gates… (and the speech goes on in the next paragraph).
      int at = body.lastIndexOf(curly ? '“' : '"');
      while (at >= 0 && covers(found, longest, p.charBegin() + at)) {
        at = body.lastIndexOf(curly ? '“' : '"', at - 1);
      }
      if (at >= 0) {
        added.add(new int[] {p.charBegin() + at, p.charBegin() + body.length()});
      }
    }
    return added;
  }


  /**
   * A quotation mark left unclosed (a nested title, "the "Encyclopaedia Britannica."", inside a client's tale) can
   * make CoreNLP pair marks across paragraphs. A quotation never runs on into another paragraph without reopening
   * there: a span that crosses a paragraph break into paragraphs that reopen with a quotation mark is cut at the
   * breaks, into its part in each paragraph that opens with a mark (none in a paragraph of narration). A span whose
   * inner paragraphs never reopen is a block quotation of the other style, kept whole.
   */
  static List<int[]> splitAtParagraphs(String document, DocumentLayout layout, List<int[]> found) {
    List<int[]> result = new ArrayList<>(found.size());
    for (int[] span : found) {
      DocumentLayout.Paragraph first = layout.paragraphAt(span[0]);
      if (span[1] <= first.charEnd()) {
        result.add(span);
        continue;
      }
      List<int[]> pieces = new ArrayList<>();
      List<DocumentLayout.Paragraph> paragraphs = layout.paragraphs();
      // a paragraph's index is its place in the list, from 1: the next one is at that index
      for (int k = first.index(); k < paragraphs.size() && paragraphs.get(k).charBegin() < span[1];
           k++) {
        DocumentLayout.Paragraph p = paragraphs.get(k);
        String text = document.substring(p.charBegin(), Math.min(p.charEnd(), span[1]));
        String body = text.stripLeading();
        if (!body.isEmpty() && "\"“'‘".indexOf(body.charAt(0)) >= 0) {
          int begin = p.charBegin() + text.length() - body.length();
          pieces.add(new int[] {begin, Math.min(p.charEnd(), span[1])});
        }
      }
      if (pieces.isEmpty()) {
        // a block quotation whose inner paragraphs do not reopen (a web page's style) is one span, as marked
        result.add(span);
      } else {
        result.add(new int[] {span[0], first.charEnd()});
        result.addAll(pieces);
      }
    }
    return result;
  }

  /** A paragraph that ends inside a quotation: more opening marks than closing ones, or an odd number of '"'. */
  static boolean leftOpen(String paragraph) {
    return paragraph.chars().filter(c -> c == '“').count() > paragraph.chars().filter(c -> c == '”').count()
        || paragraph.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  /** Whether a span of these (sorted by begin) covers the offset: a binary search, then back as far as the longest. */
  private static boolean covers(List<int[]> sorted, int longest, int offset) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid)[0] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low - 1; i >= 0 && sorted.get(i)[0] >= offset - longest; i--) {
      if (sorted.get(i)[1] > offset) {
        return true;
      }
    }
    return false;
  }

}
