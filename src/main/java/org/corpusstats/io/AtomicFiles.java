package org.corpusstats.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every output goes through here: written to a temporary file in the target folder, then moved over the target,
 * so a reader (or a crash) never sees half a file.
 */
public final class AtomicFiles {

  @FunctionalInterface
  public interface WriterBody {
    void writeTo(Writer writer) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path target, WriterBody body) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        body.writeTo(writer);
      }
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public static void writeString(Path target, String content) throws IOException {
    write(target, writer -> writer.write(content));
  }

  public static void writeBytes(Path target, byte[] content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, content);
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
