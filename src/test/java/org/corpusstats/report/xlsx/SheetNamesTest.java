package org.corpusstats.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

final class SheetNamesTest {

  @Test
  void aSheetIsNamedAfterItsFileWithoutCsv() {
    assertThat(SheetNames.of(List.of("entities.csv", "words.chapter-1.csv", "README")))
        .containsExactly("entities", "words.chapter-1", "README");
  }

  @Test
  void aLongNameIsCutToExcelsThirtyOneCharacters() {
    List<String> names = SheetNames.of(List.of("collocates.the-revolution-betrayed-chapter-one.csv"));

    assertThat(names).singleElement().asString().hasSize(SheetNames.MAX_LENGTH)
        .isEqualTo("collocates.the-revolution-betra");
  }

  @Test
  void namesThatMeetAfterCuttingOrDifferOnlyInCaseAreMadeUnique() {
    List<String> names = SheetNames.of(List.of("words.the-revolution-betrayed-chapter-one.csv",
        "words.the-revolution-betrayed-chapter-two.csv", "words.the-revolution-betrayed-chapter-six.csv",
        "Entities.csv", "entities.csv"));

    assertThat(names).containsExactly("words.the-revolution-betrayed-c", "words.the-revolution-betrayed~2",
        "words.the-revolution-betrayed~3", "Entities", "entities~2");
    assertThat(names).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(SheetNames.MAX_LENGTH));
  }

  @Test
  void charactersExcelForbidsBecomeUnderscores() {
    assertThat(SheetNames.of(List.of("a[1]:b*c?d/e\\f.csv", "'quoted'.csv", "history.csv", ".csv")))
        .containsExactly("a_1__b_c_d_e_f", "_quoted_", "history_", "table");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String name = "x".repeat(30) + "😀" + ".csv";

    assertThat(SheetNames.of(List.of(name))).singleElement().isEqualTo("x".repeat(30));
  }
}
