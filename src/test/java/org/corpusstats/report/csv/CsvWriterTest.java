package org.corpusstats.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

  @Test
  void theDefaultDialectWritesCommasAndADecimalPointExactlyAsBefore() throws IOException {
    CsvTable table = CsvTable.builder("t.csv", "term", "share").row("a; b", 0.5).row("c", 2).build();

    Path plain = new CsvWriter(false).write(folder.resolve("plain"), table);
    Path dialect = new CsvWriter(false, CsvDialect.DEFAULT).write(folder.resolve("dialect"), table);

    assertThat(Files.readString(plain)).isEqualTo("term,share\r\na; b,0.5\r\nc,2\r\n");
    assertThat(Files.readAllBytes(dialect)).isEqualTo(Files.readAllBytes(plain));
  }

  @Test
  void aSemicolonDelimiterWritesADecimalCommaAndQuotesTextHoldingASemicolon() throws IOException {
    CsvTable table = CsvTable.builder("t.csv", "term", "share", "count").row("a; b", 0.5, 3)
        .row("c, d", 1.0 / 3, 1200000).build();

    Path file = new CsvWriter(false, new CsvDialect(';', ',')).write(folder, table);

    assertThat(Files.readString(file))
        .isEqualTo("term;share;count\r\n\"a; b\";0,5;3\r\nc, d;0,333333;1200000\r\n");
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').get()
        .parse(Files.newBufferedReader(file)).getRecords();
    assertThat(records.get(1).values()).containsExactly("a; b", "0,5", "3");
  }

  @Test
  void aTabDelimiterKeepsTheDecimalPointUnlessTold() throws IOException {
    CsvTable table = CsvTable.builder("t.csv", "term", "share").row("a\tb", 0.25).build();

    Path point = new CsvWriter(false, CsvDialect.withUsualDecimal('\t')).write(folder.resolve("point"), table);
    Path comma = new CsvWriter(false, new CsvDialect('\t', ',')).write(folder.resolve("comma"), table);

    assertThat(Files.readString(point)).isEqualTo("term\tshare\r\n\"a\tb\"\t0.25\r\n");
    assertThat(Files.readString(comma)).endsWith("\t0,25\r\n");
  }

  @Test
  void aDialectRefusesAnUnknownMarkOrADecimalCommaBetweenCommas() {
    assertThat(CsvDialect.withUsualDecimal(';')).isEqualTo(new CsvDialect(';', ','));
    assertThat(CsvDialect.withUsualDecimal(',')).isEqualTo(CsvDialect.DEFAULT);
    assertThatIllegalArgumentException().isThrownBy(() -> new CsvDialect('|', '.'))
        .withMessageContaining("'|'").withMessageContaining("tab");
    assertThatIllegalArgumentException().isThrownBy(() -> new CsvDialect(',', ','))
        .withMessageContaining("';' or tab");
  }

  private static List<CSVRecord> parse(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.read(); // the BOM
      return CSVFormat.RFC4180.parse(reader).getRecords();
    }
  }
}
