package org.corpusstats.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Figure;
import org.corpusstats.extract.FigureKind;
import org.corpusstats.report.ReportData;
import org.corpusstats.report.chart.BarData.Bar;
import org.corpusstats.report.chart.ChartData.EntityGroup;
import org.corpusstats.report.chart.OutputTables.Row;
import org.corpusstats.stats.Statistics;
import org.junit.jupiter.api.Test;

final class ChartDataTest {

  private static final CorpusAnalysis CORPUS = SmallCorpus.corpus();
  /** The tables as written: the typed results the charts draw must agree with them. */
  private static final OutputTables TABLES = new OutputTables(SmallCorpus.tables(CORPUS));
  private static final ReportData DATA = SmallCorpus.data(CORPUS);

  @Test
  void topPersonsAreRankedByMentionsLargestFirst() {
    BarData persons = ChartData.topEntities(DATA, EntityGroup.PERSONS, 15);

    assertThat(persons.series()).containsExactly("mentions");
    assertThat(persons.bars()).containsExactly(Bar.of("Leon Trotsky", 7), Bar.of("Joseph Stalin", 5),
        Bar.of("Lenin", 3));
  }

  @Test
  void placesGatherEveryGeographicTypeAndNameTheType() {
    BarData places = ChartData.topEntities(DATA, EntityGroup.PLACES, 15);

    assertThat(places.bars()).containsExactly(Bar.of("Moscow (city)", 1), Bar.of("Russia (country)", 1));
  }

  @Test
  void organisationsAndIdeologiesHaveTheirOwnCharts() {
    assertThat(ChartData.topEntities(DATA, EntityGroup.ORGANISATIONS, 15).bars())
        .containsExactly(Bar.of("Communist Party", 1));
    assertThat(ChartData.topEntities(DATA, EntityGroup.IDEOLOGIES, 15).bars())
        .containsExactly(Bar.of("socialism", 3));
  }

  @Test
  void rankingsStopAtTheLimit() {
    assertThat(ChartData.topEntities(DATA, EntityGroup.PERSONS, 2).labels())
        .containsExactly("Leon Trotsky", "Joseph Stalin");
  }

  @Test
  void topTermsAreTheLargestCountsOfWordsCsvInDescendingOrder() {
    BarData terms = ChartData.topTerms(DATA, 5);

    List<Row> words = TABLES.rows("words.csv");
    int largest = words.stream().mapToInt(row -> row.integer("count")).max().orElseThrow();
    assertThat(terms.bars()).hasSize(5);
    assertThat(terms.bars().get(0).total()).isEqualTo(largest);
    assertThat(terms.bars()).extracting(Bar::total).isSortedAccordingTo((a, b) -> b - a);
    assertThat(terms.labels()).allMatch(label -> words.stream().anyMatch(row -> row.text("term").equals(label)));
  }

