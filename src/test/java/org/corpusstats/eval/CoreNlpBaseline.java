package org.corpusstats.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's own answer, as its pipeline gives it to a user who runs the same eight annotators with their
 * defaults: PERSON entity mentions (one row per distinct form: CoreNLP has no entity table), quotes with the
 * quote annotator's {@code speaker} and {@code canonicalSpeaker}, NUMBER/MONEY/PERCENT mentions, DATE mentions'
 * years. Computed once per text and kept as JSON, since loading CoreNLP takes most of a minute.
 */
final class CoreNlpBaseline {

  /** The two speaker variants CoreNLP's quote attribution gives; everything else is the same. */
  record Answer(SystemOutput speaker, SystemOutput canonicalSpeaker) {}

  /** What is cached: plain data only. */
  record Cached(String sha256, List<SystemOutput.PersonRow> persons, List<Quote> quotes,
                List<SystemOutput.FigureRow> figures, Set<Integer> years) {}

  record Quote(int begin, int end, String speaker, String canonicalSpeaker) {}

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
  private static StanfordCoreNLP pipeline;

  private CoreNlpBaseline() {}

  static Answer answer(GoldText text, Path cacheFolder) {
    try {
      Files.createDirectories(cacheFolder);
      Path file = cacheFolder.resolve(text.id() + ".json");
      ObjectMapper json = new ObjectMapper();
      String sha = sha256(text.text());
      Cached cached = Files.exists(file) ? json.readValue(file.toFile(), Cached.class) : null;
      if (cached == null || !cached.sha256().equals(sha)) {
        cached = annotate(text.text(), sha);
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), cached);
      }
      List<SystemOutput.QuoteRow> bySpeaker = new ArrayList<>();
      List<SystemOutput.QuoteRow> byCanonical = new ArrayList<>();
      for (Quote q : cached.quotes()) {
        bySpeaker.add(new SystemOutput.QuoteRow(q.begin(), q.end(), q.speaker()));
        byCanonical.add(new SystemOutput.QuoteRow(q.begin(), q.end(), q.canonicalSpeaker()));
      }
      return new Answer(new SystemOutput(cached.persons(), bySpeaker, cached.figures(), cached.years()),
          new SystemOutput(cached.persons(), byCanonical, cached.figures(), cached.years()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized StanfordCoreNLP pipeline() {
    if (pipeline == null) {
      Properties props = new Properties();
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
      pipeline = new StanfordCoreNLP(props);
    }
    return pipeline;
  }

  private static Cached annotate(String text, String sha) {
    CoreDocument doc = new CoreDocument(text);
    pipeline().annotate(doc);
    Map<String, List<String>> personForms = new LinkedHashMap<>();
    Map<String, Integer> personCounts = new LinkedHashMap<>();
    List<SystemOutput.FigureRow> figures = new ArrayList<>();
    Set<Integer> years = new TreeSet<>();
    for (CoreEntityMention m : doc.entityMentions()) {
      String type = m.entityType();
      int begin = m.charOffsets().first();
      int end = m.charOffsets().second();
      switch (type) {
        case "PERSON" -> {
          String key = Scorer.name(m.text());
          personForms.computeIfAbsent(key, k -> new ArrayList<>(List.of(m.text())));
          personCounts.merge(key, 1, Integer::sum);
        }
        case "NUMBER", "MONEY", "PERCENT" -> {
          String normalized = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          Matcher number = NUMBER.matcher(normalized == null ? "" : normalized);
          if (number.find()) {
            figures.add(new SystemOutput.FigureRow(begin, end, Double.parseDouble(number.group())));
          }
        }
        case "DATE" -> {
          String normalized = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          Matcher year = YEAR.matcher(normalized == null ? "" : normalized);
          while (year.find()) {
            years.add(Integer.parseInt(year.group(1)));
          }
        }
        default -> { }
      }
    }
    List<SystemOutput.PersonRow> persons = new ArrayList<>();
    personForms.forEach((key, forms) -> persons.add(new SystemOutput.PersonRow(forms.get(0), forms, personCounts.get(key))));
    List<Quote> quotes = new ArrayList<>();
    List<CoreMap> top = doc.annotation().get(CoreAnnotations.QuotationsAnnotation.class);
    for (CoreMap q : top == null ? List.<CoreMap>of() : top) {
      quotes.add(new Quote(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          orEmpty(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)),
          orEmpty(q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class))));
    }
    return new Cached(sha, persons, quotes, figures, years);
  }

  private static String orEmpty(String s) {
    return s == null || s.equalsIgnoreCase("unknown") ? "" : s;
  }

  static String sha256(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
