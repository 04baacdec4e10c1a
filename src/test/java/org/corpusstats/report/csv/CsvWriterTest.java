package org.corpusstats.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CsvWriterTest {

  @TempDir
  Path folder;

  @Test
  void writesABomAHeaderOnceAndRoundTripsQuotesCommasAndNewlines() throws IOException {
    CsvTable table = CsvTable.builder("t.csv", "text", "count").row("Trotsky’s “caste”, he said\nthen", 3).build();

    Path file = new CsvWriter(true).write(folder, table);

    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    List<CSVRecord> records = parse(file);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get(0)).isEqualTo("text");
    assertThat(records.get(1).get(0)).isEqualTo("Trotsky’s “caste”, he said\nthen");
    assertThat(records.get(1).get(1)).isEqualTo("3");
  }

  @Test
  void omitsTheBomWhenAsked() throws IOException {
    Path file = new CsvWriter(false).write(folder, CsvTable.builder("t.csv", "a").row("x").build());

    assertThat(Files.readString(file)).startsWith("a\r\n");
  }

  @Test
  void neutralisesCellsASpreadsheetWouldRunAsFormulasButNotNumbers() {
    assertThat(CsvWriter.format("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvWriter.format("+1")).isEqualTo("'+1");
    assertThat(CsvWriter.format("-2")).isEqualTo("'-2");
    assertThat(CsvWriter.format("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.format("\tx")).isEqualTo("'\tx");
    assertThat(CsvWriter.format(-2.5)).isEqualTo("-2.5");
    assertThat(CsvWriter.format("– a dash")).isEqualTo("– a dash");
  }

  @Test
  void formatsNumbersTheSameWayEveryTime() {
    assertThat(CsvWriter.format(320000.0)).isEqualTo("320000");
    assertThat(CsvWriter.format(0.125)).isEqualTo("0.125");
    assertThat(CsvWriter.format(1.0 / 3)).isEqualTo("0.333333");
    assertThat(CsvWriter.format(Double.NaN)).isEmpty();
    assertThat(CsvWriter.format(null)).isEmpty();
    assertThat(CsvWriter.format(true)).isEqualTo("true");
  }

  private static List<CSVRecord> parse(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.read(); // the BOM
      return CSVFormat.RFC4180.parse(reader).getRecords();
    }
  }
}
