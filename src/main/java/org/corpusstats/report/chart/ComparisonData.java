package org.corpusstats.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Entity;
import org.corpusstats.extract.Mention;
import org.corpusstats.report.EntityYears;
import org.corpusstats.report.ReportData;
import org.corpusstats.stats.Statistics;

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

  /**
   * Sentences dated to each year that mention each of the {@code limit} persons with most such sentences; only
   * years with at least one are columns, in order.
   */
  public static GridData personsByYear(ReportData data, int limit) {
    Map<String, Map<Integer, Long>> byPerson = new LinkedHashMap<>();
    for (EntityYears.EntityYear row : data.entityYears()) {
      if (row.type().equals("PERSON")) {
        byPerson.computeIfAbsent(row.entity(), k -> new LinkedHashMap<>())
            .merge(row.year(), row.sentences(), Long::sum);
      }
    }
    List<String> persons = new ArrayList<>(byPerson.keySet());
    // Stable: equal totals keep the table's order, which is entities.csv's.
    persons.sort(Comparator.comparingLong(p -> -byPerson.get(p).values().stream().mapToLong(Long::longValue).sum()));
    persons = persons.subList(0, Math.min(limit, persons.size()));
    TreeSet<Integer> years = new TreeSet<>();
    persons.forEach(p -> years.addAll(byPerson.get(p).keySet()));
    List<Integer> columns = new ArrayList<>(years);
    List<List<Integer>> counts = GridData.blank(persons.size(), columns.size());
    for (int i = 0; i < persons.size(); i++) {
      for (Map.Entry<Integer, Long> e : byPerson.get(persons.get(i)).entrySet()) {
        counts.get(i).set(columns.indexOf(e.getKey()), Math.toIntExact(e.getValue()));
      }
    }
    return new GridData(persons, columns.stream().map(String::valueOf).toList(), counts);
  }

  /** Mentions of the {@code limit} most mentioned entities in each part, parts in corpus order. */
  public static GridData entitiesByPart(ReportData data, int limit) {
    List<String> entities = new ArrayList<>();
    for (Entity entity : ChartData.largestFirst(data.corpus().entities(), Entity::mentions, Integer.MAX_VALUE)) {
      if (entities.size() < limit && !entities.contains(entity.name())) {
        entities.add(entity.name());
      }
    }
    Map<String, Map<String, Integer>> perPart = new LinkedHashMap<>();
    for (DocumentAnalysis document : data.corpus().documents()) {
      for (Mention mention : document.mentions()) {
        String part = data.severalDocuments() ? mention.document() : mention.section();
        Map<String, Integer> counts = perPart.computeIfAbsent(part, k -> new LinkedHashMap<>());
        if (entities.contains(mention.entity())) {
          counts.merge(mention.entity(), 1, Integer::sum);
        }
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
  public static List<PartKeywords> keywordsByPart(ReportData data, int perPart, int maxParts) {
    String comparison = data.severalDocuments() ? "document" : "section";
    Map<String, List<Statistics.Keyword>> byPart = new LinkedHashMap<>();
    for (Statistics.Keyword keyword : data.statistics().keywords()) {
      if (keyword.comparison().equals(comparison) && keyword.positive() && keyword.rank() <= perPart) {
        String part = comparison.equals("document") ? keyword.document() : keyword.target();
        byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(keyword);
      }
    }
    List<PartKeywords> result = new ArrayList<>();
    for (Map.Entry<String, List<Statistics.Keyword>> e : byPart.entrySet()) {
      if (result.size() == maxParts) {
        break;
      }
      result.add(new PartKeywords(e.getKey(), e.getValue().stream().map(Statistics.Keyword::term).toList(),
          e.getValue().stream().map(Statistics.Keyword::logRatio).toList()));
    }
    return result;
  }
}
