package org.corpusstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OutputFolderTest {

  @TempDir
  Path root;

  @Test
  void nothingIsVisibleUntilCommitThenEverythingIs() throws IOException {
    Path out = root.resolve("out");
    try (OutputFolder folder = OutputFolder.open(out)) {
      Files.writeString(folder.staging().resolve("a.csv"), "new");
      assertThat(out.resolve("a.csv")).doesNotExist();
      folder.commit();
    }
    assertThat(out.resolve("a.csv")).hasContent("new");
  }

  @Test
  void filesThePreviousRunWroteAndThisOneDidNotAreRemovedOnCommit() throws IOException {
    Path out = root.resolve("out");
    try (OutputFolder folder = OutputFolder.open(out)) {
      Files.writeString(folder.staging().resolve("words.csv"), "all");
      Files.writeString(folder.staging().resolve("words.chapter-1.csv"), "one document");
      Files.writeString(folder.staging().resolve(OutputFolder.MARKER), "{\"tool\" : \"corpus-stats\", "
          + "\"outputs\" : [\"words.csv\", \"words.chapter-1.csv\", \"../outside.txt\"]}");
      folder.commit();
    }
    Files.writeString(root.resolve("outside.txt"), "not ours to delete");
    try (OutputFolder folder = OutputFolder.open(out)) {
      Files.writeString(folder.staging().resolve("words.csv"), "all again");
      Files.writeString(folder.staging().resolve(OutputFolder.MARKER), "{\"tool\" : \"corpus-stats\", "
          + "\"outputs\" : [\"words.csv\"]}");
      folder.commit();
    }
    assertThat(out.resolve("words.csv")).hasContent("all again");
    assertThat(out.resolve("words.chapter-1.csv")).doesNotExist();
    assertThat(root.resolve("outside.txt")).exists();
  }

  @Test
  void aManifestOfAnotherToolDoesNotMakeTheFolderOurs() throws IOException {
    Path out = root.resolve("theirs");
    Files.createDirectories(out);
    // Another tool's manifest that quotes ours: only its own top-level "tool" counts.
    Files.writeString(out.resolve(OutputFolder.MARKER),
        "{\"tool\" : \"other\", \"imported_from\" : {\"tool\" : \"corpus-stats\"}}");

    assertThatThrownBy(() -> OutputFolder.open(out)).isInstanceOf(OutputException.class);
  }

  @Test
  void aRunThatFailsLeavesThePreviousOutputAsItWas() throws IOException {
    Path out = root.resolve("out");
    try (OutputFolder folder = OutputFolder.open(out)) {
      Files.writeString(folder.staging().resolve("a.csv"), "old");
      Files.writeString(folder.staging().resolve(OutputFolder.MARKER), "{\"tool\" : \"corpus-stats\"}");
      folder.commit();
    }
    try (OutputFolder folder = OutputFolder.open(out)) {
      Files.writeString(folder.staging().resolve("a.csv"), "half-written");
      // no commit: the run failed
    }
    assertThat(out.resolve("a.csv")).hasContent("old");
    try (var left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".corpus-stats-staging"));
    }
  }

  @Test
  void refusesAFolderHoldingOtherFiles() throws IOException {
    Files.writeString(root.resolve("thesis.docx"), "precious");

    assertThatThrownBy(() -> OutputFolder.open(root)).isInstanceOf(OutputException.class)
        .hasMessageContaining("did not write");
    assertThat(root.resolve("thesis.docx")).hasContent("precious");
  }

  @Test
  void refusesASecondRunOnTheSameFolder() throws IOException {
    Path out = root.resolve("out");
    try (OutputFolder first = OutputFolder.open(out)) {
      assertThatThrownBy(() -> OutputFolder.open(out)).isInstanceOf(OutputException.class)
          .hasMessageContaining("another corpus-stats run");
    }
  }
}
