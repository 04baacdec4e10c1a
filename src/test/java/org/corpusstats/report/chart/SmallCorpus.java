package org.corpusstats.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DateRef;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Entity;
import org.corpusstats.extract.Figure;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Quote;
import org.corpusstats.extract.Section;
import org.corpusstats.extract.Sentence;
import org.corpusstats.extract.Token;
import org.corpusstats.report.ExtractionTables;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.stats.StatisticsStage;
import org.corpusstats.stats.StatsOptions;

/**
 * A chapter of ten sentences under three headings, annotated by hand (no CoreNLP): persons, a party, places, an
 * ideology, years with gaps between them, two figures, quotes with and without a speaker, and text that must be
 * escaped in HTML. Counts the tests rely on: Trotsky 7 mentions, Stalin 5, Lenin 3; Stalin and Trotsky share 4
 * sentences, Lenin and Trotsky 2, Lenin and Stalin 1 (below the default minimum count, so not in
 * cooccurrence.csv); years 1917, 1923 (twice), 1927 (once dated, once inferred).
 */
public final class SmallCorpus {

  public static final String DOCUMENT = "chapter.txt";

  private static final Map<String, String[]> ENTITIES = new LinkedHashMap<>();

  static {
    ENTITIES.put("Communist Party", new String[] {"Communist Party", "ORGANIZATION"});
    ENTITIES.put("Stalin", new String[] {"Joseph Stalin", "PERSON"});
    ENTITIES.put("Trotsky", new String[] {"Leon Trotsky", "PERSON"});
    ENTITIES.put("Lenin", new String[] {"Lenin", "PERSON"});
    ENTITIES.put("Moscow", new String[] {"Moscow", "CITY"});
    ENTITIES.put("Russia", new String[] {"Russia", "COUNTRY"});
    ENTITIES.put("socialism", new String[] {"socialism", "IDEOLOGY"});
  }

  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<DateRef> dates = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private int section = -1;
  private String sectionTitle = "";
  private int sectionBegin = 0;

  private SmallCorpus() {}

  public static CorpusAnalysis corpus() {
    SmallCorpus c = new SmallCorpus();
    c.heading("The Rise");
    c.sentence("Stalin and Trotsky argued in Moscow in 1923 .");
    c.sentence("Trotsky wrote that socialism needed democracy .");
    c.heading("Exile");
    c.sentence("Stalin exiled Trotsky from Russia in 1927 .");
    c.sentence("That year Trotsky left .");
    c.date("That year", 1927, true);
    c.sentence("Lenin and Trotsky led the Communist Party in 1917 .");
    c.sentence("Stalin and Trotsky disagreed about socialism .");
    c.sentence("Output fell 40 % in 1923 , said Lenin .");
    c.figure("40 %", "percent", 40, "output", 1923);
    c.heading("Legacy");
    c.sentence("Lenin praised Trotsky , who called Stalin “ a bureaucratic caste ” .");
    c.quote("“ a bureaucratic caste ”", "quotation", "Leon Trotsky", "PERSON");
    c.sentence("Someone wrote “ <script>alert(1)</script> & Co ” to a thousand members .");
    c.quote("“ <script>alert(1)</script> & Co ”", "quotation", "", "");
    c.figure("thousand", "count", 1000, "members", null);
    c.sentence("Stalin called it “ socialism in one country ” .");
    c.quote("“ socialism in one country ”", "term", "Joseph Stalin", "PERSON");
    c.sentence("Collective farms failed .");
    c.sentence("Collective farms grew .");
    return c.build();
  }

  /** What the report draws from {@link #corpus()}, with the statistics stage's defaults. */
  public static org.corpusstats.report.ReportData data(CorpusAnalysis corpus) {
    return org.corpusstats.report.ReportData.of(corpus, new StatisticsStage(StatsOptions.defaults()).results(corpus));
  }

  /** The tables the pipeline computes from {@link #corpus()}, with the statistics stage's defaults. */
  public static List<CsvTable> tables(CorpusAnalysis corpus) {
    List<CsvTable> tables = new ArrayList<>(ExtractionTables.all(corpus));
    tables.addAll(new StatisticsStage(StatsOptions.defaults()).tables(corpus));
    return tables;
  }

