package org.corpusstats.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Entity;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Section;
import org.corpusstats.extract.Sentence;
import org.corpusstats.stats.CorpusSection;

/**
 * Where each of the top entities is mentioned, as AntConc's concordance plot shows it: one mark per mention at its
 * position through the corpus, 0 to 100 percent of the characters, the documents laid end to end in corpus order.
 * Section starts are numbered by {@link CorpusSection}, which numbers dispersion.csv's and sections.csv's
 * ({@code section_1}, {@code section_2}, ...).
 */
public record DispersionData(List<Row> rows, List<Boundary> sections, List<Boundary> documents) {

  public DispersionData {
    rows = List.copyOf(rows);
    sections = List.copyOf(sections);
    documents = List.copyOf(documents);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** @param positions percent of the corpus's characters before each mention, in text order */
  public record Row(String entity, String type, List<Double> positions) {
    public Row {
      positions = List.copyOf(positions);
    }
  }

  /** @param position percent of the corpus's characters before the boundary */
  public record Boundary(double position, String label, String title) {}

  /** The {@code limit} entities with most mentions (ties kept in the entity list's rank order). */
  public static DispersionData of(CorpusAnalysis corpus, int limit) {
    List<Entity> top = corpus.entities().stream()
        .sorted(Comparator.comparingInt(Entity::mentions).reversed())
        .limit(limit)
        .toList();
    long total = corpus.documents().stream().mapToLong(d -> d.text().length()).sum();
    List<List<Double>> positions = new ArrayList<>();
    top.forEach(e -> positions.add(new ArrayList<>()));
    List<Boundary> sections = new ArrayList<>();
    List<Boundary> documents = new ArrayList<>();
    List<CorpusSection> numbered = CorpusSection.of(corpus);
    long offset = 0;
    for (int slot = 0; slot < corpus.documents().size(); slot++) {
      DocumentAnalysis document = corpus.documents().get(slot);
      documents.add(new Boundary(percent(offset, total), document.document(), document.title()));
      for (CorpusSection section : numbered) {
        if (section.documentSlot() == slot) {
          sections.add(new Boundary(percent(offset + start(document, section.index()), total),
              "§" + section.number(), section.title()));
        }
      }
      List<Mention> mentions = document.mentions().stream().sorted(Comparator.comparingInt(Mention::charBegin))
          .toList();
      for (Mention mention : mentions) {
        for (int i = 0; i < top.size(); i++) {
          Entity entity = top.get(i);
          if (entity.name().equals(mention.entity()) && entity.type().equals(mention.type())) {
            positions.get(i).add(percent(offset + mention.charBegin(), total));
          }
        }
      }
      offset += document.text().length();
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      rows.add(new Row(top.get(i).name(), top.get(i).type(), positions.get(i)));
    }
    return new DispersionData(rows, sections, documents);
  }

  /** Where a section begins; a section that only its sentences name begins with the first of them. */
  private static int start(DocumentAnalysis document, int index) {
    return document.sections().stream().filter(s -> s.index() == index).mapToInt(Section::charBegin).findFirst()
        .orElseGet(() -> document.sentences().stream().filter(s -> s.sectionIndex() == index)
            .mapToInt(Sentence::charBegin).min().orElse(0));
  }

  private static double percent(long position, long total) {
    return total == 0 ? 0 : 100.0 * position / total;
  }
}
