package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StopwordsTest {

  @Test
  void englishListHoldsFunctionWordsLemmasAndClitics() {
    assertThat(Stopwords.english())
        .contains("the", "of", "and", "be", "have", "us", "will", "'s", "\u2019s", "n't")
        .doesNotContain("party", "worker", "Stalin", "US", "May", "#")
        .hasSizeGreaterThan(150);
  }

  @Test
  void readSkipsCommentsBlankLinesAndByteOrderMark(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("stop.txt");
    Files.writeString(file, "\uFEFF# my list\ncomrade\n\n  party   # trailing comment\nMr\n", StandardCharsets.UTF_8);

    assertThat(Stopwords.read(file)).containsExactlyInAnyOrder("comrade", "party", "Mr");
  }

  @Test
  void readFailsOnAMissingFileNamingIt(@TempDir Path folder) {
    Path missing = folder.resolve("missing.txt");

    assertThatThrownBy(() -> Stopwords.read(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void readRejectsAFileThatIsNotUtf8(@TempDir Path folder) throws IOException {
    Path latin1 = folder.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> Stopwords.read(latin1)).isInstanceOf(CharacterCodingException.class);
  }
}
