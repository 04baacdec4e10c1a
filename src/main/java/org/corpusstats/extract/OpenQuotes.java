package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

import org.corpusstats.input.DocumentLayout;

/** Quotations that run over several paragraphs, which CoreNLP's quote annotator leaves without a span. */
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
      int lead = text.length() - text.stripLeading().length();
      String body = text.strip();
      if (p.heading() || body.isEmpty() || (body.charAt(0) != '“' && body.charAt(0) != '"')) {
        continue;
      }
      int begin = p.charBegin() + lead;
      boolean covered = covers(found, longest, begin);
      boolean open = body.charAt(0) == '“'
          ? body.chars().filter(c -> c == '“').count() > body.chars().filter(c -> c == '”').count()
          : body.chars().filter(c -> c == '"').count() % 2 == 1;
      if (!covered && open) {
        added.add(new int[] {begin, p.charBegin() + lead + body.length()});
      }
    }
    return added;
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
