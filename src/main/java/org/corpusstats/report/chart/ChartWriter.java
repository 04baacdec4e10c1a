package org.corpusstats.report.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.pngencoder.PngEncoder;
import org.corpusstats.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart twice, to PNG (twice the pixels, sharp on slides and high-density screens) and to SVG (for print).
 * Both are deterministic: the PNG encoder writes no time and compresses on one thread, and the SVG's definition ids
 * are named after the chart instead of JFreeSVG's default, which is built from the clock.
 */
public final class ChartWriter {

  /** Pixels per CSS pixel in the PNG. */
  public static final int PNG_SCALE = 2;

  /** zlib's default level: the chapter's charts come to 1.19 MB, against 1.24 MB from ImageIO. */
  private static final int PNG_COMPRESSION = 6;

  private ChartWriter() {}

  /** Writes charts/{name}.png and charts/{name}.svg under the output folder; returns both paths. */
  public static List<Path> write(ChartSpec spec, Path outputFolder) throws IOException {
    return List.of(writePng(spec, outputFolder), writeSvg(spec, outputFolder));
  }

  /** Writes charts/{name}.png under the output folder. */
  public static Path writePng(ChartSpec spec, Path outputFolder) throws IOException {
    Path png = outputFolder.resolve(spec.png());
    AtomicFiles.writeBytes(png, png(spec));
    return png;
  }

  /** Writes charts/{name}.svg under the output folder. */
  public static Path writeSvg(ChartSpec spec, Path outputFolder) throws IOException {
    Path svg = outputFolder.resolve(spec.svg());
    AtomicFiles.writeString(svg, svg(spec));
    return svg;
  }

  /**
   * Draws a small chart to PNG and SVG and throws both away. The first chart of a run pays for finding the fonts,
   * initialising Java2D's renderer, JFreeChart and the encoders, and for code that has not been compiled yet; run
   * on an idle core while the documents are read, this takes that out of the report stage.
   */
  public static void warmUp() throws IOException {
    BarData data = BarData.single("warm-up", List.of(BarData.Bar.of("first", 3), BarData.Bar.of("second", 1)));
    JFreeChart chart = BarCharts.ranking(data, "Warm-up", null, "count", "warm-up", "warm-up");
    ChartSpec spec = new ChartSpec("warm-up", "Warm-up", "", "", chart, 300, 200);
    png(spec);
    svg(spec);
  }

  static byte[] png(ChartSpec spec) throws IOException {
    BufferedImage image = new BufferedImage(spec.width() * PNG_SCALE, spec.height() * PNG_SCALE,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.scale(PNG_SCALE, PNG_SCALE);
      spec.chart().draw(g2, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
    } finally {
      g2.dispose();
    }
    // One thread per image: the charts are already drawn in parallel, and a single deflate stream is deterministic.
    return new PngEncoder().withBufferedImage(image).withCompressionLevel(PNG_COMPRESSION)
        .withMultiThreadedCompressionEnabled(false).toBytes();
  }

  static String svg(ChartSpec spec) {
    SVGGraphics2D g2 = new SVGGraphics2D(spec.width(), spec.height());
    g2.setDefsKeyPrefix(spec.name() + "-");
    g2.setFontFunction(family -> ChartStyle.SVG_FONT_FAMILY);
    g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    spec.chart().draw(g2, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
    return g2.getSVGDocument();
  }
}
