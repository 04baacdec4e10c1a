package org.corpusstats.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corpusstats.report.ReportData;
import org.corpusstats.report.chart.ChartData.EntityGroup;

/**
 * Every chart of the report, in the order the page shows them. A chart whose table is empty is still drawn, with a
 * message instead of bars, so the set of files never depends on the text.
 */
public final class ChartSet {

  static final int TOP_ENTITIES = 15;
  static final int TOP_TERMS = 20;
  static final int DISPERSION_ENTITIES = 15;
  static final int HEATMAP_PERSONS = 12;
  static final int SPEAKERS = 15;
  static final int KEYWORDS_PER_PART = 8;
  static final int KEYWORD_PARTS = 8;
  static final int PART_ENTITIES = 15;
  static final int YEAR_PERSONS = 12;
  private static final int WIDTH = 900;

  private ChartSet() {}

  public static List<ChartSpec> of(ReportData data, String corpusName) {
    List<ChartSpec> charts = new ArrayList<>();
    for (EntityGroup group : EntityGroup.values()) {
      BarData entities = ChartData.topEntities(data, group, TOP_ENTITIES);
      String types = String.join(", ", group.types.stream().sorted().toList());
      String title = "Most mentioned " + group.title.toLowerCase(Locale.ROOT);
      charts.add(new ChartSpec("entities-" + group.slug, title,
          "The " + group.slug + " with most mentions, up to " + TOP_ENTITIES + " (entity types " + types + ").",
          "entities.csv",
          BarCharts.ranking(entities, title, null, "mentions", corpusName,
              "entities.csv  ·  top " + TOP_ENTITIES + " of type " + types),
          WIDTH, BarCharts.rankingHeight(entities)));
    }
    BarData terms = ChartData.topTerms(data, TOP_TERMS);
    charts.add(new ChartSpec("terms", "Most frequent terms",
        "The most frequent terms, up to " + TOP_TERMS + ", stopwords left out.", "words.csv",
        BarCharts.ranking(terms, "Most frequent terms", null, "occurrences", corpusName,
            "words.csv  ·  top " + TOP_TERMS + " terms by count, stopwords left out"),
        WIDTH, BarCharts.rankingHeight(terms)));
    BarData bigrams = ChartData.topBigrams(data, TOP_TERMS);
    charts.add(new ChartSpec("bigrams", "Most frequent phrases",
        "The most frequent pairs of adjacent words, up to " + TOP_TERMS + ", leaving out pairs that begin or end with a stopword.", "ngrams.csv",
        BarCharts.ranking(bigrams, "Most frequent phrases", null, "occurrences", corpusName,
            "ngrams.csv  ·  top " + TOP_TERMS + " two-word sequences by count, none edged by a stopword"),
        WIDTH, BarCharts.rankingHeight(bigrams)));
    charts.add(new ChartSpec("timeline", "Years the text names",
        "How often each calendar year is named; years never named are gaps.", "timeline.csv",
        TimelineChart.of(ChartData.timeline(data), corpusName), 1000, 460));
    DispersionData dispersion = DispersionData.of(data.corpus(), DISPERSION_ENTITIES);
    charts.add(new ChartSpec("dispersion", "Where the most mentioned entities appear",
        "One mark per mention of the most mentioned entities (up to " + DISPERSION_ENTITIES
            + "), by position through the text; dashed lines start sections.",
        "mentions.csv", DispersionChart.of(dispersion, corpusName), 1000, DispersionChart.height(dispersion)));
    MatrixData persons = ChartData.personCooccurrence(data, HEATMAP_PERSONS);
    String window = ChartData.cooccurrenceWindow(data);
    int side = HeatmapChart.size(persons);
    charts.add(new ChartSpec("cooccurrence-persons", "Persons mentioned in the same " + window,
        "How many " + window + "s mention both persons, for the most mentioned persons (up to " + HEATMAP_PERSONS
            + ").",
        "cooccurrence.csv", HeatmapChart.of(persons, window, corpusName), side + 120, side));
    BarData speakers = ChartData.quotesBySpeaker(data, SPEAKERS);
    charts.add(new ChartSpec("quotes-by-speaker", "Who is quoted",
        "Quotations and scare-quoted terms per speaker; quotations without a clear speaker last.", "quotes.csv",
        BarCharts.ranking(speakers, "Who is quoted", null, "quotes", corpusName,
            "quotes.csv  ·  top " + SPEAKERS + " speakers by quotations and quoted terms"),
        WIDTH, BarCharts.rankingHeight(speakers)));
    BarData figures = ChartData.figuresByYear(data);
    charts.add(new ChartSpec("figures-by-year", "Figures by year",
        "Numbers quoted as data, by the year named in their sentence and by kind.", "figures.csv",
        BarCharts.byYear(figures, "Figures by year", "figures", corpusName,
            "figures.csv  ·  figures whose sentence names a year, by kind"),
        WIDTH, 460));
    charts.addAll(comparison(data, corpusName));
    return charts;
  }

  /**
   * Keywords and comparison: by document in a corpus of several, else by section of the one document, so that the
   * set of charts never depends on the corpus.
   */
  private static List<ChartSpec> comparison(ReportData data, String corpusName) {
    boolean byDocument = data.severalDocuments();
    String part = byDocument ? "document" : "section";
    String against = byDocument ? "the rest of the corpus" : "the rest of the document";
    List<ComparisonData.PartKeywords> keywords = ComparisonData.keywordsByPart(data, KEYWORDS_PER_PART,
        KEYWORD_PARTS);
    String keywordTitle = "Keywords of each " + part;
    GridData entities = ComparisonData.entitiesByPart(data, PART_ENTITIES);
    String entityTitle = "Most mentioned entities, " + part + " by " + part;
    GridData years = ComparisonData.personsByYear(data, YEAR_PERSONS);
    return List.of(
        new ChartSpec("keywords", keywordTitle, "The strongest positive keywords (up to " + KEYWORDS_PER_PART
            + ") of each " + part + " against " + against + ", by log ratio; only keywords significant after"
            + " Bonferroni's correction, for the first " + KEYWORD_PARTS + " " + part + "s that have any.",
            "keywords.csv", KeywordChart.of(keywords, keywordTitle, "keywords.csv  ·  comparison = " + part
                + ", positive, rank ≤ " + KEYWORDS_PER_PART, corpusName),
            WIDTH, KeywordChart.height(keywords), ChartSpec.Placement.KEYWORDS),
        new ChartSpec("entities-by-part", entityTitle, "Mentions of the " + PART_ENTITIES
            + " most mentioned entities in each " + part + "; blank: not mentioned there.", "mentions.csv",
            HeatmapChart.of(entities, entityTitle, "mentions", "mentions.csv  ·  mentions per " + part
                + " of the top " + PART_ENTITIES + " entities of entities.csv", corpusName),
            HeatmapChart.width(entities), HeatmapChart.height(entities), ChartSpec.Placement.COMPARISON),
        new ChartSpec("persons-by-year", "Who is mentioned when", "Sentences that mention each of the "
            + YEAR_PERSONS + " persons with most dated sentences and a date of that year; years with none are"
            + " left out.", "entity_years.csv",
            HeatmapChart.of(years, "Who is mentioned when", "sentences", "entity_years.csv  ·  sentences dated"
                + " to the year that mention the person", corpusName),
            HeatmapChart.width(years), HeatmapChart.height(years), ChartSpec.Placement.COMPARISON));
  }
}