  private void heading(String title) {
    closeSection();
    section++;
    sectionTitle = title;
    add(title, true);
  }

  private void sentence(String spec) {
    add(spec, false);
  }

  private void add(String spec, boolean heading) {
    if (text.length() > 0) {
      text.append(heading ? "\n\n" : " ");
    }
    int begin = text.length();
    List<Token> tokens = new ArrayList<>();
    for (String word : spec.split(" ")) {
      if (!tokens.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      String pos = word.matches("\\d+") ? "CD" : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(java.util.Locale.ROOT), pos, "O", start,
          text.length()));
    }
    int index = sentences.size() + 1;
    sentences.add(new Sentence(DOCUMENT, index, section, sectionTitle, section + 1, begin, text.length(), heading,
        tokens));
    for (Token token : tokens) {
      if (token.text().matches("1[89]\\d\\d")) {
        int year = Integer.parseInt(token.text());
        dates.add(new DateRef(DOCUMENT, index, token.charBegin(), token.charEnd(), token.text(), "DATE",
            token.text(), token.text(), List.of(year), null, false));
      }
    }
    for (Map.Entry<String, String[]> entity : ENTITIES.entrySet()) {
      String[] surface = entity.getKey().split(" ");
      for (int i = 0; i + surface.length <= tokens.size(); i++) {
        boolean match = true;
        for (int k = 0; k < surface.length; k++) {
          match &= tokens.get(i + k).text().equals(surface[k]);
        }
        if (match) {
          Token first = tokens.get(i);
          Token last = tokens.get(i + surface.length - 1);
          mentions.add(new Mention(DOCUMENT, index, section, sectionTitle, section + 1, first.charBegin(),
              last.charEnd(), entity.getKey(), entity.getValue()[1], entity.getValue()[0], i, i + surface.length));
        }
      }
    }
  }

  private Sentence last() {
    return sentences.get(sentences.size() - 1);
  }

  private int find(String surface) {
    int at = text.indexOf(surface, last().charBegin());
    if (at < 0) {
      at = text.lastIndexOf(surface);
    }
    return at;
  }

  private void date(String surface, int year, boolean inferred) {
    int at = find(surface);
    dates.add(new DateRef(DOCUMENT, last().index(), at, at + surface.length(), surface, "DATE", "THIS P1Y",
        Integer.toString(year), List.of(year), null, inferred));
  }

  private void figure(String surface, String kind, double value, String unit, Integer year) {
    int at = find(surface);
    figures.add(new Figure(DOCUMENT, last().index(), at, at + surface.length(), surface,
        org.corpusstats.extract.FigureKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), value, "", unit, "",
        "", "", "", year, text.substring(last().charBegin(), last().charEnd())));
  }

  private void quote(String surface, String kind, String speaker, String speakerType) {
    int at = find(surface);
    quotes.add(new Quote(DOCUMENT, last().index(), at, at + surface.length(), surface.split(" ").length - 2,
        org.corpusstats.extract.QuoteKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
        0, speaker, speakerType, speaker.isEmpty() ? "" : speaker + " said [same sentence]", surface));
  }

  private void closeSection() {
    if (section >= 0) {
      sections.add(new Section(DOCUMENT, section, sectionTitle, sectionBegin, text.length()));
    }
    sectionBegin = text.length() == 0 ? 0 : text.length() + 2;
  }

  private CorpusAnalysis build() {
    closeSection();
    mentions.sort(Comparator.comparingInt(Mention::charBegin));
    DocumentAnalysis document = new DocumentAnalysis(DOCUMENT, text.toString(), "The Rise", sections, section + 1,
        sentences, mentions, dates, figures, quotes);
    Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
    mentions.forEach(m -> byEntity.computeIfAbsent(m.entity(), e -> new ArrayList<>()).add(m));
    List<Entity> entities = new ArrayList<>();
    byEntity.forEach((name, list) -> {
      TreeSet<String> aliases = new TreeSet<>();
      list.stream().map(Mention::text).filter(t -> !t.equals(name)).forEach(aliases::add);
      entities.add(new Entity(name, list.get(0).type(), list.size(), 1, List.copyOf(aliases)));
    });
    entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
    return new CorpusAnalysis(List.of(document), entities);
  }
}
