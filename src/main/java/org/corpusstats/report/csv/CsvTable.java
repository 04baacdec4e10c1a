package org.corpusstats.report.csv;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table ready to be written: a file name, a header and rows of cells. Cells are {@link String}, {@link Number},
 * {@link Boolean} or null (an empty cell); numbers are written as numbers, never neutralised as text.
 */
public record CsvTable(String fileName, List<String> header, List<List<Object>> rows) implements Serializable {

  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    for (List<Object> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(fileName + ": row has " + row.size() + " cells, header has "
            + header.size() + ": " + row);
      }
    }
  }

  public static Builder builder(String fileName, String... header) {
    return new Builder(fileName, List.of(header));
  }

  public static final class Builder {
    private final String fileName;
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String fileName, List<String> header) {
      this.fileName = fileName;
      this.header = header;
    }

    public Builder row(Object... cells) {
      // Arrays.asList keeps nulls, which List.of would reject: a null is an empty cell.
      rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))));
      return this;
    }

    public CsvTable build() {
      return new CsvTable(fileName, header, rows);
    }
  }
}
