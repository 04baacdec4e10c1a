package org.corpusstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Leaves the mark the launcher looks for to know that a command has already run to the end on the same input files
 * with this build (the launcher's file says why it cares: such a re-run starts Java with the C1 compiler alone).
 * The launcher names the marker in the system property {@value #PROPERTY}; without it, nothing happens.
 */
public final class RerunMarker {

  static final String PROPERTY = "corpus-stats.rerun-marker";

  private RerunMarker() {}

  /** Called after a run that succeeded; a marker that cannot be written only costs the next run some speed. */
  public static void recordSuccess() {
    String marker = System.getProperty(PROPERTY);
    if (marker == null || marker.isBlank()) {
      return;
    }
    try {
      Path path = Path.of(marker);
      Files.createDirectories(path.toAbsolutePath().getParent());
      if (!Files.exists(path)) {
        Files.createFile(path);
      }
    } catch (IOException | RuntimeException e) {
      // See above.
    }
  }
}
