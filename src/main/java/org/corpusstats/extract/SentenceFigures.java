package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;

/**
 * The figures of one sentence: fractions and ratios in words, CoreNLP's numbers, percentages, sums and ordinals,
 * durations ("two weeks", "a 21-year-old"), and plurals of magnitude ("millions of workers"); each with what the
 * parse says of it ({@link FigureParse}). A number that names a thing is a label: "chapter 6", "room 10", a list's
 * "1.", a heading's "8.1".
 */
final class SentenceFigures {

  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
  private static final Set<String> NUMBER_TYPES = Set.of("NUMBER", "PERCENT", "MONEY", "ORDINAL");
  private static final Pattern NORMALIZED = Pattern.compile("^([<>=~]*)([^\\d.\\-]*)(-?[\\d.]+(?:E-?\\d+)?)");
  private final AnnotatedText doc;
  private final int sentenceIndex;
  private final CoreSentence core;
  private final List<Token> tokens;
  private final FigureParse parse;
  private final List<FigureCandidate> candidates = new ArrayList<>();
  private final NumberContext context;

  SentenceFigures(AnnotatedText doc, int sentenceIndex) {
    this.doc = doc;
    this.sentenceIndex = sentenceIndex;
    this.core = doc.coreSentence(sentenceIndex);
    this.tokens = doc.sentence(sentenceIndex).tokens();
    this.context = new NumberContext(doc, sentenceIndex);
    this.parse = new FigureParse(doc, tokens,
        core.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
  }

  List<Figure> find() {
    new WrittenNumbers(tokens, this).find();
    findFractions();
    findNumbers();
    new DurationFigures(core, tokens, context, this).find();
    new MagnitudeFigures(tokens, context, this).find();
    return build();
  }

  /** "one in ten", "an eighth of", "two thirds", "half of", "half an hour", "half the room". */
  private void findFractions() {
    for (int i = 0; i < tokens.size(); i++) {
      String word = lower(i);
      // "one in ten"; not "raised to 15 in 1947", where the second number is a year
      if (i + 2 < tokens.size() && lower(i + 1).equals("in") && number(i) != null && number(i + 2) != null
          && !lower(i).equals("a") && !lower(i).equals("an") && !tokens.get(i + 2).ner().equals("DATE")) {
        add(new FigureCandidate(i, i + 3, FigureKind.FRACTION, number(i) / number(i + 2), i + 2));
        i += 2;
        continue;
      }
      if (word.equals("half") && i + 2 < tokens.size() && lower(i + 1).equals("-")
          && tokens.get(i + 2).charBegin() == tokens.get(i).charEnd() + 1 && FigureWords.isTimeUnit(lower(i + 2))
          && !claimed(i, i + 3)) {
        // "a half-hour break": half of a unit of time; other compounds ("half-brother", "half-mad") are no fraction
        FigureCandidate half = new FigureCandidate(i, i + 3, FigureKind.FRACTION, 0.5, i + 2);
        half.unit = lower(i + 2);
        add(half);
        continue;
      }
      String denominator = FigureWords.DENOMINATORS.get(word);
      if (denominator == null || claimed(i, i + 1)) {
        continue;
      }
      boolean article = i > 0 && (lower(i - 1).equals("a") || lower(i - 1).equals("an"));
      Double numerator = i == 0 ? null : article ? Double.valueOf(1) : number(i - 1);
      String next = i + 1 < tokens.size() ? lower(i + 1) : "";
      boolean followedByOf = next.equals("of");
      boolean endsPhrase = i + 1 >= tokens.size() || tokens.get(i + 1).isPunctuation();
      // "a half-whisper": half of a compound word is no fraction
      boolean glued = i + 1 < tokens.size() && tokens.get(i + 1).charBegin() == tokens.get(i).charEnd()
          && tokens.get(i + 1).text().startsWith("-");
      // "one third maintaining": a number before the word makes it a fraction; after "a" it may be an ordinal
      if (numerator != null && !glued
          && (!article || followedByOf || endsPhrase || tokens.get(i).pos().startsWith("NN"))) {
        add(new FigureCandidate(i - 1, i + 1, FigureKind.FRACTION, numerator / Double.parseDouble(denominator), i));
      } else if (word.startsWith("half") && !glued
          && (followedByOf || next.equals("a") || next.equals("an") || next.equals("the"))) {
        // "half of the vote", "half an hour", "half the room"
        add(new FigureCandidate(i, i + 1, FigureKind.FRACTION, 0.5, i));
      } else if (word.equals("half") && !glued && i + 1 < tokens.size() && !claimed(i, i + 1)
          && (tokens.get(i + 1).pos().startsWith("NN") || DEMONSTRATIVES.contains(next))) {
        // "for half wages", "half this number": half of what the noun after it names
        FigureCandidate half = new FigureCandidate(i, i + 1, FigureKind.FRACTION, 0.5, i);
        int noun = DEMONSTRATIVES.contains(next) ? i + 2 : i + 1;
        half.unit = noun < tokens.size() ? tokens.get(noun).text() : "";
        add(half);
      }
    }
  }

  private void findNumbers() {
    for (CoreEntityMention mention : core.entityMentions()) {
      String type = mention.entityType();
      boolean count = DateExtractor.countsSomething(core.tokens(), mention);
      if (!NUMBER_TYPES.contains(type) && !count || DateExtractor.isYearRange(mention)) {
        continue;
      }
      int first = mention.tokens().get(0).index() - 1;
      int last = mention.tokens().get(mention.tokens().size() - 1).index();
      if (claimed(first, last) || context.partOfADate(first) || context.insideAQuotedTitle(first) || context.partOfAName(first, last)) {
        continue;
      }
      String normalized = mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      Matcher m = NORMALIZED.matcher(normalized == null ? "" : normalized);
      if (!m.find()) {
        continue;
      }
      double value;
      try {
        value = Double.parseDouble(m.group(3));
      } catch (NumberFormatException e) {
        continue;
      }
      if (normalized.matches(".*\\d-[\\d.]+$") && last - first == 1) {
        // "from fifteen to twenty sheets": NER gives each word of a range the whole range ("15.0-20.0"); each
        // number is its own figure, the "to" between them none
        if (number(first) == null) {
          continue;
        }
        value = number(first);
      }
      String text = doc.slice(mention.charOffsets().first(), mention.charOffsets().second());
      boolean hasDigit = text.chars().anyMatch(Character::isDigit);
      FigureKind kind = switch (type) {
        case "PERCENT" -> FigureKind.PERCENT;
        case "MONEY" -> FigureKind.MONEY;
        case "ORDINAL" -> FigureKind.ORDINAL;
        default -> FigureKind.COUNT;
      };
      if (kind == FigureKind.COUNT && !hasDigit && value < 2) {
        continue; // "no one", "one side or the other", the "one" of "one or two": not data
      }
      if (kind == FigureKind.COUNT && context.timeOfDay(first, last, value)) {
        continue;
      }
      if (kind == FigureKind.COUNT && context.isLabel(first, last)) {
        kind = FigureKind.LABEL;
      }
      FigureCandidate candidate = new FigureCandidate(first, last, kind, value, last - 1);
      candidate.qualifier = NumberContext.qualifier(m.group(1));
      candidate.currency = kind == FigureKind.MONEY ? m.group(2).strip() : "";
      add(candidate);
    }
  }

  boolean claimed(int first, int last) {
    return candidates.stream().anyMatch(c -> c.overlaps(first, last));
  }

  /** Drops the candidates inside tokens [begin, end), which a longer figure there replaces. */
  void removeWithin(int begin, int end) {
    candidates.removeIf(c -> c.begin >= begin && c.end <= end);
  }

  void add(FigureCandidate candidate) {
    if (candidate.qualifier.isEmpty() && candidate.begin > 0) {
      candidate.qualifier = context.qualifierBefore(candidate.begin);
    }
    candidates.add(candidate);
  }

  private List<Figure> build() {
    // "a quarter to eight", "ten minutes to the hour": parts of a time of day
    candidates.removeIf(c -> c.kind != FigureKind.COUNT && context.timeOfDay(c.begin, c.end, c.value));
    candidates.sort(Comparator.comparingInt(c -> c.begin));
    new NumberGroups(doc, tokens, parse).apply(candidates);
    Sentence sentence = doc.sentence(sentenceIndex);
    String context = doc.slice(sentence.charBegin(), sentence.charEnd());
    for (FigureCandidate c : candidates) {
      c.role = parse.role(c);
    }
    List<Figure> figures = new ArrayList<>();
    for (FigureCandidate c : candidates) {
      FigureCandidate partner = partner(c);
      String linked = partner == null ? "" : text(partner);
      String change = c.kind.isData() ? parse.change(c) : "";
      if (change.isEmpty() && partner != null) {
        double from = c.role.equals("from") ? c.value : partner.value;
        double to = c.role.equals("from") ? partner.value : c.value;
        change = to > from ? "rise" : to < from ? "fall" : "";
      }
      String unit = !c.kind.isData() ? "" : c.unit != null ? c.unit : parse.unit(c);
      figures.add(new Figure(doc.name(), sentenceIndex + 1, tokens.get(c.begin).charBegin(),
          tokens.get(c.end - 1).charEnd(), text(c), c.kind, c.value, c.qualifier, unit, c.currency, change, c.role,
          linked, null, context));
    }
    return figures;
  }

  /** "dropped from 230,000 to under 80,000": the other end of a from/to pair on the same verb. */
  private FigureCandidate partner(FigureCandidate c) {
    if (c.role.isEmpty()) {
      return null;
    }
    String other = c.role.equals("from") ? "to" : "from";
    return candidates.stream().filter(o -> o.role.equals(other) && parse.governor(o) == parse.governor(c))
        .findFirst().orElse(null);
  }

  private String text(FigureCandidate c) {
    return doc.slice(tokens.get(c.begin).charBegin(), tokens.get(c.end - 1).charEnd());
  }

  private String lower(int i) {
    return tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
  }

  private Double number(int i) {
    return FigureWords.number(tokens.get(i).text());
  }

}
