package org.corpusstats.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.Concept;
import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Entity;
import org.corpusstats.extract.Figure;
import org.corpusstats.extract.Quote;
import org.corpusstats.extract.QuoteKind;
import org.corpusstats.extract.Sentence;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.report.csv.CsvWriter;
import org.corpusstats.stats.Statistics;

/**
 * The longer parts of the page: the quotations grouped by speaker, every figure shown in its sentence, and a sortable
 * preview of each table. Quotations and figures read the analysis records, whose offsets point into the text, so a
 * figure is marked exactly where it stands rather than wherever its digits first occur.
 */
final class PageSections {

  static final String UNKNOWN_SPEAKER = "Speaker unknown";

  static final int PREVIEW_ROWS = 15;

  private PageSections() {}

  static void quotations(StringBuilder page, CorpusAnalysis corpus) {
    Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
    for (DocumentAnalysis document : corpus.documents()) {
      for (Quote quote : document.quotes()) {
        String speaker = quote.speaker().isBlank() ? UNKNOWN_SPEAKER : quote.speaker();
        bySpeaker.computeIfAbsent(speaker, s -> new ArrayList<>()).add(quote);
      }
    }
    List<String> speakers = new ArrayList<>(bySpeaker.keySet());
    speakers.remove(UNKNOWN_SPEAKER);
    // The order of the "Who is quoted" chart: most quotes first, then most quotations, then by name.
    speakers.sort(Comparator.<String>comparingLong(s -> -bySpeaker.get(s).size())
        .thenComparingLong(s -> -count(bySpeaker.get(s), QuoteKind.QUOTATION)).thenComparing(s -> s));
    if (bySpeaker.containsKey(UNKNOWN_SPEAKER)) {
      speakers.add(UNKNOWN_SPEAKER);
    }
    page.append("<p class=\"note\">Quotations (statements in quotation marks) under the speaker the text gives,"
        + " then the short scare-quoted terms attributed to them. Every quote, with the evidence for its speaker, is in ")
        .append(Html.link("quotes.csv", "quotes.csv")).append(".</p>\n");
    if (speakers.isEmpty()) {
      page.append("<p>The text quotes no one.</p>\n");
    }
    for (String speaker : speakers) {
      List<Quote> quotes = bySpeaker.get(speaker);
      long quotations = count(quotes, QuoteKind.QUOTATION);
      page.append("<details open><summary>").append(Html.escape(speaker)).append(" <span class=\"meta\">")
          .append(quotations).append(quotations == 1 ? " quotation" : " quotations").append(", ")
          .append(quotes.size() - quotations).append(quotes.size() - quotations == 1 ? " term" : " terms")
          .append("</span></summary>\n");
      List<String> terms = new ArrayList<>();
      for (Quote quote : quotes) {
        if (quote.kind() != QuoteKind.QUOTATION) {
          terms.add(Html.escape(quote.text()));
          continue;
        }
        page.append("<blockquote><p>").append(Html.escape(quote.text())).append("</p><footer>")
            .append(Html.escape(quote.document())).append(", sentence ").append(quote.sentence());
        if (!quote.evidence().isBlank()) {
          page.append(" · ").append(Html.escape(quote.evidence()));
        }
        page.append("</footer></blockquote>\n");
      }
      if (!terms.isEmpty()) {
        page.append("<p class=\"meta\">Terms: ").append(String.join(" · ", terms)).append("</p>\n");
      }
      page.append("</details>\n");
    }
  }

  static void figures(StringBuilder page, CorpusAnalysis corpus) {
    page.append("<p class=\"note\">Every number the text quotes as data, marked in its sentence; also in ")
        .append(Html.link("figures.csv", "figures.csv")).append(".</p>\n");
    if (corpus.documents().stream().allMatch(d -> d.figures().isEmpty())) {
      page.append("<p>The text quotes no figures.</p>\n");
      return;
    }
    page.append("<div class=\"table-wrap\"><table class=\"sortable\">\n<thead><tr><th scope=\"col\">figure</th>"
        + "<th scope=\"col\">kind</th><th scope=\"col\">value</th><th scope=\"col\">unit</th>"
        + "<th scope=\"col\">year</th><th scope=\"col\">sentence</th></tr></thead>\n<tbody>\n");
    for (DocumentAnalysis document : corpus.documents()) {
      for (Figure figure : document.figures()) {
        page.append("<tr><td>").append(Html.escape(figure.text())).append("</td><td>")
            .append(Html.escape(figure.kind().label())).append("</td><td class=\"num\">")
            .append(Html.escape(CsvWriter.formatNumber(figure.value()))).append("</td><td>")
            .append(Html.escape(figure.unit())).append("</td><td class=\"num\">")
            .append(figure.year() == null ? "" : figure.year()).append("</td><td>")
            .append(marked(document, figure)).append("</td></tr>\n");
      }
    }
    page.append("</tbody></table></div>\n");
  }

