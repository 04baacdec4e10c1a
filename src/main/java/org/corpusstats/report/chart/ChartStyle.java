package org.corpusstats.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart: a fixed font family (so that text measures, and the SVG, come out the same on every
 * run), white backgrounds, flat bars, and the Okabe–Ito palette, which stays distinct for colour-blind readers and
 * in grey print.
 */
public final class ChartStyle {

  static {
    // Charts are drawn in batch runs and on servers: never open a display.
    System.setProperty("java.awt.headless", "true");
  }

  /** The first of these the machine has; Debian's fonts-dejavu-core provides the first. */
  private static final List<String> FAMILIES = List.of("DejaVu Sans", "Liberation Sans", "Arial");
  public static final String FAMILY = pickFamily();
  /**
   * What the SVG asks the viewer for: the family the text was measured with, then near matches. Unquoted, because
   * JFreeSVG writes the style attribute between single quotes and does not escape what goes inside.
   */
  static final String SVG_FONT_FAMILY = String.join(", ",
      new java.util.LinkedHashSet<>(List.of(FAMILY, "DejaVu Sans", "Liberation Sans", "Arial", "sans-serif")));

  static final Font TITLE = new Font(FAMILY, Font.BOLD, 18);
  static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 12);
  static final Font LABEL = new Font(FAMILY, Font.PLAIN, 13);
  static final Font TICK = new Font(FAMILY, Font.PLAIN, 12);
  static final Font SMALL = new Font(FAMILY, Font.PLAIN, 11);

  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x66, 0x66, 0x66);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color BAND = new Color(0xF3, 0xF3, 0xF3);

  /** Okabe & Ito (2008), "Color Universal Design", without the yellow that vanishes on white. */
  static final Color[] PALETTE = {
      new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
      new Color(0xCC, 0x79, 0xA7), new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x00, 0x00)};

  /** Entity types keep one colour in every chart. */
  private static final Map<String, Color> TYPE_COLOURS = Map.of(
      "PERSON", PALETTE[0], "ORGANIZATION", PALETTE[1], "IDEOLOGY", PALETTE[3]);
  private static final Set<String> PLACES = ChartData.EntityGroup.PLACES.types;

  private ChartStyle() {}

  static Color typeColour(String type) {
    if (PLACES.contains(type)) {
      return PALETTE[2];
    }
    return TYPE_COLOURS.getOrDefault(type, MUTED);
  }

  static String typeGroup(String type) {
    if (PLACES.contains(type)) {
      return "place";
    }
    return switch (type) {
      case "PERSON" -> "person";
      case "ORGANIZATION" -> "organisation";
      case "IDEOLOGY" -> "ideology";
      default -> "other";
    };
  }

  /** Applies the look, then the corpus name and the source table as a subtitle under the title. */
  static JFreeChart finish(JFreeChart chart, String corpusName, String note) {
    theme().apply(chart);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    TextTitle subtitle = new TextTitle(corpusName + "  ·  " + note, SUBTITLE);
    subtitle.setPaint(MUTED);
    subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
    subtitle.setPadding(new RectangleInsets(2, 0, 8, 0));
    chart.addSubtitle(0, subtitle);
    if (chart.getLegend() != null) {
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
      chart.getLegend().setItemFont(TICK);
    }
    chart.getPlot().setNoDataMessage("Nothing to plot: the table has no rows for this chart.");
    chart.getPlot().setNoDataMessageFont(LABEL);
    chart.getPlot().setNoDataMessagePaint(MUTED);
    chart.getPlot().setOutlineVisible(false);
    return chart;
  }

  static void countAxis(NumberAxis axis) {
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setUpperMargin(0.12);
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("corpus-stats");
    theme.setExtraLargeFont(TITLE);
    theme.setLargeFont(LABEL);
    theme.setRegularFont(TICK);
    theme.setSmallFont(SMALL);
    theme.setTitlePaint(TEXT);
    theme.setSubtitlePaint(MUTED);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setItemLabelPaint(TEXT);
    theme.setLegendItemPaint(TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    Paint[] paints = Arrays.copyOf(PALETTE, PALETTE.length, Paint[].class);
    theme.setDrawingSupplier(new DefaultDrawingSupplier(paints, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    return theme;
  }

  private static String pickFamily() {
    List<String> available = Arrays.asList(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT));
    return FAMILIES.stream().filter(available::contains).findFirst().orElse(Font.SANS_SERIF);
  }
}
