package org.corpusstats.link;

import java.util.Arrays;

/** A growing int[]: a List<Integer> of 14 million offsets would cost several times the memory. */
final class IntList {

  private int[] values = new int[1 << 16];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }
}
