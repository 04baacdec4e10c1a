package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Section;
import org.corpusstats.extract.Sentence;

/**
 * A section numbered across the corpus: documents in corpus order, sections by index inside each, so the first
 * section of the second document follows the last of the first. {@link #number} is the only place that numbers
 * them: dispersion.csv's columns, sections.csv's {@code part} and the dispersion chart's §n labels all come from it.
 *
 * @param number       1-based; the {@code section_<number>} column of dispersion.csv
 * @param documentSlot position of the document in the corpus (document names are not assumed unique)
 * @param index        the section index within its document: 0 for the text under the title, then 1, 2, ...
 */
public record CorpusSection(int number, int documentSlot, String document, int index, String title) {

  /** The corpus's sections, numbered from the analysis records: for the report, which has no counts. */
  public static List<CorpusSection> of(CorpusAnalysis corpus) {
    SortedMap<Integer, Outline> outlines = new TreeMap<>();
    for (DocumentAnalysis document : corpus.documents()) {
      outlines.put(outlines.size(), Outline.of(document));
    }
    return number(outlines);
  }

  /** @param outlines every document's sections, keyed by the document's position in the corpus */
  static List<CorpusSection> number(SortedMap<Integer, Outline> outlines) {
    List<CorpusSection> numbered = new ArrayList<>();
    outlines.forEach((slot, outline) -> outline.titles().forEach((index, title) ->
        numbered.add(new CorpusSection(numbered.size() + 1, slot, outline.document(), index, title))));
    return numbered;
  }

  String column() {
    return "section_" + number;
  }

  /** One document's sections: their titles by section index. */
  record Outline(String document, SortedMap<Integer, String> titles) {

    Outline {
      titles = new TreeMap<>(titles);
    }

    /**
     * The document's sections and any other section index a sentence names, so that every sentence and mention
     * falls in a numbered section; a title from the section, else from its first sentence.
     */
    static Outline of(DocumentAnalysis document) {
      TreeMap<Integer, String> titles = new TreeMap<>();
      for (Section section : document.sections()) {
        titles.putIfAbsent(section.index(), section.title());
      }
      for (Sentence sentence : document.sentences()) {
        titles.putIfAbsent(sentence.sectionIndex(), sentence.section());
      }
      titles.replaceAll((index, title) -> title == null ? "" : title);
      return new Outline(document.document(), titles);
    }
  }
}
