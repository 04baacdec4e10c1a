package org.corpusstats.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The output folder of one run. Files are written to a staging folder inside it and moved in only when the whole
 * run succeeded, so a run that fails or is killed leaves the previous results as they were. A folder holding
 * files this tool did not write is refused, so {@code --output ~} cannot scatter or replace anything; a lock file
 * keeps two runs from writing the same folder at once.
 */
public final class OutputFolder implements AutoCloseable {

  /** A previous run's manifest marks the folder as ours. */
  public static final String MARKER = "manifest.json";
  private static final String STAGING_PREFIX = ".corpus-stats-staging-";
  private static final String LOCK = ".corpus-stats.lock";
  private static final Set<String> HARMLESS = Set.of(".gitkeep", "README.md", LOCK, ".DS_Store");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path target;
  private final Path staging;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private OutputFolder(Path target, Path staging, FileChannel lockChannel, FileLock lock) {
    this.target = target;
    this.staging = staging;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  public static OutputFolder open(Path target) throws IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new OutputException(target + ": is a file, not a folder; give --output a folder");
    }
    Files.createDirectories(target);
    if (!isOurs(target)) {
      throw new OutputException(target + ": the folder holds files corpus-stats did not write; "
          + "give --output an empty or new folder");
    }
    FileChannel channel = FileChannel.open(target.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new OutputException(target + ": another corpus-stats run is writing this folder; wait for it to "
          + "finish or give --output another folder");
    }
    removeStaleStaging(target);
    Path staging = Files.createTempDirectory(target, STAGING_PREFIX);
    return new OutputFolder(target, staging, channel, lock);
  }

  /** Where this run writes; nothing here is visible in the output folder until {@link #commit()}. */
  public Path staging() {
    return staging;
  }

  /** Moves every staged file in, replacing the previous run's, and removes the previous run's files not made again. */
  public void commit() throws IOException {
    List<Path> staged = new ArrayList<>();
    try (Stream<Path> files = Files.walk(staging)) {
      files.filter(Files::isRegularFile).sorted().forEach(staged::add);
    }
    Set<Path> madeAgain = new HashSet<>();
    staged.forEach(file -> madeAgain.add(target.resolve(staging.relativize(file).toString()).normalize()));
    // Only files the previous manifest lists, and only inside this folder: "words.<document>.csv" of an earlier
    // --by-document run goes, anything else stays.
    for (String previous : previousOutputs(target)) {
      Path file = target.resolve(previous).normalize();
      if (file.startsWith(target.normalize()) && !madeAgain.contains(file) && Files.isRegularFile(file)) {
        Files.delete(file);
      }
    }
    // The manifest goes last: a folder with a new manifest holds every file of that run.
    staged.sort(Comparator.comparing((Path p) -> p.getFileName().toString().equals(MARKER)));
    for (Path file : staged) {
      Path destination = target.resolve(staging.relativize(file).toString());
      Files.createDirectories(destination.getParent());
      AtomicFiles.move(file, destination);
    }
    deleteTree(staging);
  }

  @Override
  public void close() throws IOException {
    try {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    } finally {
      lock.release();
      lockChannel.close();
    }
  }

  private static boolean isOurs(Path folder) throws IOException {
    if (Files.isRegularFile(folder.resolve(MARKER))) {
      JsonNode manifest = manifest(folder);
      return manifest != null && "corpus-stats".equals(manifest.path("tool").asText(null));
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!HARMLESS.contains(name) && !name.startsWith(STAGING_PREFIX)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The previous run's manifest, or null when it is missing or not JSON. */
  private static JsonNode manifest(Path folder) {
    try {
      return JSON.readTree(folder.resolve(MARKER).toFile());
    } catch (IOException e) {
      return null;
    }
  }

  /** The files the previous run in this folder wrote, as its manifest lists them (relative paths). */
  private static List<String> previousOutputs(Path folder) {
    JsonNode manifest = Files.isRegularFile(folder.resolve(MARKER)) ? manifest(folder) : null;
    List<String> outputs = new ArrayList<>();
    if (manifest != null) {
      manifest.path("outputs").forEach(node -> outputs.add(node.asText()));
    }
    return outputs;
  }

  private static void removeStaleStaging(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, STAGING_PREFIX + "*")) {
      for (Path entry : entries) {
        deleteTree(entry);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