  static final int KEYWORDS_SHOWN = 10;

  /** Every entity with its type, mentions, roles and Wikipedia page, in entities.csv's order. */
  static void entities(StringBuilder page, CorpusAnalysis corpus) {
    page.append("<p class=\"note\">Every entity of ").append(Html.link("entities.csv", "entities.csv"))
        .append(", with the titles the text gives persons and the Wikipedia page it links to (opens wikipedia.org;"
            + " this page loads nothing from it). Common nouns that NER gives an entity class are in ")
        .append(Html.link("concepts.csv", "concepts.csv")).append(".</p>\n");
    if (corpus.entities().isEmpty()) {
      page.append("<p>The text names no entities.</p>\n");
      return;
    }
    page.append("<div class=\"table-wrap\"><table class=\"sortable\">\n<thead><tr><th scope=\"col\">entity</th>"
        + "<th scope=\"col\">type</th><th scope=\"col\">mentions</th><th scope=\"col\">roles</th>"
        + "<th scope=\"col\">Wikipedia</th></tr></thead>\n<tbody>\n");
    for (Entity entity : corpus.entities()) {
      page.append("<tr><td>").append(Html.escape(entity.name())).append("</td><td>")
          .append(Html.escape(entity.type())).append("</td><td class=\"num\">").append(entity.mentions())
          .append("</td><td>").append(Html.escape(String.join("; ", entity.roles()))).append("</td><td>")
          .append(entity.wikipedia().isEmpty() ? "" : Html.wikipedia(entity.wikipedia())).append("</td></tr>\n");
    }
    page.append("</tbody></table></div>\n");
    concepts(page, corpus);
  }

  static final int CONCEPTS_SHOWN = 30;

  /** The most mentioned concepts: what the text discusses, beside whom and where it names. */
  private static void concepts(StringBuilder page, CorpusAnalysis corpus) {
    if (corpus.concepts().isEmpty()) {
      return;
    }
    int shown = Math.min(CONCEPTS_SHOWN, corpus.concepts().size());
    page.append("<h3>Concepts</h3>\n<p class=\"note\">The common nouns NER gives an entity class (titles, causes of"
        + " death, charges), most mentioned first").append(shown < corpus.concepts().size()
            ? ", the first " + shown + " of " + corpus.concepts().size() : "")
        .append("; all in ").append(Html.link("concepts.csv", "concepts.csv")).append(".</p>\n")
        .append("<div class=\"table-wrap\"><table class=\"sortable\">\n<thead><tr><th scope=\"col\">concept</th>"
            + "<th scope=\"col\">type</th><th scope=\"col\">mentions</th><th scope=\"col\">forms</th></tr></thead>"
            + "\n<tbody>\n");
    for (Concept concept : corpus.concepts().subList(0, shown)) {
      page.append("<tr><td>").append(Html.escape(concept.concept())).append("</td><td>")
          .append(Html.escape(concept.type())).append("</td><td class=\"num\">").append(concept.mentions())
          .append("</td><td>").append(Html.escape(String.join("; ", concept.forms()))).append("</td></tr>\n");
    }
    page.append("</tbody></table></div>\n");
  }

