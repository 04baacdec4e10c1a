package org.corpusstats.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorpusReaderTest {

  @TempDir
  Path folder;

  private final CorpusReader reader = new CorpusReader(StandardCharsets.UTF_8);

  @Test
  void readsEveryTextFileOfAFolderSortedByName() throws IOException {
    Files.writeString(folder.resolve("b.txt"), "Second.");
    Files.writeString(folder.resolve("a.txt"), "First.");
    Files.writeString(folder.resolve("notes.md"), "Not part of the corpus.");

    List<SourceDocument> documents = reader.read(folder);

    assertThat(documents).extracting(SourceDocument::name).containsExactly("a.txt", "b.txt");
  }

  @Test
  void removesTheByteOrderMarkButKeepsLineEndings() throws IOException {
    Path file = folder.resolve("bom.txt");
    Files.write(file, "\uFEFFLine one\r\nLine two".getBytes(StandardCharsets.UTF_8));

    SourceDocument document = reader.read(file).get(0);

    assertThat(document.text()).isEqualTo("Line one\r\nLine two");
    assertThat(document.sha256()).hasSize(64);
  }

  @Test
  void namesTheFileAndTheFixForEachBadInput() throws IOException {
    Path empty = Files.writeString(folder.resolve("empty.txt"), "  \n ");
    Path pdf = Files.write(folder.resolve("paper.txt"), "%PDF-1.7 binary".getBytes(StandardCharsets.ISO_8859_1));
    Path latin = Files.write(folder.resolve("latin.txt"), "caf\u00e9".getBytes(Charset.forName("windows-1252")));
    Path nul = Files.write(folder.resolve("nul.txt"), new byte[] {'a', 'b', 0, 'c'});

    assertThatThrownBy(() -> reader.read(folder.resolve("missing.txt"))).hasMessageContaining("missing.txt")
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> reader.read(empty)).hasMessageContaining("empty.txt").hasMessageContaining("empty");
    assertThatThrownBy(() -> reader.read(pdf)).hasMessageContaining("paper.txt").hasMessageContaining("binary");
    assertThatThrownBy(() -> reader.read(nul)).hasMessageContaining("nul.txt").hasMessageContaining("binary");
    assertThatThrownBy(() -> reader.read(latin)).hasMessageContaining("latin.txt")
        .hasMessageContaining("--encoding windows-1252");
    assertThat(new CorpusReader(Charset.forName("windows-1252")).read(latin).get(0).text()).isEqualTo("caf\u00e9");
  }

  @Test
  void skipBadLeavesOutTheBadFilesAndSaysWhy() throws IOException {
    Files.writeString(folder.resolve("a.txt"), "A good chapter.");
    Files.writeString(folder.resolve("b.txt"), "");
    Files.write(folder.resolve("c.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});

    CorpusReader.Corpus corpus = reader.read(folder, true);

    assertThat(corpus.documents()).extracting(SourceDocument::name).containsExactly("a.txt");
    assertThat(corpus.skipped()).hasSize(2).anySatisfy(m -> assertThat(m).contains("b.txt", "empty"))
        .anySatisfy(m -> assertThat(m).contains("c.txt", "binary"));
    assertThatThrownBy(() -> reader.read(folder, false)).hasMessageContaining("b.txt");
  }

  @Test
  void aDocumentTooLongForTheHeapIsRefusedUpFrontWithTheLimit() throws IOException {
    Path book = Files.writeString(folder.resolve("book.txt"), "word ".repeat(100));

    assertThatThrownBy(() -> new CorpusReader(StandardCharsets.UTF_8, 200).read(book))
        .isInstanceOf(InputException.class).hasMessageContaining("book.txt").hasMessageContaining("at most 200")
        .hasMessageContaining("-Xmx");
  }

  @Test
  void refusesAFolderWithoutTextFiles() throws IOException {
    Files.writeString(folder.resolve("readme.md"), "x");

    assertThatThrownBy(() -> reader.read(folder)).isInstanceOf(InputException.class).hasMessageContaining("no .txt file");
  }
}
