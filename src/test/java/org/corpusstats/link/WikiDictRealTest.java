package org.corpusstats.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.corpusstats.link.WikiDictIndex.Candidate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the index of the real WikiDict from the models-english-kbp jar (about 2 minutes, 1.5 GB of disk while
 * building). Skipped unless asked: {@code mvn test -Dtest=WikiDictRealTest -Dtest.excludedGroups= -Dgroups=wikidict}.
 */
@Tag("wikidict")
final class WikiDictRealTest {

  @Test
  @Timeout(600)
  void theKbpWikiDictLinksTheIssuesExamples(@TempDir Path cache) {
    List<String> progress = new ArrayList<>();
    WikiDictIndex index = WikiDictIndex.openOrBuild(cache, progress::add);

    assertThat(index.lookup("Trotsky")).contains(new Candidate("Leon_Trotsky", 0.980556, 0, 1));
    assertThat(index.lookup("USSR")).contains(new Candidate("Soviet_Union", 0.881043, 0, 1));
    assertThat(index.lookup("Bush")).map(Candidate::page).contains("George_W._Bush");
    assertThat(index.lookup("Powell")).map(Candidate::page).contains("Arthur_William_Baden_Powell");
    assertThat(index.lookup("Clarke")).map(Candidate::score).contains(0.262729);
    assertThat(index.lookup("yago:Leon_Trotsky")).isEmpty();
    assertThat(index.size()).isEqualTo(14_478_575);
    assertThat(progress).anyMatch(line -> line.startsWith("WikiDict index built"));
  }
}
