package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Numbers the text quotes as data: counts, percentages, money, fractions in words ("an eighth", "one in ten"),
 * ordinals; each with the noun it quantifies (from the dependency parse), the direction of change its sentence
 * gives, "from X to Y" pairs, and the year named in the same sentence. Years are dates, not figures.
 */
final class FigureExtractor {

  private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
      Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
      Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
      Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
      Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
      Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10),
      Map.entry("hundredth", 100), Map.entry("hundredths", 100), Map.entry("thousandth", 1000));
  private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twenty", 20),
      Map.entry("hundred", 100), Map.entry("thousand", 1000));
  private static final Set<String> RISE = Set.of("rise", "increase", "grow", "climb", "double", "triple",
      "treble", "soar", "jump", "expand", "gain", "boost", "raise", "multiply", "surge", "swell", "recover");
  private static final Set<String> FALL = Set.of("fall", "drop", "decline", "decrease", "shrink", "halve",
      "plunge", "slump", "reduce", "cut", "lower", "collapse", "sink", "dwindle", "diminish", "lose", "slash");
  private static final Set<String> QUANTITY_NOUNS = Set.of("number", "amount", "total", "share", "proportion",
      "percentage", "level", "quantity", "majority", "minority", "rate", "figure");
  private static final Set<String> BE_HAVE = Set.of("be", "have", "get");
  private static final Set<String> MORE = Set.of("over", "above", "more", "exceeding");
  private static final Set<String> LESS = Set.of("under", "below", "less", "fewer");
  private static final Set<String> ABOUT = Set.of("about", "around", "nearly", "almost", "approximately",
      "roughly", "some", "circa");
  private static final Pattern NORMALIZED = Pattern.compile("^([<>=~]*)([^\\d.\\-]*)(-?[\\d.]+(?:E-?\\d+)?)");

  /** Figures without their year: dates are extracted after figures, which claim "a quarter" from them. */
  List<Figure> extract(AnnotatedText doc) {
    List<Figure> figures = new ArrayList<>();
    List<CoreSentence> sentences = doc.coreSentences();
    for (int s = 0; s < sentences.size(); s++) {
      SentenceFigures found = new SentenceFigures(doc, s, sentences.get(s), null);
      found.findFractions();
      found.findNumbers();
      figures.addAll(found.build());
    }
    return figures;
  }

  /** The character ranges of fractions in words, which NER may call durations ("a quarter") or ordinals. */
  static List<int[]> spans(List<Figure> figures) {
    return figures.stream().map(f -> new int[] {f.charBegin(), f.charEnd()}).toList();
  }

  /** Each figure with the first year explicitly named in its sentence. */
  static List<Figure> withYears(List<Figure> figures, List<DateRef> dates) {
    return figures.stream().map(f -> new Figure(f.document(), f.sentence(), f.charBegin(), f.charEnd(), f.text(),
        f.kind(), f.value(), f.qualifier(), f.unit(), f.currency(), f.change(), f.role(), f.linked(),
        yearIn(dates, f.sentence()), f.context())).toList();
  }

  private static Integer yearIn(List<DateRef> dates, int sentence) {
    return dates.stream().filter(d -> d.sentence() == sentence && !d.inferred() && d.year() != null)
        .map(DateRef::year).findFirst().orElse(null);
  }

  /** The figures of one sentence while they are being found. */
  private static final class SentenceFigures {
    private final AnnotatedText doc;
    private final int sentenceIndex;
    private final List<Token> tokens;
    private final SemanticGraph graph;
    private final CoreSentence core;
    private final Integer year;
    private final List<Candidate> candidates = new ArrayList<>();

    SentenceFigures(AnnotatedText doc, int sentenceIndex, CoreSentence core, Integer year) {
      this.doc = doc;
      this.sentenceIndex = sentenceIndex;
      this.core = core;
      this.tokens = doc.sentence(sentenceIndex).tokens();
      this.graph = core.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      this.year = year;
    }

    void findFractions() {
      for (int i = 0; i < tokens.size(); i++) {
        String word = lower(i);
        // "one in ten"
        if (i + 2 < tokens.size() && lower(i + 1).equals("in") && number(i) != null && number(i + 2) != null
            && !lower(i).equals("a") && !lower(i).equals("an")) {
          add(new Candidate(i, i + 3, "fraction", number(i) / number(i + 2), i + 2));
          i += 2;
          continue;
        }
        Integer denominator = DENOMINATORS.get(word);
        if (denominator == null) {
          continue;
        }
        Double numerator = i > 0 ? number(i - 1) : null;
        boolean followedByOf = i + 1 < tokens.size() && lower(i + 1).equals("of");
        boolean endsPhrase = i + 1 >= tokens.size() || tokens.get(i + 1).isPunctuation();
        if (numerator != null && (followedByOf || endsPhrase || tokens.get(i).pos().startsWith("NN"))) {
          add(new Candidate(i - 1, i + 1, "fraction", numerator / denominator, i));
        } else if (word.startsWith("half") && followedByOf) {
          add(new Candidate(i, i + 1, "fraction", 0.5, i));
        }
      }
    }

    void findNumbers() {
      for (CoreEntityMention mention : core.entityMentions()) {
        String type = mention.entityType();
        if (!Set.of("NUMBER", "PERCENT", "MONEY", "ORDINAL").contains(type) || DateExtractor.isYearRange(mention)) {
          continue;
        }
        int first = mention.tokens().get(0).index() - 1;
        int last = mention.tokens().get(mention.tokens().size() - 1).index();
        if (candidates.stream().anyMatch(c -> c.begin < last && first < c.end)) {
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
        String text = doc.slice(mention.charOffsets().first(), mention.charOffsets().second());
        boolean hasDigit = text.chars().anyMatch(Character::isDigit);
        String kind = switch (type) {
          case "PERCENT" -> "percent";
          case "MONEY" -> "money";
          case "ORDINAL" -> "ordinal";
          default -> "count";
        };
        if (kind.equals("count") && !hasDigit && value < 2) {
          continue; // "no one", "one side or the other": not data
        }
        if (kind.equals("count") && isLabel(first, last)) {
          kind = "label";
        }
        Candidate candidate = new Candidate(first, last, kind, value, last - 1);
        candidate.qualifier = qualifier(m.group(1));
        candidate.currency = kind.equals("money") ? m.group(2).strip() : "";
        add(candidate);
      }
    }

    /** "Chapter 5", "Article 58": a number right after a capitalised noun names, it does not count. */
    private boolean isLabel(int first, int last) {
      if (first == 0) {
        return false;
      }
      Token before = tokens.get(first - 1);
      boolean capitalisedNoun = before.pos().startsWith("NN") && Character.isUpperCase(before.text().codePointAt(0));
      boolean nounAfter = last < tokens.size() && tokens.get(last).pos().startsWith("NN");
      return capitalisedNoun && !nounAfter;
    }

    private void add(Candidate candidate) {
      if (candidate.qualifier.isEmpty() && candidate.begin > 0) {
        candidate.qualifier = qualifierWord(candidate.begin - 1);
      }
      candidates.add(candidate);
    }

    List<Figure> build() {
      candidates.sort(Comparator.comparingInt(c -> c.begin));
      Sentence sentence = doc.sentence(sentenceIndex);
      String context = doc.slice(sentence.charBegin(), sentence.charEnd());
      for (Candidate c : candidates) {
        c.role = role(c);
      }
      List<Figure> figures = new ArrayList<>();
      for (Candidate c : candidates) {
        Candidate partner = partner(c);
        String linked = partner == null ? "" : text(partner);
        String change = c.kind.equals("ordinal") || c.kind.equals("label") ? "" : change(c);
        if (change.isEmpty() && partner != null) {
          double from = c.role.equals("from") ? c.value : partner.value;
          double to = c.role.equals("from") ? partner.value : c.value;
          change = to > from ? "rise" : to < from ? "fall" : "";
        }
        int begin = tokens.get(c.begin).charBegin();
        int end = tokens.get(c.end - 1).charEnd();
        figures.add(new Figure(doc.name(), sentenceIndex + 1, begin, end, text(c), c.kind, c.value, c.qualifier,
            c.kind.equals("ordinal") || c.kind.equals("label") ? "" : unit(c), c.currency, change, c.role, linked,
            year, context));
      }
      return figures;
    }

    /** "dropped from 230,000 to under 80,000": the other end of a from/to pair on the same verb. */
    private Candidate partner(Candidate c) {
      if (c.role.isEmpty()) {
        return null;
      }
      String other = c.role.equals("from") ? "to" : "from";
      return candidates.stream().filter(o -> o.role.equals(other) && governor(o) == governor(c))
          .findFirst().orElse(null);
    }

    private String text(Candidate c) {
      return doc.slice(tokens.get(c.begin).charBegin(), tokens.get(c.end - 1).charEnd());
    }

    private String role(Candidate c) {
      IndexedWord node = node(c.anchor);
      if (node == null) {
        return "";
      }
      for (IndexedWord child : graph.getChildren(node)) {
        String rel = graph.reln(node, child).getShortName();
        if (rel.equals("case") && (child.word().equalsIgnoreCase("from") || child.word().equalsIgnoreCase("to"))) {
          return child.word().toLowerCase(Locale.ROOT);
        }
      }
      return "";
    }

    private int governor(Candidate c) {
      IndexedWord node = node(c.anchor);
      IndexedWord parent = node == null ? null : graph.getParent(node);
      return parent == null ? -1 : parent.index();
    }

    /** The noun the number quantifies. */
    private String unit(Candidate c) {
      IndexedWord node = node(c.anchor);
      if (node != null) {
        IndexedWord parent = graph.getParent(node);
        if (parent != null && graph.reln(parent, node).getShortName().equals("nummod")
            && parent.index() > node.index() && parent.tag().startsWith("NN")) {
          return nounPhrase(parent);
        }
        IndexedWord ofObject = ofChild(node);
        if (ofObject != null) {
          return nounPhrase(ofObject);
        }
      }
      for (int i = c.end; i < Math.min(tokens.size(), c.end + 4); i++) {
        Token t = tokens.get(i);
        if (t.pos().startsWith("NN")) {
          return nounPhrase(node(i));
        }
        if (!(t.pos().startsWith("JJ") || t.pos().equals("VBG") || t.pos().equals("CD"))) {
          break;
        }
      }
      if (node != null) {
        IndexedWord parent = graph.getParent(node);
        if (parent != null && parent.tag().startsWith("VB")) {
          for (SemanticGraphEdge edge : graph.outgoingEdgeList(parent)) {
            if (edge.getRelation().getShortName().startsWith("nsubj") && edge.getDependent() != node) {
              return nounPhrase(edge.getDependent());
            }
          }
        }
        // "sheep by over 65%": the change of the noun the figure hangs on
        if (parent != null && parent.tag().startsWith("NN") && hasCase(node, "by")) {
          return nounPhrase(parent);
        }
      }
      // "320,000 were deported": a number standing for people or things, named by what happened to them
      int next = c.end;
      if (next < tokens.size() && BE_HAVE.contains(tokens.get(next).lemma())) {
        next++;
      }
      if (next < tokens.size() && (tokens.get(next).pos().equals("VBN") || tokens.get(next).pos().equals("VBD"))
          && !BE_HAVE.contains(tokens.get(next).lemma())) {
        return tokens.get(next).text();
      }
      return "";
    }

    /** The noun with its compound nouns ("party members"); a quantity noun yields its "of" object. */
    private String nounPhrase(IndexedWord head) {
      if (head == null) {
        return "";
      }
      if (QUANTITY_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
        IndexedWord of = ofChild(head);
        if (of != null) {
          return nounPhrase(of);
        }
      }
      int first = head.index();
      for (IndexedWord child : graph.getChildren(head)) {
        if (graph.reln(head, child).getShortName().equals("compound") && child.index() < first
            && child.index() >= first - 3) {
          first = child.index();
        }
      }
      return doc.slice(tokens.get(first - 1).charBegin(), tokens.get(head.index() - 1).charEnd());
    }

    private boolean hasCase(IndexedWord node, String preposition) {
      return graph.getChildren(node).stream().anyMatch(c -> graph.reln(node, c).getShortName().equals("case")
          && c.word().equalsIgnoreCase(preposition));
    }

    private IndexedWord ofChild(IndexedWord node) {
      for (IndexedWord child : graph.getChildren(node)) {
        String rel = graph.reln(node, child).getShortName();
        if ((rel.equals("nmod") || rel.equals("obl")) && child.index() > node.index()
            && graph.getChildren(child).stream().anyMatch(g -> g.word().equalsIgnoreCase("of"))) {
          return child;
        }
      }
      return null;
    }

    private String change(Candidate c) {
      IndexedWord node = node(c.anchor);
      int hops = 0;
      for (IndexedWord up = node == null ? null : graph.getParent(node); up != null && hops < 3;
           up = graph.getParent(up), hops++) {
        String direction = direction(up.lemma());
        if (!direction.isEmpty()) {
          return direction;
        }
      }
      // Elliptic coordination: "cattle fell by 40%, sheep by over 65%" shares the verb.
      if (c.kind.equals("percent") || c.kind.equals("fraction")) {
        return tokens.stream().filter(t -> t.pos().startsWith("VB")).map(t -> direction(t.lemma()))
            .filter(d -> !d.isEmpty()).findFirst().orElse("");
      }
      return "";
    }

    private static String direction(String lemma) {
      String l = lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
      return RISE.contains(l) ? "rise" : FALL.contains(l) ? "fall" : "";
    }

    private IndexedWord node(int tokenIndex) {
      return graph == null ? null : graph.getNodeByIndexSafe(tokenIndex + 1);
    }

    private String lower(int i) {
      return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    private Double number(int i) {
      Integer small = SMALL_NUMBERS.get(lower(i));
      if (small != null) {
        return small.doubleValue();
      }
      String digits = tokens.get(i).text().replace(",", "");
      return digits.matches("\\d+(\\.\\d+)?") ? Double.valueOf(digits) : null;
    }

    private String qualifierWord(int i) {
      String word = lower(i);
      if (MORE.contains(word) || (word.equals("than") && i > 0 && lower(i - 1).equals("more"))) {
        return ">";
      }
      if (LESS.contains(word) || (word.equals("than") && i > 0 && (lower(i - 1).equals("less") || lower(i - 1).equals("fewer")))) {
        return "<";
      }
      return ABOUT.contains(word) ? "~" : "";
    }

    private static String qualifier(String symbols) {
      if (symbols.startsWith(">")) {
        return ">";
      }
      if (symbols.startsWith("<")) {
        return "<";
      }
      return symbols.startsWith("~") ? "~" : "";
    }
  }

  /** A figure found in a sentence: tokens [begin, end), the token the parse is read from. */
  private static final class Candidate {
    final int begin;
    final int end;
    final String kind;
    final double value;
    final int anchor;
    String qualifier = "";
    String currency = "";
    String role = "";

    Candidate(int begin, int end, String kind, double value, int anchor) {
      this.begin = begin;
      this.end = end;
      this.kind = kind;
      this.value = value;
      this.anchor = anchor;
    }
  }
}