  /**
   * Every comparison of keywords.csv on one line: the target, its strongest positive keywords and its strongest
   * negative ones, each with its log ratio.
   */
  static void keywords(StringBuilder page, List<Statistics.Keyword> keywords) {
    page.append("<p class=\"note\">Terms markedly more (positive) or less (negative) frequent in a part than in the"
        + " rest, significant at 5 % after Bonferroni's correction, strongest effect (log ratio) first; each point of"
        + " log ratio doubles the relative frequency. All of them, with G², p-values and %DIFF, are in ")
        .append(Html.link("keywords.csv", "keywords.csv")).append("; the method is in docs/STATISTICS.md.</p>\n");
    Map<String, List<Statistics.Keyword>> byTarget = new LinkedHashMap<>();
    for (Statistics.Keyword keyword : keywords) {
      String key = keyword.comparison() + "\u0000" + keyword.document() + "\u0000" + keyword.part() + "\u0000"
          + keyword.target();
      byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(keyword);
    }
    if (byTarget.isEmpty()) {
      page.append("<p>No keywords: no section, document or reference differs significantly from the rest.</p>\n");
      return;
    }
    page.append("<div class=\"table-wrap\"><table class=\"sortable\">\n<thead><tr><th scope=\"col\">comparison</th>"
        + "<th scope=\"col\">target</th><th scope=\"col\">against</th><th scope=\"col\">positive keywords</th>"
        + "<th scope=\"col\">negative keywords</th></tr></thead>\n<tbody>\n");
    for (List<Statistics.Keyword> rows : byTarget.values()) {
      Statistics.Keyword first = rows.get(0);
      String target = first.comparison().equals("section") ? first.document() + " › " + first.target()
          : first.target();
      page.append("<tr><td>").append(Html.escape(first.comparison())).append("</td><td>")
          .append(Html.escape(target)).append("</td><td>").append(Html.escape(first.reference()))
          .append("</td><td>").append(keywordList(rows, true)).append("</td><td>")
          .append(keywordList(rows, false)).append("</td></tr>\n");
    }
    page.append("</tbody></table></div>\n");
  }

  private static String keywordList(List<Statistics.Keyword> rows, boolean positive) {
    List<String> shown = new ArrayList<>();
    for (Statistics.Keyword row : rows) {
      if (row.positive() == positive && shown.size() < KEYWORDS_SHOWN) {
        shown.add(Html.escape(row.term()) + " <span class=\"meta\">" + Html.escape(Html.cell(row.logRatio()))
            + "</span>");
      }
    }
    return String.join(" · ", shown);
  }

  static String anchor(CsvTable table) {
    return "table-" + table.fileName().replaceAll("[^A-Za-z0-9]+", "-");
  }

  /** The first rows of a table, sortable by clicking a header, with a link to the whole CSV. */
  static void table(StringBuilder page, CsvTable table) {
    int shown = Math.min(PREVIEW_ROWS, table.rows().size());
    page.append("<section id=\"").append(anchor(table)).append("\">\n<h3>")
        .append(Html.link(table.fileName(), table.fileName())).append("</h3>\n<p class=\"note\">")
        .append(table.rows().size()).append(table.rows().size() == 1 ? " row" : " rows");
    if (shown < table.rows().size()) {
      page.append(", the first ").append(shown).append(" shown (sorting orders these only)");
    }
    page.append(". ").append(Html.link(table.fileName(), "Open the whole table")).append(".</p>\n");
    if (shown == 0) {
      page.append("</section>\n");
      return;
    }
    page.append("<div class=\"table-wrap\"><table class=\"sortable\">\n<thead><tr>");
    for (String column : table.header()) {
      page.append("<th scope=\"col\">").append(Html.escape(column)).append("</th>");
    }
    page.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : table.rows().subList(0, shown)) {
      page.append("<tr>");
      for (Object value : row) {
        page.append(Html.isNumber(value) ? "<td class=\"num\">" : "<td>").append(Html.escape(Html.cell(value)))
            .append("</td>");
      }
      page.append("</tr>\n");
    }
    page.append("</tbody></table></div>\n</section>\n");
  }

  /** The figure's sentence with the figure in a mark element; the extractor's context when offsets disagree. */
  static String marked(DocumentAnalysis document, Figure figure) {
    Sentence sentence = document.sentences().stream().filter(s -> s.index() == figure.sentence()).findFirst()
        .orElse(null);
    String text = document.text();
    if (sentence == null || figure.charBegin() < sentence.charBegin() || figure.charEnd() > sentence.charEnd()
        || sentence.charEnd() > text.length() || figure.charBegin() >= figure.charEnd()) {
      return Html.escape(figure.context());
    }
    return Html.escape(flat(text.substring(sentence.charBegin(), figure.charBegin())))
        + "<mark>" + Html.escape(flat(text.substring(figure.charBegin(), figure.charEnd()))) + "</mark>"
        + Html.escape(flat(text.substring(figure.charEnd(), sentence.charEnd())));
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static long count(List<Quote> quotes, QuoteKind kind) {
    return quotes.stream().filter(q -> q.kind() == kind).count();
  }
}
