package org.corpusstats.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.chart.SmallCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Opens report.html from disk in headless Chromium, as a reader double-clicking it would, and checks that every
 * chart loaded, that nothing was logged as an error and that no request left the file system. The report and a
 * full-page screenshot stay in target/report-browser/ for a developer to look at.
 */
@Tag("browser")
final class ReportBrowserTest {

  private static final Path OUTPUT = Path.of("target", "report-browser");

  @Test
  @Timeout(180)
  void theReportOpensFromDiskWithEveryChartAndNoErrorsOrNetwork(@TempDir Path profile) throws Exception {
    Optional<Path> binary = Chromium.find();
    Assumptions.assumeTrue(binary.isPresent(), "Skipped: no chromium on PATH. Install Debian's 'chromium' package"
        + " (apt-get install -y chromium) to run the browser test of report.html.");
    CorpusAnalysis corpus = SmallCorpus.corpus();
    ReportStage.write(SmallCorpus.data(corpus), SmallCorpus.tables(corpus), "small-corpus", OUTPUT);
    Path page = OUTPUT.resolve(ReportStage.PAGE).toAbsolutePath();

    try (Chromium chromium = new Chromium(binary.get(), profile)) {
      Chromium.PageLog log = chromium.open(page.toUri(), 1280, 900);
      JsonNode images = chromium.evaluate("Array.from(document.images).map(i =>"
          + " ({src: i.getAttribute('src'), complete: i.complete, naturalWidth: i.naturalWidth}))");
      JsonNode sections = chromium.evaluate("['keywords', 'comparison'].map(id => { const s ="
          + " document.getElementById(id); return s === null ? -1 : s.querySelectorAll('img').length; })");
      JsonNode sorted = chromium.evaluate("(() => { const th = document.querySelector('table.sortable th');"
          + " th.click(); return th.getAttribute('aria-sort'); })()");
      chromium.screenshot(OUTPUT.resolve("screenshot.png"));

      assertThat(images.size()).as("one image per chart").isEqualTo(14);
      assertThat(sections.get(0).asInt()).as("the Keywords section and its chart").isEqualTo(1);
      assertThat(sections.get(1).asInt()).as("the Comparison section and its two heatmaps").isEqualTo(2);
      for (JsonNode image : images) {
        assertThat(image.get("complete").asBoolean() && image.get("naturalWidth").asInt() > 0)
            .as("loaded: " + image).isTrue();
      }
      assertThat(log.consoleErrors()).as("console errors").isEmpty();
      assertThat(log.failedLoads()).as("failed loads").isEmpty();
      assertThat(log.requests()).as("requests").isNotEmpty()
          .allMatch(url -> url.startsWith("file:"), "stays on the file system");
      assertThat(sorted.asText()).as("a header click sorts").isEqualTo("ascending");
    }
    assertThat(Files.size(OUTPUT.resolve("screenshot.png"))).isPositive();
  }
}
