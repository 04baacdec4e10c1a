package org.corpusstats.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;
import org.junit.jupiter.api.Test;

final class DispersionDataTest {

  private static final CorpusAnalysis CORPUS = SmallCorpus.corpus();

  @Test
  void rowsAreTheMostMentionedEntitiesInRankOrder() {
    DispersionData data = DispersionData.of(CORPUS, 3);

    assertThat(data.rows()).extracting(DispersionData.Row::entity)
        .containsExactly("Leon Trotsky", "Joseph Stalin", "Lenin");
  }

  @Test
  void everyMentionIsAMarkAtItsShareOfTheText() {
    DocumentAnalysis document = CORPUS.documents().get(0);
    List<Double> expected = document.mentions().stream().filter(m -> m.entity().equals("Leon Trotsky"))
        .map(m -> 100.0 * m.charBegin() / document.text().length()).toList();

    DispersionData.Row trotsky = DispersionData.of(CORPUS, 1).rows().get(0);

    assertThat(trotsky.positions()).hasSize(7).containsExactlyElementsOf(expected);
    assertThat(trotsky.positions()).isSorted().allMatch(p -> p >= 0 && p < 100);
  }

  @Test
  void sectionStartsAreNumberedThroughTheCorpusLikeDispersionCsv() {
    DispersionData data = DispersionData.of(CORPUS, 3);

    assertThat(data.sections()).extracting(DispersionData.Boundary::label).containsExactly("§1", "§2", "§3");
    assertThat(data.sections()).extracting(DispersionData.Boundary::title)
        .containsExactly("The Rise", "Exile", "Legacy");
    assertThat(data.sections().get(0).position()).isZero();
    assertThat(data.sections()).extracting(DispersionData.Boundary::position).isSorted();
    assertThat(data.sections().get(2).position()).isLessThan(100);
  }

  @Test
  void documentsAreLaidEndToEndInCorpusOrder() {
    DocumentAnalysis first = CORPUS.documents().get(0);
    DocumentAnalysis second = new DocumentAnalysis("second.txt", first.text(), first.title(), first.sections(),
        first.paragraphs(), first.sentences(), first.mentions().stream().map(SECOND::rename).toList(),
        first.dates(), first.figures(), first.quotes());
    CorpusAnalysis two = new CorpusAnalysis(List.of(first, second), CORPUS.entities());

    DispersionData data = DispersionData.of(two, 1);

    assertThat(data.documents()).extracting(DispersionData.Boundary::position)
        .containsExactly(0.0, 50.0);
    assertThat(data.sections()).hasSize(6).last().extracting(DispersionData.Boundary::label).isEqualTo("§6");
    List<Double> positions = data.rows().get(0).positions();
    assertThat(positions).hasSize(14);
    assertThat(positions.get(7)).isCloseTo(50 + positions.get(0), within(1e-9));
  }

  @Test
  void sectionLabelsAreDispersionCsvColumnsEvenForASectionOnlyItsSentencesName() {
    DocumentAnalysis first = CORPUS.documents().get(0);
    DocumentAnalysis holed = new DocumentAnalysis("holed.txt", first.text(), first.title(),
        first.sections().subList(0, first.sections().size() - 1), first.paragraphs(), first.sentences(),
        first.mentions(), first.dates(), first.figures(), first.quotes());
    CorpusAnalysis corpus = new CorpusAnalysis(List.of(holed, first), CORPUS.entities());
    List<String> columns = new OutputTables(SmallCorpus.tables(corpus)).table("dispersion.csv").orElseThrow()
        .header().stream().filter(column -> column.startsWith("section_")).toList();

    DispersionData data = DispersionData.of(corpus, 1);

    assertThat(data.sections()).extracting(b -> b.label().replace("§", "section_")).containsExactlyElementsOf(columns);
    assertThat(data.sections().get(2).title()).isEqualTo("Legacy");
    assertThat(data.sections()).extracting(DispersionData.Boundary::position).isSorted();
  }

  private static final Renamer SECOND = new Renamer("second.txt");

  private record Renamer(String document) {
    Mention rename(Mention m) {
      return new Mention(document, m.sentence(), m.sectionIndex(), m.section(), m.paragraph(), m.charBegin(),
          m.charEnd(), m.text(), m.type(), m.entity(), m.tokenBegin(), m.tokenEnd());
    }
  }
}
