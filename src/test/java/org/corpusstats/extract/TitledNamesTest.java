package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A bare name the text also writes after a courtesy title is a person's, whatever NER took it for. */
final class TitledNamesTest {

  private final List<RawMention> mentions = new ArrayList<>();

  private void mention(String surface, String ner) {
    int begin = mentions.size() * 30;
    Mention m = new Mention("a.txt", 1, 0, "", 1, begin, begin + surface.length(), surface, ner, surface, 0, 1);
    mentions.add(new RawMention(m, Names.key(surface), ner));
  }

  @Test
  void aNameWrittenAfterATitleAsOftenAsNerTookItForAPlaceIsAPersons() {
    mention("Mr. Quill", "PERSON");
    mention("Mr. Quill", "PERSON");
    mention("Quill", "LOCATION");
    mention("Quill", "LOCATION");

    assertThat(PersonCues.titledNamesArePersons(mentions)).extracting(RawMention::nerType).containsOnly("PERSON");
  }

  @Test
  void aPlaceNamedMoreOftenThanAManOfThatNameStaysAPlace() {
    mention("Mr. Redfield", "PERSON");
    mention("Redfield", "CITY");
    mention("Redfield", "CITY");
    mention("Redfield", "CITY");

    assertThat(PersonCues.titledNamesArePersons(mentions)).extracting(RawMention::nerType)
        .containsExactly("PERSON", "CITY", "CITY", "CITY");
  }
}
