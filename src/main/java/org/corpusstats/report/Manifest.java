package org.corpusstats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.corpusstats.io.AtomicFiles;

/**
 * manifest.json: what went in (files and their SHA-256, options), what ran (tool, CoreNLP and Java versions),
 * how long each stage took, what came out (row counts) and what was dropped as page furniture. Timings live only
 * here, so the tables themselves stay byte-identical from run to run.
 */
public final class Manifest {

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private final Map<String, Integer> rows = new LinkedHashMap<>();
  private final List<String> outputs = new java.util.ArrayList<>();

  public Manifest(String version) {
    root.put("tool", "corpus-stats");
    root.put("version", version);
  }

  public Manifest put(String key, Object value) {
    root.put(key, value);
    return this;
  }

  public void timing(String stage, long millis) {
    timings.merge(stage, millis, Long::sum);
  }

  public void rows(String file, int count) {
    rows.put(file, count);
    outputs.add(file);
  }

  /** A file written besides the tables: a chart, a network, the report. */
  public void output(String relativePath) {
    outputs.add(relativePath);
  }

  public void write(Path folder) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>(root);
    out.put("timings_ms", timings);
    out.put("rows", rows);
    out.put("outputs", List.copyOf(outputs));
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    AtomicFiles.writeString(folder.resolve("manifest.json"), mapper.writeValueAsString(out) + "\n");
  }
}
