package org.corpusstats.stats;

/**
 * A section numbered across the corpus: documents in corpus order, sections by index inside each, so the first
 * section of the second document follows the last of the first.
 *
 * @param number       1-based; the {@code section_<number>} column of dispersion.csv
 * @param documentSlot position of the document in the corpus (document names are not assumed unique)
 * @param index        the section index within its document: 0 for the text under the title, then 1, 2, ...
 */
record CorpusSection(int number, int documentSlot, String document, int index, String title) {

  String column() {
    return "section_" + number;
  }
}
