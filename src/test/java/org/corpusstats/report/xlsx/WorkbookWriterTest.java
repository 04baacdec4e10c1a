package org.corpusstats.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.corpusstats.report.csv.CsvTable;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

final class WorkbookWriterTest {

  @TempDir
  Path folder;

  private final List<String> warnings = new ArrayList<>();

  @Test
  void everyTableIsASheetInOrderNamedAfterItsFile() throws Exception {
    Path file = WorkbookWriter.write(folder, List.of(entities(), words()), warnings::add);

    assertThat(file).isEqualTo(folder.resolve("corpus-stats.xlsx"));
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      assertThat(workbook.getSheets().map(Sheet::getName))
          .containsExactly("entities", "words.some-long-document-name-f");
      List<Row> rows = workbook.getSheet(0).orElseThrow().read();
      assertThat(rows).hasSize(4);
      assertThat(texts(rows.get(0))).containsExactly("entity", "mentions", "share", "person", "note");
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void numbersAreNumericCellsAndTextIsTextNeverAFormula() throws Exception {
    Path file = WorkbookWriter.write(folder, List.of(entities()), warnings::add);

    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      List<Row> rows = workbook.getFirstSheet().read();
      Row trotsky = rows.get(1);
      assertThat(types(trotsky)).containsExactly(CellType.STRING, CellType.NUMBER, CellType.NUMBER,
          CellType.BOOLEAN, CellType.STRING);
      assertThat(trotsky.getCell(1).asNumber()).isEqualByComparingTo("12");
      assertThat(trotsky.getCell(2).asNumber()).isEqualByComparingTo(new BigDecimal("0.333333"));
      assertThat(trotsky.getCell(3).asBoolean()).isTrue();
      assertThat(trotsky.getCell(4).asString()).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(trotsky.getCell(4).getFormula()).isNull();
      Row lenin = rows.get(2);
      assertThat(lenin.getCell(0).asString()).isEqualTo("Lenin, “Ilyich”\nsecond line");
      assertThat(lenin.getCell(1).asNumber()).isEqualByComparingTo("3000000000");
      assertThat(lenin.getCell(4).asString()).isEqualTo("-2 is text here");
    }
  }

  @Test
  void anUndefinedOrMissingNumberIsAnEmptyCell() throws Exception {
    Path file = WorkbookWriter.write(folder, List.of(entities()), warnings::add);

    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      Row stalin = workbook.getFirstSheet().read().get(3);
      assertThat(isEmpty(stalin, 1)).as("null").isTrue();
      assertThat(isEmpty(stalin, 2)).as("NaN").isTrue();
      assertThat(isEmpty(stalin, 3)).as("null boolean").isTrue();
    }
  }

  @Test
  void theHeaderRowIsFrozenAndFiltered() throws Exception {
    Path file = WorkbookWriter.write(folder, List.of(entities(), words()), warnings::add);

    Document first = sheetXml(file, 1);
    assertThat(xpath(first, "string(//*[local-name()='pane']/@state)")).isEqualTo("frozen");
    assertThat(xpath(first, "string(//*[local-name()='pane']/@ySplit)")).isEqualTo("1");
    assertThat(xpath(first, "string(//*[local-name()='autoFilter']/@ref)")).isEqualTo("A1:E4");
    assertThat(xpath(sheetXml(file, 2), "string(//*[local-name()='autoFilter']/@ref)")).isEqualTo("A1:B3");
  }

  @Test
  void columnsAreAsWideAsTheirContentWithinBounds() throws Exception {
    CsvTable table = CsvTable.builder("t.csv", "a", "long", "n").row("x", "y".repeat(500), 1).build();

    Document sheet = sheetXml(WorkbookWriter.write(folder, List.of(table), warnings::add), 1);

    double narrow = Double.parseDouble(xpath(sheet, "string(//*[local-name()='col'][@min='1']/@width)"));
    double wide = Double.parseDouble(xpath(sheet, "string(//*[local-name()='col'][@min='2']/@width)"));
    assertThat(narrow).isGreaterThanOrEqualTo(WorkbookWriter.MIN_WIDTH).isLessThan(wide);
    assertThat(wide).isLessThanOrEqualTo(WorkbookWriter.MAX_WIDTH + 1);
  }

  @Test
  void textPastExcelsCellLimitIsCutWithAWarning() throws Exception {
    String huge = "x".repeat(WorkbookWriter.MAX_TEXT + 10);
    CsvTable table = CsvTable.builder("quotes.csv", "text").row(huge).row("short").build();

    Path file = WorkbookWriter.write(folder, List.of(table), warnings::add);

    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      assertThat(workbook.getFirstSheet().read().get(1).getCell(0).asString()).hasSize(WorkbookWriter.MAX_TEXT);
    }
    assertThat(warnings).singleElement().asString().contains("'quotes'", "quotes.csv", "1 text cell");
  }

  @Test
  void theWorkbookIsWrittenAtomicallyLeavingNoTemporaryFile() throws Exception {
    WorkbookWriter.write(folder, List.of(words()), warnings::add);
    WorkbookWriter.write(folder, List.of(words()), warnings::add);

    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("corpus-stats.xlsx");
    }
  }

  static CsvTable entities() {
    return CsvTable.builder("entities.csv", "entity", "mentions", "share", "person", "note")
        .row("Trotsky", 12, 1.0 / 3, true, "=HYPERLINK(\"http://x\")")
        .row("Lenin, “Ilyich”\nsecond line", 3_000_000_000L, 0.5, false, "-2 is text here")
        .row("Stalin", null, Double.NaN, null, "")
        .build();
  }

  static CsvTable words() {
    return CsvTable.builder("words.some-long-document-name-for-chapter-one.csv", "term", "count")
        .row("party", 40).row("caste", 2).build();
  }

  private static List<String> texts(Row row) {
    return row.stream().map(Cell::getText).toList();
  }

  private static List<CellType> types(Row row) {
    return row.stream().map(Cell::getType).toList();
  }

  private static boolean isEmpty(Row row, int column) {
    return row.getOptionalCell(column).map(cell -> cell.getType() == CellType.EMPTY).orElse(true);
  }

  /** The worksheet's own XML, read with the JDK: the reader does not expose panes and filters. */
  private static Document sheetXml(Path workbook, int sheet) throws Exception {
    try (ZipFile zip = new ZipFile(workbook.toFile());
         InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + sheet + ".xml"))) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static String xpath(Document document, String expression) throws Exception {
    return (String) XPathFactory.newInstance().newXPath().evaluate(expression, document, XPathConstants.STRING);
  }
}
