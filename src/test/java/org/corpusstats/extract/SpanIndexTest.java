package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The indexed answers equal the obvious linear scans they replace, on random nested and disjoint spans. */
final class SpanIndexTest {

  @Test
  void answersAsTheLinearScansDoOnRandomSpans() {
    Random random = new Random(20261130);
    for (int round = 0; round < 200; round++) {
      List<int[]> spans = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        int begin = random.nextInt(100);
        spans.add(new int[] {begin, begin + 1 + random.nextInt(30)});
      }
      spans.sort((a, b) -> a[0] - b[0]);
      SpanIndex index = new SpanIndex(spans);
      for (int offset = 0; offset < 135; offset++) {
        int at = offset;
        int[] expected = spans.stream().filter(s -> s[0] <= at && at < s[1])
            .min((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]).orElse(null);
        assertThat(index.containing(offset)).as("containing %d in %s", offset, index).isEqualTo(expected);
      }
      for (int[] span : spans) {
        long expected = spans.stream().filter(s -> s[0] < span[0] && span[1] <= s[1]
            || s[0] <= span[0] && span[1] < s[1]).count();
        assertThat(index.enclosing(span[0], span[1])).as("enclosing %s in %s", span, index).isEqualTo(expected);
        assertThat(index.has(span[0], span[1])).isTrue();
      }
      assertThat(index.has(500, 501)).isFalse();
    }
  }
}
