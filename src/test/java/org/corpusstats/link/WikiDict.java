package org.corpusstats.link;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small hand-written WikiDicts for the tests: lines as in wikidict.tab.gz, gzipped in memory. */
final class WikiDict {

  private WikiDict() {}

  static byte[] gzip(List<String> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      for (String line : lines) {
        gz.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static WikiDictSource source(String version, List<String> lines) {
    byte[] gz = gzip(lines);
    return new WikiDictSource(version, () -> new ByteArrayInputStream(gz));
  }

  static String line(String surface, String page, double score) {
    return surface + "\t" + page + "\t" + score;
  }
}
