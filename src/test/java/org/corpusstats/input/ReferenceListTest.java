package org.corpusstats.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --reference FILE.csv: a frequency list, with or without a header, or another run's words.csv. */
final class ReferenceListTest {

  @TempDir
  Path folder;

  @Test
  void readsTermCountLinesAddingUpRepeats() throws IOException {
    Path list = Files.writeString(folder.resolve("general.csv"), "# a list\nthe,600\nwar,12\n\nwar,3\n");

    assertThat(ReferenceList.read(list)).containsEntry("the", 600L).containsEntry("war", 15L).hasSize(2);
  }

  @Test
  void readsTheCountColumnOfAWordsCsvFromAnotherRun() throws IOException {
    Path words = Files.writeString(folder.resolve("words.csv"),
        "\uFEFFterm,pos,count,per_10k,documents\r\nparty,NN,40,12.5,1\r\nStalin,NNP,30,9.4,1\r\n");

    assertThat(ReferenceList.read(words)).containsEntry("party", 40L).containsEntry("Stalin", 30L).hasSize(2);
  }

  @Test
  void aLineWithoutACountNamesTheFileLineAndFix() throws IOException {
    Path list = Files.writeString(folder.resolve("bad.csv"), "term,count\nwar,12\npeace,many\n");

    assertThatThrownBy(() -> ReferenceList.read(list)).isInstanceOf(InputException.class)
        .hasMessageContaining("bad.csv").hasMessageContaining("line 3").hasMessageContaining("term,count");
  }
}
