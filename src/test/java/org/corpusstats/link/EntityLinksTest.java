package org.corpusstats.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusstats.link.WikiDict.line;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which forms get a page: the score floor, and agreement of the page with the NER type. */
final class EntityLinksTest {

  @TempDir
  Path cache;

  private EntityLinks links() {
    WikiDictIndex index = WikiDictIndex.openOrBuild(cache, WikiDict.source("test", List.of(
        line("USSR", "Soviet_Union", 0.881043), line("Soviet Union", "Soviet_Union", 0.971227),
        line("Lenin", "Vladimir_Lenin", 0.981903), line("Bingley", "Bingley", 0.895833),
        line("Powell", "Arthur_William_Baden_Powell", 0.504951), line("Clarke", "Arthur_C._Clarke", 0.262729),
        line("Russian", "Russian_language", 0.7), line("Colin Powell", "Colin_Powell", 0.99))), m -> { });
    return new EntityLinks(index);
  }

  @Test
  void aFormWhoseBestPageHasHalfItsUsesOrMoreIsLinkedUnderThePagesTitle() {
    assertThat(links().page("USSR", "LOCATION")).contains("Soviet Union");
    assertThat(links().page("Colin Powell", "PERSON")).contains("Colin Powell");
  }

  @Test
  void aFormBelowTheFloorIsNotLinked() {
    assertThat(links().page("Clarke", "PERSON")).isEmpty();
    assertThat(links().page("Unknown Name", "PERSON")).isEmpty();
  }

  @Test
  void aOneWordPersonNeedsAPageThatIsAFullNameEndingInThatWord() {
    assertThat(links().page("Lenin", "PERSON")).contains("Vladimir Lenin");
    // "Mr. Bingley" in a novel is not the town of Bingley.
    assertThat(links().page("Bingley", "PERSON")).isEmpty();
    assertThat(links().page("Bingley", "CITY")).contains("Bingley");
  }

  @Test
  void aNationalityIsNotLinkedToItsLanguage() {
    assertThat(links().page("Russian", "NATIONALITY")).isEmpty();
  }
}
