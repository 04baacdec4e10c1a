package org.corpusstats.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.corpusstats.io.AtomicFiles;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;

/**
 * CoreNLP's annotation of each chunk (at offsets in the chunk, as annotated), kept on disk (CoreNLP's protobuf serializer, gzipped) under a key made of
 * the chunk's text, every CoreNLP setting and version, and this format's version: a run that changes only
 * extraction or statistics options skips the NLP; a changed text or setting misses. GZIP's CRC-32 and length
 * check, then the protobuf parse, catch a corrupt or truncated entry, which is reported and recomputed.
 */
public final class AnnotationCache {

  /**
   * Raise when what is stored changes: old entries then miss instead of being misread. 3: QuoteFinder reads single
   * quotes as quotation marks in a text that prints speech in them.
   */
  private static final String FORMAT = "corpus-stats-annotation-cache-3";

  private final Path folder;
  private final String settings;
  private final Consumer<String> warnings;
  private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

  public AnnotationCache(Path folder, Consumer<String> warnings) {
    this(folder, NlpPipeline.fingerprint() + "|corenlp " + org.corpusstats.Version.coreNlp(), warnings);
  }

  /** @param settings everything besides the text that changes CoreNLP's output */
  AnnotationCache(Path folder, String settings, Consumer<String> warnings) {
    this.folder = folder;
    this.settings = settings;
    this.warnings = warnings;
  }

  /** The default folder: $XDG_CACHE_HOME/corpus-stats, else ~/.cache/corpus-stats. */
  public static Path defaultFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("corpus-stats");
  }

  public String key(Chunk chunk) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {FORMAT, settings, Integer.toString(chunk.begin()), chunk.content()}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public boolean has(Chunk chunk) {
    return Files.isRegularFile(entry(chunk));
  }

  public Optional<CoreDocument> read(Chunk chunk) {
    Path entry = entry(chunk);
    if (!Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(entry))) {
      CoreDocument document = new CoreDocument(serializer.read(in).first);
      if (in.read() != -1 || document.annotation().get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class) == null
          || !document.text().equals(chunk.content())) {
        throw new IOException("the entry holds another text");
      }
      QuoteFinder.restoreNesting(document.annotation());
      return Optional.of(document);
    } catch (IOException | RuntimeException | ClassNotFoundException e) {
      warnings.accept("cache entry " + entry + " is corrupt (" + e.getMessage() + "); annotating again");
      try {
        Files.deleteIfExists(entry);
      } catch (IOException ignored) {
        // The fresh annotation overwrites it anyway.
      }
      return Optional.empty();
    }
  }

  public void write(Chunk chunk, CoreDocument document) {
    Path entry = entry(chunk);
    try {
      AtomicFiles.writeStream(entry, out -> {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        serializer.writeCoreDocument(document, gzip);
        // close, not finish: it also frees the deflater's native memory now rather than when it is collected (a
        // book writes hundreds of entries); closing the file under it twice is harmless.
        gzip.close();
      });
    } catch (IOException e) {
      // A cache that cannot be written costs time on the next run, never a result.
      warnings.accept("cannot write the annotation cache in " + folder + " (" + e.getMessage() + ")");
    }
  }

  Path entry(Chunk chunk) {
    String key = key(chunk);
    return folder.resolve(key.substring(0, 2)).resolve(key + ".pb.gz");
  }
}
