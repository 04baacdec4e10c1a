package org.corpusstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.corpusstats.io.OutputFolder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of annotation leaves the previous output complete and unchanged. */
@Tag("corenlp")
final class KillDuringRunTest {

  @TempDir
  Path folder;

  @Test
  void aKilledRunLeavesThePreviousOutputAsItWas() throws Exception {
    Path output = Files.createDirectories(folder.resolve("output"));
    String manifest = "{\n  \"tool\" : \"corpus-stats\",\n  \"version\" : \"previous\"\n}\n";
    Files.writeString(output.resolve("manifest.json"), manifest);
    Files.writeString(output.resolve("entities.csv"), "entity,type\r\nPrevious,PERSON\r\n");
    Path cache = folder.resolve("cache");

    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
        "-cp", classpath, "org.corpusstats.App", "--input", "input/the-rise-of-stalin.txt",
        "--output", output.toString(), "--cache", cache.toString(), "--threads", "1", "--quiet")
        .redirectErrorStream(true).redirectOutput(folder.resolve("run.log").toFile()).start();
    try {
      // The first chunk in the cache means annotation is under way and four chunks are still to come.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (entries(cache) == 0 && run.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(run.isAlive()).as(Files.readString(folder.resolve("run.log"))).isTrue();
    } finally {
      run.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no finally block runs
    }

    assertThat(output.resolve("manifest.json")).hasContent(manifest.strip());
    assertThat(output.resolve("entities.csv")).hasContent("entity,type\r\nPrevious,PERSON");
    try (Stream<Path> left = Files.list(output)) {
      assertThat(left.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .containsExactlyInAnyOrder("manifest.json", "entities.csv");
    }
    // The lock died with the process: the next run can use the folder, and clears the dead run's staging.
    try (OutputFolder next = OutputFolder.open(output)) {
      try (Stream<Path> left = Files.list(output)) {
        assertThat(left.filter(p -> p.getFileName().toString().startsWith(".corpus-stats-staging")).toList())
            .containsExactly(next.staging());
      }
    }
  }

  private static long entries(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(cache)) {
      return files.filter(p -> p.toString().endsWith(".pb.gz")).count();
    }
  }
}
