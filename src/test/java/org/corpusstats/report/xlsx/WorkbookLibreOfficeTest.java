package org.corpusstats.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.chart.SmallCorpus;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.report.csv.CsvWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens corpus-stats.xlsx in LibreOffice Calc, saves every sheet as CSV and compares each with the CSV file
 * corpus-stats writes for the same table: same rows, numbers equal as numbers, text equal as text (a formula-like
 * text comes back as the text, without the CSV's protective apostrophe). CI installs LibreOffice, so a missing
 * {@code soffice} fails the test unless {@code -Dcorpus-stats.skip-libreoffice=true} asks to skip it.
 */
@Tag("libreoffice")
final class WorkbookLibreOfficeTest {

  @TempDir
  Path folder;

  @Test
  @Timeout(300)
  void everySheetReadsInLibreOfficeAsTheCsvFileOfItsTable() throws Exception {
    Path soffice = soffice();
    CorpusAnalysis corpus = SmallCorpus.corpus();
    List<CsvTable> tables = new ArrayList<>(SmallCorpus.tables(corpus));
    CsvTable odd = WorkbookWriterTest.entities(); // formula-like text, a line break, NaN, booleans, a long
    tables.add(new CsvTable("odd-cells.csv", odd.header(), odd.rows()));
    tables.add(WorkbookWriterTest.words()); // a per-document name past 31 characters
    Path csv = Files.createDirectories(folder.resolve("csv"));
    CsvWriter writer = new CsvWriter(true);
    for (CsvTable table : tables) {
      writer.write(csv, table);
    }
    Path workbook = WorkbookWriter.write(folder, tables, message -> fail("unexpected warning: " + message));

    Path converted = Files.createDirectories(folder.resolve("converted"));
    LibreOffice.convertEverySheet(soffice, workbook, converted, folder.resolve("profile"));

    List<String> sheets = SheetNames.of(tables.stream().map(CsvTable::fileName).toList());
    try (var files = Files.list(converted)) {
      assertThat(files).as("one CSV per sheet from " + LibreOffice.version(soffice)).hasSize(tables.size());
    }
    for (int i = 0; i < tables.size(); i++) {
      String file = tables.get(i).fileName();
      List<CSVRecord> expected = read(csv.resolve(file), true);
      List<CSVRecord> actual = read(converted.resolve("corpus-stats-" + sheets.get(i) + ".csv"), false);
      assertThat(actual).as(file + ": rows").hasSameSizeAs(expected);
      for (int r = 0; r < expected.size(); r++) {
        for (int c = 0; c < expected.get(r).size(); c++) {
          String cell = c < actual.get(r).size() ? actual.get(r).get(c) : "";
          assertSameCell(file + " row " + (r + 1) + " column " + (c + 1), expected.get(r).get(c), cell);
        }
      }
    }
  }

  /** Numbers as numbers (0.5 and 0.50 agree), booleans ignoring case (TRUE), text exactly, guard removed. */
  private static void assertSameCell(String where, String csv, String calc) {
    Optional<BigDecimal> csvNumber = number(csv);
    Optional<BigDecimal> calcNumber = number(calc);
    if (csvNumber.isPresent() && calcNumber.isPresent()) {
      assertThat(calcNumber.get()).as(where).isEqualByComparingTo(csvNumber.get());
    } else if (csv.equals("true") || csv.equals("false")) {
      assertThat(calc).as(where).isEqualToIgnoringCase(csv);
    } else {
      assertThat(calc).as(where).isEqualTo(unguarded(csv));
    }
  }

  private static Optional<BigDecimal> number(String text) {
    try {
      return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The CSV's apostrophe before = + - @ tab or CR: a workbook's text cell needs none. */
  private static String unguarded(String text) {
    return text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0
        ? text.substring(1) : text;
  }

  private static List<CSVRecord> read(Path file, boolean byteOrderMark) throws IOException {
    assertThat(file).as("converted sheet").exists();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (byteOrderMark) {
        assertThat(reader.read()).isEqualTo('\uFEFF');
      }
      return CSVFormat.RFC4180.parse(reader).getRecords();
    }
  }

  private static Path soffice() {
    Optional<Path> binary = LibreOffice.find();
    if (binary.isEmpty()) {
      Assumptions.assumeFalse(Boolean.getBoolean(LibreOffice.SKIP_PROPERTY),
          "Skipped: no soffice on PATH, and -D" + LibreOffice.SKIP_PROPERTY + "=true asks to skip.");
      fail("no soffice on PATH: install Debian's libreoffice-calc-nogui (apt-get install -y --no-install-recommends "
          + "libreoffice-calc-nogui; .ci/run does), or skip this test with -D" + LibreOffice.SKIP_PROPERTY + "=true");
    }
    return binary.get();
  }
}
