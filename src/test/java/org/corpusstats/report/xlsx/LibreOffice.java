package org.corpusstats.report.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice Calc run headless to turn a workbook back into CSV, one file per sheet: a second, independent reader
 * of what {@link WorkbookWriter} writes. Only Debian's {@code libreoffice-calc-nogui} package is needed.
 */
final class LibreOffice {

  /** {@code -Dcorpus-stats.skip-libreoffice=true} skips the test where LibreOffice is missing; else it fails. */
  static final String SKIP_PROPERTY = "corpus-stats.skip-libreoffice";
  private static final Duration TIMEOUT = Duration.ofSeconds(180);

  /**
   * The CSV export filter's options, by position: comma, double quote, UTF-8 (76), from line 1, no column formats,
   * default language, quote only where needed, (import only), cell contents as stored rather than as shown (full
   * precision), values not formulas, spaces kept, and -1: every sheet to its own file NAME-SHEET.csv
   * (LibreOffice 7.2 and later; 7.4 is Debian bookworm's).
   */
  static final String CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  private LibreOffice() {}

  /** soffice on PATH, under the names Debian and LibreOffice's own packages give it. */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Converts every sheet of {@code workbook} to {@code folder/STEM-SHEET.csv}. The profile folder is this run's
   * own, so that parallel runs (and a user's open LibreOffice) do not share a lock.
   */
  static void convertEverySheet(Path binary, Path workbook, Path folder, Path profile) throws IOException,
      InterruptedException {
    Path log = Files.createTempFile(profile.getParent(), "soffice", ".log");
    Process process = new ProcessBuilder(binary.toString(), "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore", "--convert-to", CSV_EVERY_SHEET, "--outdir", folder.toString(),
        workbook.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException("soffice did not finish within " + TIMEOUT + "; its output: "
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("soffice exited with " + process.exitValue() + "; its output: "
          + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  static String version(Path binary) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    process.waitFor(30, TimeUnit.SECONDS);
    return out;
  }
}
