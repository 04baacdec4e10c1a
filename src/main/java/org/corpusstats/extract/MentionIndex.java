package org.corpusstats.extract;

import java.util.List;

/**
 * A document's mentions in text order, found by offset in logarithmic time: speaker rules ask for the mentions
 * around every quote, and a book has tens of thousands of both.
 */
final class MentionIndex {

  private final List<RawMention> mentions;

  /** @param mentions in text order, none inside another (as {@link MentionExtractor} gives them) */
  MentionIndex(List<RawMention> mentions) {
    this.mentions = mentions;
  }

  /** The mention covering this offset, or null. */
  RawMention at(int offset) {
    int i = firstEndingAfter(offset);
    if (i < mentions.size() && mentions.get(i).mention().charBegin() <= offset) {
      return mentions.get(i);
    }
    return null;
  }

  /** The mentions that begin in [from, to), in text order. */
  List<RawMention> between(int from, int to) {
    int first = firstBeginningAtOrAfter(from);
    int last = firstBeginningAtOrAfter(to);
    return mentions.subList(first, Math.max(first, last));
  }

  private int firstBeginningAtOrAfter(int offset) {
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).mention().charBegin() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private int firstEndingAfter(int offset) {
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).mention().charEnd() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
