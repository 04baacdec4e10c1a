package org.corpusstats.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.corpusstats.report.chart.OutputTables.Row;

/**
 * What the comparison charts plot: who is active when (entity_years.csv), the top entities part by part
 * (mentions.csv) and each part's keywords (keywords.csv). A part is a document when the corpus has several, else a
 * section of the one document, so that a single chapter gets the same charts, section by section.
 */
public final class ComparisonData {

  /** A part of the corpus and its strongest positive keywords, strongest first. */
  public record PartKeywords(String part, List<String> terms, List<Double> logRatios) {
    public PartKeywords {
      terms = List.copyOf(terms);
      logRatios = List.copyOf(logRatios);
    }
  }

  private ComparisonData() {}

  /** Whether parts are documents (several in the corpus) or the sections of one. */
  public static boolean byDocument(OutputTables tables) {
    return tables.rows("mentions.csv").stream().map(row -> row.text("document")).distinct().count() > 1;
  }

  /**
   * Sentences dated to each year that mention each of the {@code limit} persons with most such sentences; only
   * years with at least one are columns, in order.
   */
  public static GridData personsByYear(OutputTables tables, int limit) {
    Map<String, Map<Integer, Integer>> byPerson = new LinkedHashMap<>();
    for (Row row : tables.rows("entity_years.csv")) {
      if (row.text("type").equals("PERSON") && row.integer("year") != null) {
        byPerson.computeIfAbsent(row.text("entity"), k -> new LinkedHashMap<>())
            .merge(row.integer("year"), row.integer("sentences"), Integer::sum);
      }
    }
    List<String> persons = new ArrayList<>(byPerson.keySet());
    // Stable: equal totals keep the table's order, which is entities.csv's.
    persons.sort(Comparator.comparingInt(p -> -byPerson.get(p).values().stream().mapToInt(Integer::intValue).sum()));
    persons = persons.subList(0, Math.min(limit, persons.size()));
    TreeSet<Integer> years = new TreeSet<>();
    persons.forEach(p -> years.addAll(byPerson.get(p).keySet()));
    List<Integer> columns = new ArrayList<>(years);
    List<List<Integer>> counts = GridData.blank(persons.size(), columns.size());
    for (int i = 0; i < persons.size(); i++) {
      for (Map.Entry<Integer, Integer> e : byPerson.get(persons.get(i)).entrySet()) {
        counts.get(i).set(columns.indexOf(e.getKey()), e.getValue());
      }
    }
    return new GridData(persons, columns.stream().map(String::valueOf).toList(), counts);
  }

  /** Mentions of the {@code limit} most mentioned entities (entities.csv) in each part, parts in corpus order. */
  public static GridData entitiesByPart(OutputTables tables, int limit) {
    boolean byDocument = byDocument(tables);
    List<Row> ranked = new ArrayList<>(tables.rows("entities.csv"));
    ranked.sort(Comparator.comparingInt((Row row) -> -row.integer("mentions")));
    List<String> entities = new ArrayList<>();
    for (Row row : ranked) {
      String label = row.text("entity");
      if (entities.size() < limit && !entities.contains(label)) {
        entities.add(label);
      }
    }
    Map<String, Map<String, Integer>> perPart = new LinkedHashMap<>();
    for (Row row : tables.rows("mentions.csv")) {
      String part = byDocument ? row.text("document") : row.text("section");
      Map<String, Integer> counts = perPart.computeIfAbsent(part, k -> new LinkedHashMap<>());
      if (entities.contains(row.text("entity"))) {
        counts.merge(row.text("entity"), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>(perPart.keySet());
    List<List<Integer>> counts = GridData.blank(entities.size(), parts.size());
    for (int j = 0; j < parts.size(); j++) {
      for (Map.Entry<String, Integer> e : perPart.get(parts.get(j)).entrySet()) {
        counts.get(entities.indexOf(e.getKey())).set(j, e.getValue());
      }
    }
    return new GridData(entities, parts, counts);
  }

  /**
   * The {@code perPart} strongest positive keywords of each document against the rest of the corpus (several
   * documents) or of each section against the rest of its document (one document), for the first {@code maxParts}
   * parts that have any.
   */
  public static List<PartKeywords> keywordsByPart(OutputTables tables, int perPart, int maxParts) {
    String comparison = byDocument(tables) ? "document" : "section";
    Map<String, List<Row>> byPart = new LinkedHashMap<>();
    for (Row row : tables.rows("keywords.csv")) {
      if (row.text("comparison").equals(comparison) && row.text("direction").equals("positive")
          && row.integer("rank") <= perPart) {
        String part = comparison.equals("document") ? row.text("document") : row.text("target");
        byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(row);
      }
    }
    List<PartKeywords> result = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : byPart.entrySet()) {
      if (result.size() == maxParts) {
        break;
      }
      result.add(new PartKeywords(e.getKey(), e.getValue().stream().map(r -> r.text("term")).toList(),
          e.getValue().stream().map(r -> r.number("log_ratio")).toList()));
    }
    return result;
  }
}
