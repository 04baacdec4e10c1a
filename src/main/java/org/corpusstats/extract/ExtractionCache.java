package org.corpusstats.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.corpusstats.io.AtomicFiles;

/**
 * Each document's extraction (its plain records before entity resolution), kept on disk next to the annotation
 * cache, so that a re-run on the same text with other statistics, aliases or exclusions reads one file instead of
 * reading CoreNLP's annotation back and extracting again (most of a warm re-run's time).
 *
 * <p>The key holds everything the records depend on: the document's name and text, whether page furniture is
 * dropped, CoreNLP's settings and version, and this build's own classes (a hash of the jar, or of the class files
 * when run from a folder), so a change to any extraction rule misses instead of giving yesterday's records.
 */
public final class ExtractionCache {

  /** Raise when what is stored changes. */
  private static final String FORMAT = "corpus-stats-extraction-cache-1";
  /** Only the records' own classes and the JDK's collections and boxes may be read back. */
  private static final ObjectInputFilter ONLY_RECORDS = ObjectInputFilter.Config.createFilter(
      "org.corpusstats.**;java.lang.*;java.util.*;maxdepth=40;!*");

  private static String build;

  private final Path folder;
  private final String settings;
  private final Consumer<String> warnings;

  /**
   * @param cacheFolder the annotation cache's folder; extractions go to its {@code extractions/} sub-folder
   * @param settings    everything besides the text and the code that changes the records (CoreNLP's settings)
   */
  public ExtractionCache(Path cacheFolder, String settings, Consumer<String> warnings) {
    this.folder = cacheFolder.resolve("extractions");
    this.settings = settings;
    this.warnings = warnings;
  }

  /** The key of a document's extraction: its name and text, the layout option, the settings and the build. */
  public String key(String documentName, String text, boolean dropFurniture) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(FORMAT, settings, build(), documentName, Boolean.toString(dropFurniture), text)) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public Optional<DocumentExtraction> read(String key) {
    Path entry = entry(key);
    if (!Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try (InputStream file = Files.newInputStream(entry);
         ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(file, 1 << 16)))) {
      in.setObjectInputFilter(ONLY_RECORDS);
      return Optional.of((DocumentExtraction) in.readObject());
    } catch (IOException | ClassNotFoundException | ClassCastException | IllegalStateException e) {
      warnings.accept("extraction cache entry " + entry + " cannot be read (" + e.getMessage() + "); extracting again");
      try {
        Files.deleteIfExists(entry);
      } catch (IOException ignored) {
        // It is overwritten by the fresh extraction anyway.
      }
      return Optional.empty();
    }
  }

  public void write(String key, DocumentExtraction extraction) {
    Path entry = entry(key);
    try {
      AtomicFiles.writeStream(entry, out -> {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        };
        ObjectOutputStream objects = new ObjectOutputStream(new BufferedOutputStream(gzip));
        objects.writeObject(extraction);
        // close, not finish: it also frees the deflater's native memory at once; closing the file twice is harmless.
        objects.close();
      });
    } catch (IOException e) {
      // A cache that cannot be written costs time on the next run, never a result.
      warnings.accept("cannot write the extraction cache in " + folder + " (" + e.getMessage() + ")");
    }
  }

  private Path entry(String key) {
    return folder.resolve(key.substring(0, 2)).resolve(key + ".ser.gz");
  }

  /** A hash of the classes this build runs: the jar's bytes, or every class file under the classes folder. */
  static synchronized String build() {
    if (build == null) {
      try {
        Path code = Path.of(ExtractionCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        if (Files.isDirectory(code)) {
          try (Stream<Path> files = Files.walk(code)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
              digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
              digest.update(Files.readAllBytes(file));
            }
          }
        } else {
          digest.update(Files.readAllBytes(code));
        }
        build = HexFormat.of().formatHex(digest.digest());
      } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
        // Without a way to tell this build from another, nothing read back could be trusted: never hit.
        build = "unknown build " + System.nanoTime();
      }
    }
    return build;
  }
}
