package org.corpusstats.report.html;

import java.util.List;

import org.corpusstats.report.csv.CsvTable;

/** The first rows of a table, sortable by clicking a header, with a link to the whole CSV. */
final class TableSection {

  static final int PREVIEW_ROWS = 15;

  private TableSection() {}

  static String anchor(CsvTable table) {
    return "table-" + table.fileName().replaceAll("[^A-Za-z0-9]+", "-");
  }

  static void render(StringBuilder page, CsvTable table) {
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
}
