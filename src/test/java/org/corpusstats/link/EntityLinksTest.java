package org.corpusstats.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusstats.link.WikiDict.line;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which forms get a page: the score floor, agreement with the NER type, and with the rest of the corpus. */
final class EntityLinksTest {

  @TempDir
  Path cache;

  private EntityLinks links;

  /** The corpus's words: those of a chapter on the Soviet Union under Vladimir Lenin. */
  private static final Set<String> CORPUS = Set.of("the", "soviet", "union", "vladimir", "lenin", "party", "bank", "moscow",
      "new", "economic", "policy");

  @BeforeEach
  void index() {
    WikiDictIndex index = WikiDictIndex.openOrBuild(cache, WikiDict.source("test", List.of(
        line("USSR", "Soviet_Union", 0.881043), line("Soviet Union", "Soviet_Union", 0.971227),
        line("Lenin", "Vladimir_Lenin", 0.981903), line("Bingley", "Bingley", 0.895833),
        line("Clarke", "Arthur_C._Clarke", 0.262729), line("Russian", "Russian_language", 0.9),
        line("NEP", "Malaysian_New_Economic_Policy", 0.8), line("Moscow", "Moscow", 0.95),
        line("Party", "Party", 0.9), line("Whites", "White_people", 0.9), line("Central Bank", "Central_bank", 0.9),
        line("revolutionary", "Revolutionary", 0.95), line("socialism", "Socialism", 0.98),
        line("Mr. Bingley", "Pride_and_Prejudice", 0.9))), m -> { });
    links = new EntityLinks(index);
  }

  @Test
  void aFormWhosePageHasMostOfItsUsesAndWhoseOtherWordsTheCorpusWritesIsLinked() {
    assertThat(links.page("USSR", "LOCATION", CORPUS)).contains("Soviet Union");
    assertThat(links.page("Lenin", "PERSON", CORPUS)).contains("Vladimir Lenin");
    assertThat(links.page("socialism", "IDEOLOGY", CORPUS)).contains("Socialism");
    assertThat(links.page("Moscow", "CITY", CORPUS)).contains("Moscow");
  }

  @Test
  void aPageWithWordsTheCorpusNeverWritesIsAnotherThing() {
    // This text's NEP is not Malaysia's; "Vladimir" is not written in a text that says only "Lenin".
    assertThat(links.page("NEP", "ORGANIZATION", CORPUS)).isEmpty();
    assertThat(links.page("Lenin", "PERSON", Set.of("lenin"))).isEmpty();
  }

  @Test
  void aFormBelowTheFloorIsNotLinked() {
    assertThat(links.page("Clarke", "PERSON", Set.of("arthur", "c", "clarke"))).isEmpty();
    assertThat(links.page("Unknown Name", "PERSON", CORPUS)).isEmpty();
  }

  @Test
  void aOneWordPersonNeedsAFullNameEndingInThatWordAndACourtesyTitleIsNoName() {
    // "Mr. Bingley" in a novel is neither the town of Bingley nor the novel.
    assertThat(links.page("Bingley", "PERSON", CORPUS)).isEmpty();
    assertThat(links.page("Mr. Bingley", "PERSON", Set.of("pride", "and", "prejudice"))).isEmpty();
    assertThat(links.page("Bingley", "CITY", CORPUS)).contains("Bingley");
  }

  @Test
  void commonWordsPluralsAndGenericPagesAreNotLinked() {
    assertThat(links.page("revolutionary", "IDEOLOGY", CORPUS)).as("a lower-case adjective").isEmpty();
    assertThat(links.page("Whites", "MISC", Set.of("white", "people"))).as("a plural names people").isEmpty();
    assertThat(links.page("Central Bank", "ORGANIZATION", CORPUS)).as("the generic central bank").isEmpty();
    assertThat(links.page("Russian", "NATIONALITY", Set.of("russian", "language"))).as("a language").isEmpty();
  }
}
