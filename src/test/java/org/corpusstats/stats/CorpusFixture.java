package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DateRef;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Figure;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Quote;
import org.corpusstats.extract.Section;
import org.corpusstats.extract.Sentence;
import org.corpusstats.extract.Token;

/**
 * Tiny annotated documents without CoreNLP. A sentence is written as space-separated tokens, each {@code word},
 * {@code word/POS} or {@code word/POS/lemma}; without a tag, punctuation gets ".", digits "CD", a capitalised word
 * "NNP" and anything else "NN"; the lemma defaults to the word. Entities are declared by surface form and become
 * mentions wherever their tokens occur.
 */
final class CorpusFixture {

  private final String name;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<String[]> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private int sectionIndex = 0;
  private String sectionTitle = "";
  private int sectionBegin = 0;
  private int paragraph = 1;
  private boolean paragraphOpen = false;

  private CorpusFixture(String name) {
    this.name = name;
  }

  static CorpusFixture document(String name) {
    return new CorpusFixture(name);
  }

  static CorpusAnalysis corpus(DocumentAnalysis... documents) {
    return new CorpusAnalysis(List.of(documents), List.of());
  }

  CorpusFixture entity(String surface, String canonical, String type) {
    entities.add(new String[] {surface, canonical, type});
    return this;
  }

  /** The title line: a heading in section 0. */
  CorpusFixture title(String tokens) {
    sectionTitle = words(tokens);
    add(tokens, true);
    paragraph();
    return this;
  }

  /** Starts the next section with its heading line. */
  CorpusFixture heading(String tokens) {
    closeSection();
    paragraph();
    sectionIndex++;
    sectionTitle = words(tokens);
    add(tokens, true);
    paragraph();
    return this;
  }

  CorpusFixture sentence(String tokens) {
    add(tokens, false);
    return this;
  }

  CorpusFixture paragraph() {
    if (paragraphOpen) {
      paragraph++;
      text.append("\n\n");
      paragraphOpen = false;
    }
    return this;
  }

  CorpusFixture quote(String kind) {
    quotes.add(new Quote(name, 1, 0, 1, 1, org.corpusstats.extract.QuoteKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), 0, "", "", "", ""));
    return this;
  }

  DocumentAnalysis build() {
    closeSection();
    List<Mention> mentions = new ArrayList<>();
    // Longest surface first, and no token in two mentions: "Stalin" inside "Joseph Stalin" is not a second mention.
    List<String[]> longestFirst = new ArrayList<>(entities);
    longestFirst.sort(Comparator.comparingInt((String[] e) -> -e[0].split(" ").length));
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      boolean[] taken = new boolean[tokens.size()];
      for (String[] entity : longestFirst) {
        String[] surface = entity[0].split(" ");
        for (int begin = 0; begin + surface.length <= tokens.size(); begin++) {
          if (matches(tokens, begin, surface, taken)) {
            int end = begin + surface.length;
            Arrays.fill(taken, begin, end, true);
            int charBegin = tokens.get(begin).charBegin();
            int charEnd = tokens.get(end - 1).charEnd();
            mentions.add(new Mention(name, sentence.index(), sentence.sectionIndex(), sentence.section(),
                sentence.paragraph(), charBegin, charEnd, text.substring(charBegin, charEnd), entity[2], entity[1],
                begin, end));
          }
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::charBegin));
    String title = sections.isEmpty() ? "" : sections.get(0).title();
    return new DocumentAnalysis(name, text.toString(), title, sections, paragraph, sentences, mentions,
        List.<DateRef>of(), List.<Figure>of(), quotes);
  }

  private static boolean matches(List<Token> tokens, int begin, String[] surface, boolean[] taken) {
    for (int i = 0; i < surface.length; i++) {
      if (taken[begin + i] || !tokens.get(begin + i).text().equals(surface[i])) {
        return false;
      }
    }
    return true;
  }

  private void closeSection() {
    if (sections.stream().noneMatch(s -> s.index() == sectionIndex)) {
      sections.add(new Section(name, sectionIndex, sectionTitle, sectionBegin, text.length()));
    }
    sectionBegin = text.length();
  }

  private void add(String spec, boolean heading) {
    if (paragraphOpen) {
      text.append(' ');
    }
    paragraphOpen = true;
    int sentenceBegin = text.length();
    List<Token> tokens = new ArrayList<>();
    for (String part : spec.trim().split(" +")) {
      String[] fields = part.split("/", -1);
      String word = fields[0];
      String pos = fields.length > 1 && !fields[1].isEmpty() ? fields[1] : defaultPos(word);
      String lemma = fields.length > 2 ? fields[2] : word;
      // A clitic is written against its word, as in "Stalin's", where CoreNLP splits it off.
      if (!tokens.isEmpty() && !word.startsWith("'") && !word.startsWith("’")) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), word, lemma, pos, "O", begin, text.length()));
    }
    sentences.add(new Sentence(name, sentences.size() + 1, sectionIndex, sectionTitle, paragraph, sentenceBegin,
        text.length(), heading, tokens));
  }

  private static String words(String spec) {
    StringBuilder title = new StringBuilder();
    for (String part : spec.trim().split(" +")) {
      title.append(title.length() == 0 ? "" : " ").append(part.split("/")[0]);
    }
    return title.toString();
  }

  private static String defaultPos(String word) {
    if (!word.codePoints().anyMatch(Character::isLetterOrDigit)) {
      return ".";
    }
    if (word.chars().allMatch(Character::isDigit)) {
      return "CD";
    }
    return Character.isUpperCase(word.codePointAt(0)) ? "NNP" : "NN";
  }
}
