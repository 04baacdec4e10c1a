package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Names a text writes in more than one way that are one person's: slips of the pen, German umlauts, titles. */
final class NameSpellingsTest {

  private final List<RawMention> mentions = new ArrayList<>();

  private void mention(String surface, int times) {
    for (int i = 0; i < times; i++) {
      int begin = mentions.size() * 30;
      Mention m = new Mention("a.txt", mentions.size() + 1, 0, "", mentions.size() + 1, begin,
          begin + surface.length(), surface, "PERSON", surface, 0, 1);
      mentions.add(new RawMention(m, Names.key(surface), "PERSON"));
    }
  }

  private EntityResolver.Resolution resolve() {
    return new EntityResolver(List.of(), Set.of()).resolve(mentions, List.of());
  }

  @Test
  void aNameWithTwoLettersSwappedIsThePersonWrittenMoreOften() {
    mention("Edvard Vallander-Holm", 1);
    mention("Vallander-Holm", 6);
    mention("Vallnader-Holm", 3);
    mention("Valladner Holm", 1);

    assertThat(resolve().entities()).singleElement()
        .satisfies(e -> assertThat(e.mentions()).isEqualTo(11));
  }

  @Test
  void aNameWrittenOnceWithALetterMoreOrLessIsThePersonWrittenOftenSo() {
    mention("Birgit Dahlgrens", 1);
    mention("Dahlgrens", 6);
    mention("Dahelgrens", 1);
    mention("Dahlgens", 1);

    assertThat(resolve().entities()).singleElement()
        .satisfies(e -> assertThat(e.mentions()).isEqualTo(9));
  }

  @Test
  void namesALetterApartStayTwoPersonsWhenBothAreWrittenOftenOrTheTitlesDiffer() {
    mention("Karlsson", 6);
    mention("Karlssons", 3);
    mention("Mr. Lindqvist", 6);
    mention("Mrs. Lindqvist", 1);
    mention("Petersen", 6);
    mention("Peterson", 1);

    assertThat(resolve().entities()).hasSize(6);
  }

  @Test
  void aGermanUmlautWrittenOutIsTheSameName() {
    mention("Hermann Göbel", 2);
    mention("Goebel", 3);

    assertThat(resolve().entities()).singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Hermann Göbel"));
  }

  @Test
  void aTitledNameWithoutItsMiddleNamesIsTheFullName() {
    mention("Sir Edvard Johan Peter Vallander-Holm", 1);
    mention("Sir Edvard Vallander-Holm", 1);
    mention("Thomas Peter Vallander-Holm", 1);

    assertThat(resolve().canonicalName("Sir Edvard Vallander-Holm"))
        .isEqualTo("Sir Edvard Johan Peter Vallander-Holm");
  }
}
