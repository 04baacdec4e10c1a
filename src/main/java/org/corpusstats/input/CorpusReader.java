package org.corpusstats.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads a file, or every {@code .txt} file of a folder sorted by name, as the documents of one corpus. */
public final class CorpusReader {

  /** The documents read, and the files left out with {@code --skip-bad}, each with the reason. */
  public record Corpus(List<SourceDocument> documents, List<String> skipped) {}

  private final Charset encoding;
  private final long maxCharacters;

  public CorpusReader(Charset encoding) {
    this(encoding, Long.MAX_VALUE);
  }

  /** @param maxCharacters the longest document the heap can take; a longer one is refused up front */
  public CorpusReader(Charset encoding, long maxCharacters) {
    this.encoding = encoding;
    this.maxCharacters = maxCharacters;
  }

  /** Reads every document, or fails on the first bad one. */
  public List<SourceDocument> read(Path input) {
    return read(input, false).documents();
  }

  /** @param skipBad leave bad files out (and say which) instead of failing, as long as one good file remains */
  public Corpus read(Path input, boolean skipBad) {
    if (!skipBad || !Files.isDirectory(input)) {
      return new Corpus(readAll(input), List.of());
    }
    List<SourceDocument> documents = new java.util.ArrayList<>();
    List<String> skipped = new java.util.ArrayList<>();
    for (Path file : textFilesIn(input)) {
      try {
        documents.add(readOne(file));
      } catch (InputException e) {
        skipped.add(e.getMessage());
      }
    }
    if (documents.isEmpty()) {
      throw CorpusFiles.noneUsable(input.toString(), skipped);
    }
    return new Corpus(documents, skipped);
  }

  private List<SourceDocument> readAll(Path input) {
    if (!Files.exists(input)) {
      throw CorpusFiles.noSuchPath(input.toString());
    }
    if (Files.isDirectory(input)) {
      List<Path> files = textFilesIn(input);
      if (files.isEmpty()) {
        throw CorpusFiles.noTextFiles(input.toString());
      }
      return files.stream().map(this::readOne).toList();
    }
    return List.of(readOne(input));
  }

  private static List<Path> textFilesIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> CorpusFiles.isText(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw CorpusFiles.cannotList(folder.toString(), e);
    }
  }

  SourceDocument readOne(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read the file (" + e.getMessage() + "); check its permissions", e);
    }
    return document(file.getFileName().toString(), file, file.toString(), bytes);
  }

  /**
   * Checks and decodes a file's bytes, read elsewhere (by Spark, from any file system it knows).
   *
   * @param location how the messages name the file: its path or URI
   */
  public SourceDocument document(String name, Path path, String location, byte[] bytes) {
    String text = decode(location, bytes);
    if (text.isBlank()) {
      throw new InputException(location + ": the file is empty or only whitespace; remove it or give it text");
    }
    if (text.length() > maxCharacters) {
      throw new InputException(String.format(java.util.Locale.ROOT, "%s: %,d characters is more than one document "
          + "can be with this memory (at most %,d); split it into several .txt files (by chapter), or give Java "
          + "more memory: CORPUS_STATS_JAVA_OPTS=-Xmx8g", location, text.length(), maxCharacters));
    }
    return new SourceDocument(name, path, text, sha256(bytes), bytes.length);
  }

  private String decode(String location, byte[] bytes) {
    if (looksBinary(bytes)) {
      throw new InputException(location + ": this is a binary file (PDF, ZIP or other), not text; convert it to a .txt file first");
    }
    try {
      String text = encoding.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputException(location + ": the text is not valid " + encoding.name()
          + "; if it was saved in another encoding, name it, e.g. --encoding windows-1252", e);
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    if (startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004")) {
      return true;
    }
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, String signature) {
    byte[] expected = signature.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (bytes[i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
