package org.corpusstats.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Where the gzipped WikiDict ({@code surface \t page \t score} lines) comes from, and a version that changes when
 * its content does: the index file is named after it, so a new WikiDict builds a new index instead of reading an
 * old one.
 */
public record WikiDictSource(String version, Opener opener) {

  /** The WikiDict inside CoreNLP's models-english-kbp jar. */
  public static final String RESOURCE = "/edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]+");

  /** Opens the gzipped bytes; called once per build. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public WikiDictSource {
    Objects.requireNonNull(opener, "opener");
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("WikiDict version '" + version + "' must be letters, digits, '.', '_' or '-'"
          + " (it names the index file)");
    }
  }

  /** A wikidict.tab.gz on disk; the version is its size and modification time. */
  public static WikiDictSource file(Path gz) throws IOException {
    String version = "file-" + Files.size(gz) + "-" + Files.getLastModifiedTime(gz).toMillis();
    return new WikiDictSource(version, () -> Files.newInputStream(gz));
  }

  /**
   * The WikiDict on the classpath. Its version is the jar entry's CRC-32 and size, read from the jar's directory
   * without inflating anything, so opening an existing index costs no read of the 195 MB entry.
   */
  public static WikiDictSource classpath() {
    URL url = WikiDictSource.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("The WikiDict (" + RESOURCE.substring(1) + ") is not on the classpath. Entity"
          + " linking needs CoreNLP's models-english-kbp jar (227 MB): the pom's dependency"
          + " edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp; fetch it with 'mvn dependency:resolve'"
          + " (or download stanford-corenlp-4.5.10-models-english-kbp.jar from Maven Central) and put it on the"
          + " classpath.");
    }
    return new WikiDictSource(version(url), url::openStream);
  }

  private static String version(URL url) {
    try {
      URLConnection connection = url.openConnection();
      if (connection instanceof JarURLConnection jar) {
        ZipEntry entry = jar.getJarEntry();
        if (entry != null && entry.getCrc() != -1) {
          return "kbp-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
        }
      }
      return "classpath-" + connection.getContentLengthLong() + "-" + connection.getLastModified();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the WikiDict's entry " + url + ": " + e.getMessage(), e);
    }
  }
}
