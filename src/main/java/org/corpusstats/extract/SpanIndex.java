package org.corpusstats.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Character spans ({@code [begin, end)}) indexed for the questions quotation attribution asks of every sentence:
 * which span holds an offset, whether a span is among them, how many enclose it. Sorted by begin, with the largest
 * end so far, each answer is a binary search and a walk back over the spans that can still reach the offset, so
 * a book's thousands of quotations cost n log n, not n².
 */
final class SpanIndex {

  private final int[][] spans;
  private final int[] maxEndUpTo;
  private final Set<Long> members = new HashSet<>();

  SpanIndex(List<int[]> spans) {
    this.spans = spans.stream().map(int[]::clone)
        .sorted(Comparator.<int[]>comparingInt(s -> s[0]).thenComparing(s -> -s[1]))
        .toArray(int[][]::new);
    this.maxEndUpTo = new int[this.spans.length];
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < this.spans.length; i++) {
      max = Math.max(max, this.spans[i][1]);
      maxEndUpTo[i] = max;
      members.add(key(this.spans[i][0], this.spans[i][1]));
    }
  }

  /** The outermost span holding the offset (the earliest to begin), or null. */
  int[] containing(int offset) {
    int[] found = null;
    for (int i = lastBeginningAtOrBefore(offset); i >= 0 && maxEndUpTo[i] > offset; i--) {
      if (spans[i][1] > offset) {
        found = spans[i];
      }
    }
    return found;
  }

  boolean has(int begin, int end) {
    return members.contains(key(begin, end));
  }

  /** Spans that enclose [begin, end) and are larger than it: its nesting depth. */
  int enclosing(int begin, int end) {
    int count = 0;
    for (int i = lastBeginningAtOrBefore(begin); i >= 0 && maxEndUpTo[i] >= end; i--) {
      int[] s = spans[i];
      if (s[0] < begin && end <= s[1] || s[0] <= begin && end < s[1]) {
        count++;
      }
    }
    return count;
  }

  private int lastBeginningAtOrBefore(int offset) {
    int low = 0;
    int high = spans.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (spans[mid][0] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }

  private static long key(int begin, int end) {
    return ((long) begin << 32) | (end & 0xFFFFFFFFL);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(spans);
  }
}