  @Test
  void topBigramsArePairsOfTermsOnly() {
    BarData bigrams = ChartData.topBigrams(DATA, 20);

    assertThat(bigrams.bars()).isNotEmpty();
    assertThat(bigrams.labels()).allMatch(label -> label.split(" ").length == 2);
    assertThat(bigrams.bars()).extracting(Bar::total).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void topBigramsLeaveOutPairsEdgedByAStopword() {
    List<String> edged = TABLES.rows("ngrams.csv").stream()
        .filter(row -> row.number("n") == 2 && row.text("stopword_edge").equals("true"))
        .map(row -> row.text("ngram")).toList();

    assertThat(edged).isNotEmpty();
    assertThat(ChartData.topBigrams(DATA, 1000).labels()).isNotEmpty().doesNotContainAnyElementsOf(edged);
  }

  @Test
  void timelineRunsFromFirstToLastYearWithEmptyYearsAsZero() {
    TimelineData timeline = ChartData.timeline(DATA);

    assertThat(timeline.years()).extracting(TimelineData.Year::year)
        .containsExactly(1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927);
    assertThat(timeline.years().get(0)).isEqualTo(new TimelineData.Year(1917, 1, 0));
    assertThat(timeline.years().get(3)).isEqualTo(new TimelineData.Year(1920, 0, 0));
    assertThat(timeline.years().get(6)).isEqualTo(new TimelineData.Year(1923, 2, 0));
    assertThat(timeline.years().get(10)).isEqualTo(new TimelineData.Year(1927, 1, 1));
  }

  @Test
  void quotesBySpeakerCountQuotationsAndTermsWithTheUnknownSpeakerLast() {
    BarData speakers = ChartData.quotesBySpeaker(DATA, 15);

    assertThat(speakers.series()).containsExactly("quotation", "term");
    assertThat(speakers.bars()).containsExactly(
        new Bar("Leon Trotsky", List.of(1, 0)),
        new Bar("Joseph Stalin", List.of(0, 1)),
        new Bar(ChartData.UNKNOWN_SPEAKER, List.of(1, 0)));
  }

  @Test
  void figuresByYearCountEachKindAndLeaveOutFiguresWithoutAYear() {
    BarData figures = ChartData.figuresByYear(DATA);

    assertThat(figures.series()).containsExactly("percent");
    assertThat(figures.bars()).containsExactly(new Bar("1923", List.of(1)));
  }

  @Test
  void ordinalsAndLabelsAreNotFiguresByYear() {
    List<Figure> figures = List.of(figure(FigureKind.ORDINAL, 1921), figure(FigureKind.LABEL, 1921),
        figure(FigureKind.COUNT, 1921), figure(FigureKind.COUNT, null));
    DocumentAnalysis document = new DocumentAnalysis("a.txt", "", "", List.of(), 0, List.of(), List.of(), List.of(),
        figures, List.of());

    BarData chart = ChartData.figuresByYear(ReportData.of(new CorpusAnalysis(List.of(document), List.of()),
        Statistics.none()));

    assertThat(chart.series()).containsExactly("count");
    assertThat(chart.bars()).containsExactly(new Bar("1921", List.of(1)));
  }

  @Test
  void personCooccurrenceIsSymmetricAndBlankWhereTheTableHasNoPair() {
    MatrixData matrix = ChartData.personCooccurrence(DATA, 12);

    assertThat(matrix.names()).containsExactly("Leon Trotsky", "Joseph Stalin", "Lenin");
    assertThat(matrix.count("Leon Trotsky", "Joseph Stalin")).isEqualTo(4);
    assertThat(matrix.count("Joseph Stalin", "Leon Trotsky")).isEqualTo(4);
    assertThat(matrix.count("Lenin", "Leon Trotsky")).isEqualTo(2);
    assertThat(matrix.count("Lenin", "Joseph Stalin")).as("one sentence, below min_count 2").isNull();
    assertThat(matrix.count("Lenin", "Lenin")).isNull();
    assertThat(ChartData.cooccurrenceWindow(DATA)).isEqualTo("sentence");
  }

  @Test
  void missingTablesGiveEmptyChartDataRatherThanFailures() {
    ReportData none = ReportData.of(new CorpusAnalysis(List.of(), List.of()), Statistics.none());

    assertThat(ChartData.topEntities(none, EntityGroup.PERSONS, 15).isEmpty()).isTrue();
    assertThat(ChartData.topTerms(none, 20).isEmpty()).isTrue();
    assertThat(ChartData.timeline(none).isEmpty()).isTrue();
    assertThat(ChartData.quotesBySpeaker(none, 15).isEmpty()).isTrue();
    assertThat(ChartData.figuresByYear(none).isEmpty()).isTrue();
    assertThat(ChartData.personCooccurrence(none, 12).isEmpty()).isTrue();
  }

  private static Figure figure(FigureKind kind, Integer year) {
    return new Figure("a.txt", 1, 0, 1, "1", kind, 1, "", "", "", "", "", "", year, "");
  }
}
