package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.corpusstats.input.DocumentLayout;
import org.corpusstats.input.SourceDocument;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * CoreNLP's annotation in, plain records out: sentences, mentions, dates, figures and quotations per document,
 * then one canonical entity per referent across the corpus.
 */
public final class Extractor {

  /** @param chunks CoreNLP's annotation of the document, chunk by chunk in text order */
  public DocumentExtraction extract(SourceDocument source, DocumentLayout layout, List<CoreDocument> chunks) {
    AnnotatedText doc = new AnnotatedText(source, layout, chunks);
    MentionExtractor.Result mentions = new MentionExtractor().extract(doc);
    List<Figure> undated = new FigureExtractor().extract(doc);
    List<DateRef> dates = new DateExtractor().extract(doc, FigureExtractor.spans(undated));
    List<Figure> figures = FigureExtractor.withYears(undated, dates);
    List<Quote> quotes = new QuoteExtractor().extract(doc, mentions.mentions());
    List<Section> sections = sections(source, layout);
    int paragraphs = (int) layout.paragraphs().stream().filter(p -> !p.heading()).count();
    DocumentAnalysis analysis = new DocumentAnalysis(source.name(), source.text(), layout.title(), sections,
        paragraphs, doc.sentences, mentions.mentions().stream().map(RawMention::mention).toList(), dates,
        figures, quotes);
    return new DocumentExtraction(analysis, mentions.mentions(), mentions.stated(),
        NamesApart.apart(doc, mentions.mentions()), mentions.concepts(), mentions.roles());
  }

  /** One canonical entity per referent across all the documents, and each mention renamed to it. */
  public CorpusAnalysis resolve(List<DocumentExtraction> documents, EntityResolver resolver) {
    return corpus(documents, resolution(documents, resolver));
  }

  /** The resolved corpus: each document renamed, the entities with their roles, the concepts. */
  public static CorpusAnalysis corpus(List<DocumentExtraction> documents, EntityResolver.Resolution resolution) {
    List<DocumentAnalysis> resolved = new ArrayList<>();
    for (DocumentExtraction document : documents) {
      resolved.add(resolved(document, resolution));
    }
    return new CorpusAnalysis(resolved, withRoles(resolution, documents), concepts(documents));
  }

  /** concepts.csv's rows, from every document's concept mentions. */
  public static List<Concept> concepts(List<DocumentExtraction> documents) {
    List<ConceptMention> all = new ArrayList<>();
    documents.forEach(d -> all.addAll(d.concepts()));
    return Concepts.table(all);
  }

  /**
   * The entities with the titles the text gives them, most frequent first (ties: alphabetical), each written as
   * the corpus writes it most often.
   */
  public static List<Entity> withRoles(EntityResolver.Resolution resolution, List<DocumentExtraction> documents) {
    Map<String, Map<String, Map<String, Integer>>> byEntity = new HashMap<>();
    for (DocumentExtraction document : documents) {
      for (RoleMention role : document.roles()) {
        String name = resolution.canonicalName(role.personKey());
        if (name != null) {
          byEntity.computeIfAbsent(name, k -> new TreeMap<>())
              .computeIfAbsent(role.title().toLowerCase(Locale.ROOT), k -> new TreeMap<>())
              .merge(role.title(), 1, Integer::sum);
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Entity entity : resolution.entities()) {
      var titles = byEntity.get(entity.name());
      if (titles == null || !entity.type().equals("PERSON")) {
        entities.add(entity);
        continue;
      }
      List<String> keys = new ArrayList<>(titles.keySet());
      keys.sort(Comparator.comparingInt((String t) -> -total(titles.get(t))).thenComparing(t -> t));
      entities.add(entity.withRoles(keys.stream().map(t -> mostWritten(titles.get(t))).toList()));
    }
    return entities;
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String mostWritten(Map<String, Integer> written) {
    return written.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  /**
   * The canonical entity of every form, from the mentions and stated aliases of all the documents (their tokens
   * are not read, so documents {@link DocumentAnalysis#withoutTokens() without them} give the same resolution).
   */
  public EntityResolver.Resolution resolution(List<DocumentExtraction> documents, EntityResolver resolver) {
    List<RawMention> all = new ArrayList<>();
    List<EntityResolver.SameReferent> stated = new ArrayList<>();
    List<EntityResolver.SameReferent> apart = new ArrayList<>();
    for (DocumentExtraction document : documents) {
      all.addAll(document.mentions());
      stated.addAll(document.stated());
      apart.addAll(document.apart());
    }
    return resolver.resolve(all, stated, apart, resolver.links() ? vocabulary(documents) : Set.of());
  }

  /** Every word of the corpus's texts in lower case: what a Wikipedia link's other words are checked against. */
  static Set<String> vocabulary(List<DocumentExtraction> documents) {
    Set<String> words = new HashSet<>();
    for (DocumentExtraction document : documents) {
      for (String word : WORD_BREAK.split(document.analysis().text().toLowerCase(Locale.ROOT))) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return words;
  }

  /** What separates words for the vocabulary and for page titles alike: anything but letters and digits. */
  public static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The document with each mention and speaker renamed to its canonical entity, excluded ones dropped. */
  public static DocumentAnalysis resolved(DocumentExtraction document, EntityResolver.Resolution resolution) {
    DocumentAnalysis a = document.analysis();
    List<Mention> mentions = new ArrayList<>();
    for (RawMention raw : document.mentions()) {
      String name = resolution.canonicalName(raw.key());
      if (name != null) {
        mentions.add(raw.mention().withEntity(name, resolution.typeByName().get(name)));
      }
    }
    List<Quote> quotes = a.quotes().stream().map(q -> withCanonicalSpeaker(q, resolution)).toList();
    return new DocumentAnalysis(a.document(), a.text(), a.title(), a.sections(), a.paragraphs(), a.sentences(),
        mentions, a.dates(), a.figures(), quotes);
  }

  private static Quote withCanonicalSpeaker(Quote quote, EntityResolver.Resolution resolution) {
    if (quote.speaker().isEmpty()) {
      return quote;
    }
    String name = resolution.canonicalName(quote.speaker());
    if (name == null) {
      return quote;
    }
    return new Quote(quote.document(), quote.sentence(), quote.charBegin(), quote.charEnd(), quote.words(),
        quote.kind(), quote.depth(), name, resolution.typeByName().get(name), quote.evidence(), quote.text());
  }

  private static List<Section> sections(SourceDocument source, DocumentLayout layout) {
    List<Section> sections = new ArrayList<>();
    int end = source.text().length();
    List<DocumentLayout.Heading> headings = layout.headings();
    sections.add(new Section(source.name(), 0, layout.title(), 0, headings.isEmpty() ? end : headings.get(0).charBegin()));
    for (int i = 0; i < headings.size(); i++) {
      int sectionEnd = i + 1 < headings.size() ? headings.get(i + 1).charBegin() : end;
      sections.add(new Section(source.name(), i + 1, headings.get(i).text(), headings.get(i).charBegin(), sectionEnd));
    }
    return sections;
  }
}
