package org.corpusstats;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.corpusstats.annotate.TaggingPipeline;
import org.corpusstats.extract.TaggedTokens;
import org.corpusstats.extract.Token;
import org.corpusstats.input.CorpusReader;
import org.corpusstats.input.ReferenceList;
import org.corpusstats.input.SourceDocument;
import org.corpusstats.stats.ReferenceCorpus;
import org.corpusstats.stats.StatisticsStage;

/**
 * {@code --reference PATH}: a frequency list ({@code .csv}) is taken as it is; a file or folder of {@code .txt}
 * is tagged and counted by the statistics stage's term rules, one file at a time, so memory stays that of the
 * largest file.
 */
final class ReferenceLoader {

  private ReferenceLoader() {}

  static ReferenceCorpus load(Path path, Charset encoding, StatisticsStage stage, Consumer<String> say) {
    String name = path.toAbsolutePath().normalize().getFileName().toString();
    if (Files.isRegularFile(path) && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return ReferenceCorpus.ofList(name, ReferenceList.read(path));
    }
    List<SourceDocument> documents = new CorpusReader(encoding).read(path);
    say.accept("tagging the reference corpus " + name + " (" + documents.size() + " file(s)) for keywords");
    List<List<Token>> none = List.of();
    Iterable<List<Token>> sentences = () -> new java.util.Iterator<>() {
      private int next = 0;
      private java.util.Iterator<List<Token>> current = none.iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < documents.size()) {
          current = TaggedTokens.of(TaggingPipeline.annotate(documents.get(next++).text())).iterator();
        }
        return current.hasNext();
      }

      @Override
      public List<Token> next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
    return stage.reference(name, sentences);
  }
}
