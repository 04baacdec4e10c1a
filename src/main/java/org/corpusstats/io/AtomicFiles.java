package org.corpusstats.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Every output goes through here: written to a temporary file in the target folder, then moved over the target,
 * so a reader (or a crash) never sees half a file.
 */
public final class AtomicFiles {

  @FunctionalInterface
  public interface WriterBody {
    void writeTo(Writer writer) throws IOException;
  }

  @FunctionalInterface
  public interface StreamBody {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /** Temporary files are created private (rw-------); an output is for the user's other programs too. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, READABLE);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): its default permissions already let the user's programs read it.
    }
  }

  public static void write(Path target, WriterBody body) throws IOException {
    writeStream(target, out -> {
      Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
      body.writeTo(writer);
      writer.close(); // flushes; a body may have closed it already (CSVPrinter does), and closing twice is harmless
    });
  }

  public static void writeString(Path target, String content) throws IOException {
    write(target, writer -> writer.write(content));
  }

  public static void writeBytes(Path target, byte[] content) throws IOException {
    writeStream(target, out -> out.write(content));
  }

  /** The one place that makes the temporary file, fills it and moves it over the target. */
  public static void writeStream(Path target, StreamBody body) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        body.writeTo(out);
      }
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static void move(Path temp, Path target) throws IOException {
    readableByAll(temp);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
