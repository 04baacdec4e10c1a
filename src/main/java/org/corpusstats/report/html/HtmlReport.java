package org.corpusstats.report.html;

import java.util.List;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.report.chart.ChartSpec;
import org.corpusstats.report.ReportData;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.stats.Statistics;

/**
 * report.html: one page that opens from disk with no network. Styles and the sorting script are inlined; images
 * and downloads are relative links into the same output folder; a Content-Security-Policy forbids every other
 * source, so a later edit that adds a CDN link fails loudly in the browser instead of leaking requests.
 */
final class HtmlReport {

  /** Nothing may load but this page's own inline code and the files beside it. */
  static final String POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
      + "script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  private HtmlReport() {}

  static String render(ReportData data, List<CsvTable> tables, List<ChartSpec> charts, String corpusName,
                       List<String> networkFiles) {
    CorpusAnalysis corpus = data.corpus();
    StringBuilder page = new StringBuilder(256 * 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(corpusName)).append(" · corpus-stats</title>\n")
        .append("<style>\n").append(Html.asset("report.css")).append("</style>\n</head>\n<body>\n<header>\n")
        .append("<h1>").append(Html.escape(corpusName)).append("</h1>\n<p class=\"note\">")
        .append(documents(corpus)).append("</p>\n<nav aria-label=\"Contents\"><ul>")
        .append("<li><a href=\"#summary\">Summary</a></li><li><a href=\"#charts\">Charts</a></li>")
        .append("<li><a href=\"#entities\">Entities</a></li><li><a href=\"#keywords\">Keywords</a></li><li><a href=\"#comparison\">Comparison</a></li>")
        .append("<li><a href=\"#quotations\">Quotations</a></li><li><a href=\"#figures\">Figures</a></li>")
        .append("<li><a href=\"#tables\">Tables</a></li><li><a href=\"#files\">Files</a></li></ul></nav>\n")
        .append("</header>\n<main>\n");

    page.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
    summary(page, data.statistics().summary());
    page.append("</section>\n<section id=\"charts\">\n<h2>Charts</h2>\n<p class=\"note\">Click a chart for its SVG"
        + " (for print); the PNG beside it is for slides.</p>\n");
    charts(page, charts, ChartSpec.Placement.CHARTS);
    page.append("</section>\n<section id=\"entities\">\n<h2>Entities</h2>\n");
    PageSections.entities(page, corpus);
    page.append("</section>\n<section id=\"keywords\">\n<h2>Keywords</h2>\n");
    charts(page, charts, ChartSpec.Placement.KEYWORDS);
    PageSections.keywords(page, data.statistics().keywords());
    page.append("</section>\n<section id=\"comparison\">\n<h2>Comparison</h2>\n<p class=\"note\">")
        .append(data.severalDocuments() ? "Document by document" : "Section by section")
        .append(": who is mentioned where, and who is mentioned when.</p>\n");
    charts(page, charts, ChartSpec.Placement.COMPARISON);
    page.append("</section>\n<section id=\"quotations\">\n<h2>Quotations by speaker</h2>\n");
    PageSections.quotations(page, corpus);
    page.append("</section>\n<section id=\"figures\">\n<h2>Figures and their sentences</h2>\n");
    PageSections.figures(page, corpus);
    page.append("</section>\n<section id=\"tables\">\n<h2>Tables</h2>\n<p class=\"note\">The first rows of every"
        + " table the run wrote; click a column header to sort. Column meanings: docs/OUTPUTS.md and"
        + " docs/STATISTICS.md.</p>\n");
    for (CsvTable table : tables) {
      PageSections.table(page, table);
    }
    page.append("</section>\n<section id=\"files\">\n<h2>Files</h2>\n<ul>\n");
    for (CsvTable table : tables) {
      page.append("<li>").append(Html.link(table.fileName(), table.fileName())).append(" <span class=\"meta\">")
          .append(table.rows().size()).append(" rows, <a href=\"#").append(PageSections.anchor(table))
          .append("\">first rows above</a></span></li>\n");
    }
    for (String network : networkFiles) {
      page.append("<li>").append(Html.link(network, network)).append(" <span class=\"meta\">entity co-occurrence"
          + " network (Gephi, yEd, Cytoscape)</span></li>\n");
    }
    for (ChartSpec chart : charts) {
      page.append("<li>").append(Html.link(chart.png(), chart.png())).append(", ")
          .append(Html.link(chart.svg(), chart.svg())).append("</li>\n");
    }
    page.append("</ul>\n</section>\n</main>\n<footer>Written by corpus-stats. This page loads nothing from the"
        + " network; keep it in its folder so that the charts and tables beside it stay linked.</footer>\n")
        .append("<script>\n").append(Html.asset("report.js")).append("</script>\n</body>\n</html>\n");
    return page.toString();
  }

  private static String documents(CorpusAnalysis corpus) {
    StringBuilder text = new StringBuilder();
    List<DocumentAnalysis> documents = corpus.documents();
    text.append(documents.size()).append(documents.size() == 1 ? " document: " : " documents: ");
    for (int i = 0; i < documents.size(); i++) {
      DocumentAnalysis document = documents.get(i);
      text.append(i == 0 ? "" : "; ").append(Html.escape(document.document()));
      if (!document.title().isBlank()) {
        text.append(" (").append(Html.escape(document.title())).append(")");
      }
    }
    return text.toString();
  }

  /** summary.csv as figures to glance at; the entity counts per type go in one line below. */
  private static void summary(StringBuilder page, List<Statistics.Metric> rows) {
    if (rows.isEmpty()) {
      page.append("<p>No summary.csv in this run.</p>\n");
      return;
    }
    page.append("<div class=\"cards\">\n");
    StringBuilder types = new StringBuilder();
    for (Statistics.Metric row : rows) {
      String metric = row.name();
      String value = Html.cell(row.value());
      if (metric.startsWith("entities_")) {
        types.append(types.length() == 0 ? "" : " · ").append(Html.escape(metric.substring("entities_".length())))
            .append(" ").append(Html.escape(value));
      } else {
        page.append("<div class=\"card\"><span class=\"value\">").append(Html.escape(value))
            .append("</span><span class=\"metric\">").append(Html.escape(metric.replace('_', ' ')))
            .append("</span></div>\n");
      }
    }
    page.append("</div>\n");
    if (types.length() > 0) {
      page.append("<p class=\"note\">Entities by type: ").append(types).append("</p>\n");
    }
    page.append("<p class=\"note\">From ").append(Html.link("summary.csv", "summary.csv")).append(".</p>\n");
  }

  private static void charts(StringBuilder page, List<ChartSpec> charts, ChartSpec.Placement placement) {
    for (ChartSpec chart : charts) {
      if (chart.placement() == placement) {
        chart(page, chart);
      }
    }
  }

  private static void chart(StringBuilder page, ChartSpec chart) {
    page.append("<figure id=\"chart-").append(chart.name()).append("\">\n<a href=\"").append(Html.href(chart.svg()))
        .append("\"><img src=\"").append(Html.href(chart.png())).append("\" width=\"").append(chart.width())
        .append("\" height=\"").append(chart.height()).append("\" alt=\"").append(Html.escape(chart.title()))
        .append("\"></a>\n<figcaption>").append(Html.escape(chart.description())).append(" From ")
        .append(Html.link(chart.source(), chart.source())).append(". ")
        .append(Html.link(chart.png(), "PNG")).append(" · ").append(Html.link(chart.svg(), "SVG"))
        .append("</figcaption>\n</figure>\n");
  }
}
