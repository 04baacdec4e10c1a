package org.corpusstats.link;

import java.nio.charset.StandardCharsets;

/**
 * The index file, big-endian, written front to back by {@link WikiDictBuilder} and read by
 * {@link WikiDictIndex}:
 *
 * <pre>
 * "CSWIKIDX"                      8 bytes
 * records                         per partition, sorted by the surface's UTF-8 bytes (unsigned):
 *                                 u8 length, surface (UTF-8), int page id, int score, int second score, int pages
 *                                 (scores in millionths: the WikiDict prints six decimals)
 * page bytes                      every page title (UTF-8), one after the other
 * page offsets                    int[pages + 1], into page bytes; page id i is [offset i, offset i+1)
 * record offsets                  int[records], into records, in partition then surface order
 * partition starts                int[partitions + 1], into record offsets
 * footer (64 bytes)               long start of each of the five sections above, int pages, int records,
 *                                 int partitions, int format, "CSWIKEND"
 * </pre>
 *
 * A surface's partition is {@link #partition}; a lookup binary-searches that partition's record offsets. The footer
 * is written last, so a truncated file has no footer and is rebuilt.
 */
final class IndexFormat {

  /** Raise when the layout or what is kept changes: the file name carries it, so old files are left alone. */
  static final int FORMAT = 1;

  static final byte[] HEADER = "CSWIKIDX".getBytes(StandardCharsets.US_ASCII);
  static final byte[] END = "CSWIKEND".getBytes(StandardCharsets.US_ASCII);
  static final int FOOTER_BYTES = 5 * Long.BYTES + 4 * Integer.BYTES + 8;
  /** Bytes after a record's surface: page id, score, second score, pages. */
  static final int RECORD_TAIL = 4 * 4;

  private IndexFormat() {}

  /** Millionths: {@code 980556 / 1e6} is exactly the double that {@code "0.980556"} parses to. */
  static int micros(double score) {
    return (int) Math.round(score * 1e6);
  }

  static double score(int micros) {
    return micros / 1e6;
  }

  /** String.hashCode is specified by the JLS, so the build and every later run agree. */
  static int partition(String surface, int partitions) {
    int h = surface.hashCode();
    return Math.floorMod(h ^ (h >>> 16), partitions);
  }

  static String fileName(WikiDictSource source) {
    return "wikidict-" + source.version() + "-f" + FORMAT + ".idx";
  }
}
