package org.corpusstats.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corpusstats.link.WikiDict.line;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.corpusstats.link.WikiDictIndex.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index file in the cache folder: built once, reopened, rebuilt when damaged, never left half-written. */
final class WikiDictCacheTest {

  private static final List<String> LINES = List.of(line("Trotsky", "Leon_Trotsky", 0.980556),
      line("USSR", "Soviet_Union", 0.881043), line("Powell", "Arthur_William_Baden_Powell", 0.504951));

  @TempDir
  Path cache;

  private final List<String> progress = new ArrayList<>();

  private static WikiDictSource unreadable(String version) {
    return new WikiDictSource(version, () -> {
      throw new IOException("the source must not be read");
    });
  }

  private List<Path> filesInCache() throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void buildsOnceThenOpensWithoutReadingTheWikiDict() throws IOException {
    WikiDictIndex.openOrBuild(cache, WikiDict.source("v1", LINES), progress::add);

    WikiDictIndex reopened = WikiDictIndex.openOrBuild(cache, unreadable("v1"), progress::add);

    assertThat(reopened.lookup("Trotsky")).contains(new Candidate("Leon_Trotsky", 0.980556, 0, 1));
    assertThat(filesInCache()).containsExactly(WikiDictIndex.indexFile(cache, WikiDict.source("v1", LINES)));
    assertThat(progress).filteredOn(line -> line.startsWith("Building")).hasSize(1);
  }

  @Test
  void aNewWikiDictVersionBuildsItsOwnIndex() {
    WikiDictIndex.openOrBuild(cache, WikiDict.source("v1", LINES), progress::add);

    WikiDictIndex second = WikiDictIndex.openOrBuild(cache,
        WikiDict.source("v2", List.of(line("Trotsky", "Trotsky_(film)", 0.7))), progress::add);

    assertThat(second.lookup("Trotsky")).map(Candidate::page).contains("Trotsky_(film)");
  }

  @Test
  void rebuildsATruncatedIndex() throws IOException {
    WikiDictSource source = WikiDict.source("v1", LINES);
    WikiDictIndex.openOrBuild(cache, source, progress::add);
    Path file = WikiDictIndex.indexFile(cache, source);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() / 2);
    }

    WikiDictIndex rebuilt = WikiDictIndex.openOrBuild(cache, source, progress::add);

    assertThat(rebuilt.lookup("USSR")).map(Candidate::page).contains("Soviet_Union");
    assertThat(progress).anyMatch(line -> line.startsWith("Rebuilding") && line.contains("truncated"));
  }

  @Test
  void rebuildsAnIndexWhoseSectionsDoNotAddUp() throws IOException {
    WikiDictSource source = WikiDict.source("v1", LINES);
    WikiDictIndex.openOrBuild(cache, source, progress::add);
    Path file = WikiDictIndex.indexFile(cache, source);
    byte[] bytes = Files.readAllBytes(file);
    int footer = bytes.length - IndexFormat.FOOTER_BYTES;
    Arrays.fill(bytes, footer + 8, footer + 16, (byte) 0x7f); // the start of the page bytes

    Files.write(file, bytes);
    WikiDictIndex rebuilt = WikiDictIndex.openOrBuild(cache, source, progress::add);

    assertThat(rebuilt.lookup("Powell")).map(Candidate::page).contains("Arthur_William_Baden_Powell");
    assertThat(progress).anyMatch(line -> line.startsWith("Rebuilding") && line.contains("do not add up"));
  }

  @Test
  void rebuildsAFileThatIsNotAnIndex() throws IOException {
    WikiDictSource source = WikiDict.source("v1", LINES);
    Path file = WikiDictIndex.indexFile(cache, source);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x".repeat(200));

    assertThat(WikiDictIndex.openOrBuild(cache, source, progress::add).lookup("Trotsky")).isPresent();
  }

  @Test
  void aFailedBuildLeavesNoFileBehind() throws IOException {
    byte[] gz = WikiDict.gzip(LINES);
    byte[] cut = Arrays.copyOf(gz, gz.length - 12); // no gzip trailer: the stream ends early
    WikiDictSource broken = new WikiDictSource("v1", () -> new ByteArrayInputStream(cut));

    assertThatThrownBy(() -> WikiDictIndex.openOrBuild(cache, broken, progress::add))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(WikiDictIndex.indexFile(cache, broken).toString());
    assertThat(filesInCache()).isEmpty();
    try (Stream<Path> folders = Files.list(cache.resolve("wikidict"))) {
      assertThat(folders).as("no partition folder left").isEmpty();
    }
  }

  @Test
  void theClasspathWikiDictIsNamedByItsJarEntry() {
    WikiDictSource source = WikiDictSource.classpath();

    assertThat(source.version()).startsWith("kbp-");
    assertThat(WikiDictIndex.indexFile(cache, source).getFileName().toString()).endsWith("-f1.idx");
  }

  @Test
  void refusesAVersionThatCannotNameAFile() {
    assertThatThrownBy(() -> new WikiDictSource("../x", () -> null))
        .hasMessageContaining("'../x'");
  }
}
