package org.corpusstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corpusstats.stats.ReferenceCorpus;
import org.corpusstats.stats.StatisticsStage;
import org.corpusstats.stats.StatsOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of plain texts as the reference of keywords.csv: tagged, then counted by words.csv's rules. */
@Tag("corenlp")
final class ReferenceLoaderTest {

  @TempDir
  Path folder;

  @Test
  void aFolderOfTextsIsCountedAsLemmasWithoutStopwordsOverAllRunningWords() throws IOException {
    Files.writeString(folder.resolve("a.txt"), "The soldiers marched to the river.\n\nThe soldier rested.\n");
    Files.writeString(folder.resolve("b.txt"), "Many farmers planted wheat.\n");

    ReferenceCorpus reference = ReferenceLoader.load(folder, StandardCharsets.UTF_8,
        new StatisticsStage(StatsOptions.defaults()), message -> { });

    assertThat(reference.counts()).containsEntry("soldier", 2L).containsEntry("march", 1L)
        .containsEntry("farmer", 1L).doesNotContainKey("the").doesNotContainKey("to");
    // The soldiers marched to the river; The soldier rested; Many farmers planted wheat.
    assertThat(reference.runningWords()).isEqualTo(13);
    assertThat(reference.name()).isEqualTo(folder.getFileName().toString());
  }

  @Test
  void aCsvIsTakenAsAFrequencyListWhoseSizeIsTheSumOfItsCounts() throws IOException {
    Path list = Files.writeString(folder.resolve("general.csv"), "term,count\nthe,90\nwar,10\n");

    ReferenceCorpus reference = ReferenceLoader.load(list, StandardCharsets.UTF_8,
        new StatisticsStage(StatsOptions.defaults()), message -> { });

    assertThat(reference.runningWords()).isEqualTo(100);
    assertThat(reference.counts()).containsEntry("war", 10L);
  }
}
