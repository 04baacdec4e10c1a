package org.corpusstats.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A concordance plot in the manner of AntConc's: one row per entity, a thin vertical mark at each mention, section
 * starts as dashed lines numbered like dispersion.csv's columns, document starts as solid lines.
 */
final class DispersionChart {

  /** A mark one unit of the row tall and thin: dense passages read as solid blocks, as in AntConc. */
  private static final Rectangle2D MARK = new Rectangle2D.Double(-0.8, -9, 1.6, 18);

  private DispersionChart() {}

  static JFreeChart of(DispersionData data, String corpusName) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    String[] names = new String[data.rows().size()];
    for (int i = 0; i < data.rows().size(); i++) {
      DispersionData.Row row = data.rows().get(i);
      names[i] = BarCharts.shorten(row.entity()) + " (" + row.positions().size() + ")";
      // Keyed by row number: two entities may share a name across types.
      XYSeries series = new XYSeries(i, false, true);
      double y = i;
      row.positions().forEach(position -> series.add(position.doubleValue(), y));
      dataset.addSeries(series);
    }
    SymbolAxis entities = new SymbolAxis("entity (mentions)", names);
    entities.setInverted(true);
    entities.setGridBandsVisible(false);
    NumberAxis position = new NumberAxis("position in the text (% of characters)");
    position.setRange(0, 100);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    XYPlot plot = new XYPlot(dataset, position, entities, renderer);
    JFreeChart chart = new JFreeChart("Where the most mentioned entities appear", ChartStyle.TITLE, plot, true);
    ChartStyle.finish(chart, corpusName, "mentions.csv, sections.csv  ·  one mark per mention;"
        + " dashed lines: section starts (§n = section_n of dispersion.csv)");

    LegendItemCollection legend = new LegendItemCollection();
    Set<String> groups = new LinkedHashSet<>();
    for (int i = 0; i < data.rows().size(); i++) {
      String type = data.rows().get(i).type();
      renderer.setSeriesShape(i, MARK);
      renderer.setSeriesPaint(i, ChartStyle.typeColour(type));
      if (groups.add(ChartStyle.typeGroup(type))) {
        legend.add(new LegendItem(ChartStyle.typeGroup(type), ChartStyle.typeColour(type)));
      }
    }
    plot.setFixedLegendItems(legend);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    // An empty row above the first entity holds the section numbers.
    entities.setRange(-1.4, Math.max(names.length, 1) - 0.4);
    for (DispersionData.Boundary section : data.sections()) {
      ValueMarker marker = new ValueMarker(section.position(), ChartStyle.MUTED, ChartStyle.dashed(0.8f));
      marker.setLabel(section.label());
      marker.setLabelFont(ChartStyle.SMALL);
      marker.setLabelPaint(ChartStyle.MUTED);
      marker.setLabelBackgroundColor(Color.WHITE);
      marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      marker.setLabelOffset(new RectangleInsets(4, 2, 0, 0));
      plot.addDomainMarker(marker, Layer.BACKGROUND);
    }
    if (data.documents().size() > 1) {
      for (DispersionData.Boundary document : data.documents()) {
        plot.addDomainMarker(new ValueMarker(document.position(), Color.BLACK, new BasicStroke(1.5f)),
            Layer.BACKGROUND);
      }
    }
    return chart;
  }

  static int height(DispersionData data) {
    return 170 + Math.max(3, data.rows().size()) * 30;
  }
}
