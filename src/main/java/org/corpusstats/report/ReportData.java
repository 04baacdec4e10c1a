package org.corpusstats.report;

import java.util.List;
import java.util.Objects;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.stats.Statistics;

/**
 * What the charts, the network and the page draw from: the extraction records, the statistics' typed rows, and the
 * years and entity-years counted once by their owners. The tables are for the CSV files and the page's previews;
 * nothing here is read back from them by file and column name.
 */
public record ReportData(CorpusAnalysis corpus, Statistics statistics, List<Timeline.Year> timeline,
                         List<EntityYears.EntityYear> entityYears) {

  public ReportData {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(statistics, "statistics");
    timeline = List.copyOf(timeline);
    entityYears = List.copyOf(entityYears);
  }

  public static ReportData of(CorpusAnalysis corpus, Statistics statistics) {
    return new ReportData(corpus, statistics, Timeline.of(corpus), EntityYears.of(corpus));
  }

  /** Several documents are compared document by document; one is compared section by section. */
  public boolean severalDocuments() {
    return corpus.documents().size() > 1;
  }
}
