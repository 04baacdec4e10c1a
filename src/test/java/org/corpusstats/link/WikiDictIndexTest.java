package org.corpusstats.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusstats.link.WikiDict.line;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.corpusstats.link.WikiDictIndex.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups in indexes built from small hand-written WikiDicts, grouped by page as the real one is. */
final class WikiDictIndexTest {

  @TempDir
  Path cache;

  private final List<String> progress = new ArrayList<>();

  private WikiDictIndex build(List<String> lines) {
    return WikiDictIndex.openOrBuild(cache, WikiDict.source("test", lines), progress::add);
  }

  @Test
  void keepsTheBestPageWithItsScoreTheSecondScoreAndThePageCount() {
    WikiDictIndex index = build(List.of(
        line("Bush", "Bush_(band)", 0.012), line("Bush (band)", "Bush_(band)", 1.0),
        line("Bush", "George_W._Bush", 0.495498), line("George W. Bush", "George_W._Bush", 0.99),
        line("Bush", "George_H._W._Bush", 0.3),
        line("Trotsky", "Leon_Trotsky", 0.980556)));

    assertThat(index.lookup("Bush")).contains(new Candidate("George_W._Bush", 0.495498, 0.3, 3));
    assertThat(index.lookup("Trotsky")).contains(new Candidate("Leon_Trotsky", 0.980556, 0, 1));
    assertThat(index.lookup("Bush (band)")).map(Candidate::page).contains("Bush_(band)");
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void keepsTheBestPageWhereCoreNlpWouldKeepTheLastLine() {
    WikiDictIndex index = build(List.of(
        line("Clarke", "Arthur_C._Clarke", 0.262729), line("Clarke", "Kenneth_Clarke", 0.1)));

    assertThat(index.lookup("Clarke")).map(Candidate::page).contains("Arthur_C._Clarke");
  }

  @Test
  void dropsNoiseSurfacesAndKeepsNamesThatLookLikeThem() {
    String longSurface = "A".repeat(NoiseFilter.MAX_SURFACE_LENGTH + 1);
    WikiDictIndex index = build(List.of(
        line("!!!", "!!!", 0.97561), line("yago:!!!", "!!!", 1.0), line("en:!!!", "!!!", 1.0),
        line("Wikipedia: !!! (Chk Chk Chk)", "!!!", 1.0), line("Images for Chk Chk Chk from Wikipedia.org", "!!!", 1.0),
        line("http://en.wikipedia.org/wiki/Chk_Chk_Chk", "!!!", 1.0), line("en.wikipedia.org/wiki/!!!", "!!!", 1.0),
        line("!!! (Wiki EN)", "!!!", 1.0), line("Chk Chk Chk", "!!!", 1.0),
        line("www.trotsky.org", "Leon_Trotsky", 0.5), line("Leon\u0007Trotsky", "Leon_Trotsky", 0.5),
        line(longSurface, "Leon_Trotsky", 0.5), line("1917", "Leon_Trotsky", 0.5),
        line("Star Trek: Voyager", "Star_Trek:_Voyager", 0.9), line("WikiLeaks", "WikiLeaks", 0.95),
        line("HTTP", "Hypertext_Transfer_Protocol", 0.8)));

    for (String noise : List.of("!!!", "yago:!!!", "en:!!!", "Wikipedia: !!! (Chk Chk Chk)",
        "Images for Chk Chk Chk from Wikipedia.org", "http://en.wikipedia.org/wiki/Chk_Chk_Chk",
        "en.wikipedia.org/wiki/!!!", "!!! (Wiki EN)", "www.trotsky.org", "Leon\u0007Trotsky", longSurface, "1917")) {
      assertThat(index.lookup(noise)).as(noise).isEmpty();
    }
    assertThat(index.lookup("Chk Chk Chk")).map(Candidate::page).contains("!!!");
    assertThat(index.lookup("Star Trek: Voyager")).map(Candidate::page).contains("Star_Trek:_Voyager");
    assertThat(index.lookup("WikiLeaks")).map(Candidate::page).contains("WikiLeaks");
    assertThat(index.lookup("HTTP")).map(Candidate::page).contains("Hypertext_Transfer_Protocol");
  }

  @Test
  void dropsSurfacesWhoseBestPageScoresUnderTheFloorButCountsThoseLinesAsPages() {
    WikiDictIndex index = build(List.of(
        line("the leader", "Vladimir_Lenin", 0.04), line("Koba", "Joseph_Stalin", 0.9),
        line("the leader", "Joseph_Stalin", 0.03), line("Koba", "Koba_(film)", 0.01)));

    assertThat(index.lookup("the leader")).isEmpty();
    assertThat(index.lookup("Koba")).contains(new Candidate("Joseph_Stalin", 0.9, 0.01, 2));
  }

  @Test
  void looksUpTheExactSurfaceWithoutCaseFoldingTrimmingOrNormalisation() {
    WikiDictIndex index = build(List.of(
        line("USSR", "Soviet_Union", 0.881043), line("Ussr", "Ussr_(album)", 0.6),
        line("Łódź", "Łódź", 0.99), line("Lodz", "Łódź", 0.8)));

    assertThat(index.lookup("USSR")).map(Candidate::page).contains("Soviet_Union");
    assertThat(index.lookup("Ussr")).map(Candidate::page).contains("Ussr_(album)");
    assertThat(index.lookup("Łódź")).map(Candidate::page).contains("Łódź");
    for (String other : List.of("ussr", "USSR ", " USSR", "U.S.S.R.", "LODZ", "Łódz", "Lo\u0301dz", "")) {
      assertThat(index.lookup(other)).as(other).isEmpty();
    }
  }

  @Test
  void findsEverySurfaceAcrossPartitionBoundaries() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      // Non-ASCII and astral characters check the unsigned UTF-8 order of the binary search.
      String surface = (i % 3 == 0 ? "Ä" : i % 3 == 1 ? "\uD835\uDD04" : "a") + "name " + i;
      lines.add(line(surface, "Page_" + i, (500 + i % 100) / 1000.0));
    }
    for (int partitions : new int[] {1, 7, WikiDictBuilder.PARTITIONS}) {
      Path file = cache.resolve(partitions + ".idx");
      try (var in = new java.io.ByteArrayInputStream(WikiDict.gzip(lines))) {
        WikiDictBuilder.build(in, file, partitions, progress::add);
      }
      WikiDictIndex index = WikiDictIndex.open(file);

      assertThat(index.size()).isEqualTo(5_000);
      for (int i = 0; i < 5_000; i++) {
        String surface = lines.get(i).substring(0, lines.get(i).indexOf('\t'));
        assertThat(index.lookup(surface)).as(surface)
            .contains(new Candidate("Page_" + i, (500 + i % 100) / 1000.0, 0, 1));
        assertThat(index.lookup(surface + "x")).as(surface + "x").isEmpty();
      }
    }
  }

  @Test
  void skipsMalformedLines() {
    WikiDictIndex index = build(List.of("Trotsky\tLeon_Trotsky", "Lenin\tVladimir_Lenin\tmany", "\tEmpty\t1.0",
        line("Stalin", "Joseph_Stalin", 0.9)));

    assertThat(index.lookup("Trotsky")).isEmpty();
    assertThat(index.lookup("Lenin")).isEmpty();
    assertThat(index.lookup("Stalin")).map(Candidate::page).contains("Joseph_Stalin");
  }
}
