package org.corpusstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RerunMarkerTest {

  @TempDir
  Path folder;

  @AfterEach
  void clearProperty() {
    System.clearProperty(RerunMarker.PROPERTY);
  }

  @Test
  void aSuccessfulRunLeavesTheMarkerTheLauncherNamed() {
    Path marker = folder.resolve("cache/reruns/123-45");
    System.setProperty(RerunMarker.PROPERTY, marker.toString());
    RerunMarker.recordSuccess();
    assertThat(marker).exists();
  }

  @Test
  void withoutTheLauncherNothingIsWritten() throws IOException {
    RerunMarker.recordSuccess();
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aMarkerThatCannotBeWrittenDoesNotFailTheRun() throws IOException {
    Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
    System.setProperty(RerunMarker.PROPERTY, file.resolve("marker").toString());
    RerunMarker.recordSuccess();
    assertThat(file).isRegularFile().hasContent("x");
  }
}
