package org.corpusstats.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a system's output for one text against its gold (eval/README.md says how each number is counted).
 * Names are compared after folding case, curly apostrophes, a possessive and a leading "the".
 */
final class Scorer {

  private Scorer() {}

  /** How one system did on one text; every ratio is num/den, undefined (NaN) when den is 0. */
  record Scores(Count personRecall, Count personPrecision, int splitPersons, int mergedRows, int pronounRows,
                Count yearRecall, Count yearPrecision, Count figureRecall, Count figurePrecision,
                Count quoteRecall, Count namedSpeakers, Count unclearSpeakers, Map<String, Count> byRule,
                List<String> errors) {

    Count speakers() {
      return new Count(namedSpeakers.num() + unclearSpeakers.num(), namedSpeakers.den() + unclearSpeakers.den());
    }
  }

  record Count(int num, int den) {
    double ratio() {
      return den == 0 ? Double.NaN : (double) num / den;
    }
  }

  static Scores score(GoldText gold, SystemOutput system) {
    return score(gold, system, system.quotes());
  }

  /** The same, with another speaker for each quote (CoreNLP's two variants share everything else). */
  static Scores score(GoldText gold, SystemOutput system, List<SystemOutput.QuoteRow> quotes) {
    List<String> errors = new ArrayList<>();

    // Persons: a system row is a gold person's when one of its forms is one of the person's forms. Forms two gold
    // persons share (a father and son both "Mr. Darcy") find both, but only a form of one person alone can show
    // that a row was split or that it runs two persons together.
    List<GoldText.Person> required = gold.persons().stream().filter(GoldText.Person::required).toList();
    int found = 0;
    int splits = 0;
    for (GoldText.Person person : required) {
      long rows = system.persons().stream().filter(r -> sharesForm(r, forms(person, gold))).count();
      Set<String> own = ownForms(person, gold);
      long ownRows = system.persons().stream().filter(r -> sharesForm(r, own)).count();
      if (rows > 0) {
        found++;
      } else {
        errors.add("person missed: " + person.name());
      }
      if (ownRows > 1) {
        splits++;
        errors.add("person split over " + ownRows + " rows: " + person.name());
      }
    }
    int correctRows = 0;
    int scoredRows = 0;
    int merged = 0;
    int pronouns = 0;
    for (SystemOutput.PersonRow row : system.persons()) {
      List<GoldText.Person> matches = gold.persons().stream().filter(p -> sharesForm(row, forms(p, gold))).toList();
      if (isPronoun(row.name())) {
        pronouns++;
        errors.add("pronoun row: " + row.name());
      }
      if (!matches.isEmpty() && matches.stream().noneMatch(GoldText.Person::required)) {
        continue;
      }
      scoredRows++;
      if (matches.isEmpty()) {
        errors.add("not a person of the gold: " + row.name() + " " + row.forms());
      } else {
        correctRows++;
      }
      List<GoldText.Person> distinct = gold.persons().stream().filter(p -> sharesForm(row, ownForms(p, gold))).toList();
      if (distinct.size() > 1) {
        merged++;
        errors.add("one row for " + distinct.size() + " persons: " + row.name() + " "
            + distinct.stream().map(GoldText.Person::name).toList());
      }
    }

    // Years: distinct years named explicitly.
    int yearsFound = (int) gold.years().keySet().stream().filter(system.years()::contains).count();
    int yearsRight = (int) system.years().stream().filter(gold.years()::containsKey).count();
    gold.years().keySet().stream().filter(y -> !system.years().contains(y)).sorted()
        .forEach(y -> errors.add("year missed: " + y));
    system.years().stream().filter(y -> !gold.years().containsKey(y)).sorted()
        .forEach(y -> errors.add("not a year of the text: " + y));

    // Figures: the same value on overlapping text.
    int figuresFound = 0;
    for (GoldText.Figure figure : gold.figures()) {
      boolean hit = system.figures().stream().anyMatch(f -> matches(f, figure));
      if (hit) {
        figuresFound++;
      } else {
        errors.add("figure missed: " + figure.written() + " = " + figure.value() + " " + figure.unit()
            + context(gold.text(), figure.begin()));
      }
    }
    int figuresRight = 0;
    for (SystemOutput.FigureRow f : system.figures()) {
      if (gold.figures().stream().anyMatch(g -> matches(f, g))) {
        figuresRight++;
      } else {
        errors.add("not a figure of the gold: " + gold.text().substring(f.begin(), f.end()) + " = " + f.value()
            + context(gold.text(), f.begin()));
      }
    }

    // Quotations: found when a system quote spans the anchor's first character; its speaker is then compared.
    int quotesFound = 0;
    int named = 0;
    int namedRight = 0;
    int unclear = 0;
    int unclearRight = 0;
    Map<String, int[]> rules = new TreeMap<>();
    for (GoldText.Quotation quote : gold.quotes()) {
      SystemOutput.QuoteRow row = quotes.stream()
          .filter(q -> q.begin() <= quote.offset() && quote.offset() < q.end()).findFirst().orElse(null);
      if (row == null) {
        errors.add("quotation missed: " + quote.anchor());
        continue;
      }
      quotesFound++;
      boolean right;
      if (quote.unclear()) {
        unclear++;
        right = row.speaker().isBlank();
        unclearRight += right ? 1 : 0;
      } else {
        named++;
        right = speakerMatches(row.speaker(), quote, gold);
        namedRight += right ? 1 : 0;
      }
      int[] tally = rules.computeIfAbsent(row.rule().isEmpty() ? "(no sieve)" : row.rule(), r -> new int[2]);
      tally[0] += right ? 1 : 0;
      tally[1]++;
      if (!right) {
        errors.add("speaker wrong: '" + row.speaker() + "' for " + (quote.unclear() ? "unclear" : quote.speakerNames())
            + ": " + quote.anchor());
      }
    }
    return new Scores(new Count(found, required.size()), new Count(correctRows, scoredRows), splits, merged, pronouns,
        new Count(yearsFound, gold.years().size()), new Count(yearsRight, system.years().size()),
        new Count(figuresFound, gold.figures().size()), new Count(figuresRight, system.figures().size()),
        new Count(quotesFound, gold.quotes().size()), new Count(namedRight, named), new Count(unclearRight, unclear),
        byRule(rules), List.copyOf(errors));
  }

  private static Map<String, Count> byRule(Map<String, int[]> rules) {
    Map<String, Count> counts = new TreeMap<>();
    rules.forEach((rule, t) -> counts.put(rule, new Count(t[0], t[1])));
    return java.util.Collections.unmodifiableMap(counts);
  }

  private static boolean matches(SystemOutput.FigureRow f, GoldText.Figure g) {
    boolean overlap = f.begin() < g.end() && g.begin() < f.end();
    return overlap && Math.abs(f.value() - g.value()) <= 1e-3 * Math.max(1, Math.abs(g.value()));
  }

  /** The speaker names the gold person or body: one of its forms, or one of the accepted names. */
  static boolean speakerMatches(String speaker, GoldText.Quotation quote, GoldText gold) {
    if (speaker.isBlank()) {
      return false;
    }
    Set<String> accepted = new HashSet<>(normalised(quote.speakerNames(), Scorer::name));
    if (quote.kind() == GoldText.SpeakerKind.PERSON) {
      gold.persons().stream().filter(p -> quote.speakerNames().contains(p.name()))
          .forEach(p -> accepted.addAll(forms(p, gold)));
    }
    return accepted.contains(name(speaker));
  }

  private static Set<String> forms(GoldText.Person person) {
    Set<String> forms = new HashSet<>(normalised(person.forms(), Scorer::name));
    forms.add(name(person.name()));
    return forms;
  }

  /**
   * The person's forms, and each form with a courtesy title taken off ("mr. collins" -> "collins") when no other
   * gold person has that bare form: NER leaves the title out of a name, and "Bingley" alone could be Mr. or Miss.
   * Titles of nobility written as part of a name ("Count Von Kramm", "Baroness Orczy") are taken off the same way.
   */
  private static Set<String> forms(GoldText.Person person, GoldText gold) {
    Set<String> forms = forms(person);
    for (String form : List.copyOf(forms)) {
      String bare = COURTESY_TITLE.matcher(form).replaceFirst("");
      if (!bare.equals(form) && gold.persons().stream().filter(p -> p != person)
          .noneMatch(p -> forms(p).stream().anyMatch(f -> COURTESY_TITLE.matcher(f).replaceFirst("").equals(bare)))) {
        forms.add(bare);
      }
    }
    return forms;
  }

  private static final java.util.regex.Pattern COURTESY_TITLE =
      java.util.regex.Pattern.compile("^(?:mr|mrs|ms|miss|dr|sir|lady|lord|madame|mme|mlle|count|countess|baron|baroness)\\.? ");

  /** The person's forms that no other gold person is named by. */
  private static Set<String> ownForms(GoldText.Person person, GoldText gold) {
    Set<String> own = forms(person, gold);
    gold.persons().stream().filter(p -> p != person).forEach(p -> own.removeAll(forms(p, gold)));
    return own;
  }

  private static boolean sharesForm(SystemOutput.PersonRow row, Set<String> forms) {
    return row.forms().stream().map(Scorer::name).anyMatch(forms::contains);
  }

  private static List<String> normalised(List<String> names, Function<String, String> f) {
    return names.stream().map(f).toList();
  }

  static String name(String surface) {
    String s = Normalizer.normalize(surface, Normalizer.Form.NFC).replace('’', '\'').replace('‘', '\'')
        .replaceAll("[\\s\\u00A0]+", " ").strip();
    s = s.replaceAll("^[\\p{Punct}\\p{Pi}\\p{Pf}]+|[\\p{Punct}\\p{Pi}\\p{Pf}&&[^.]]+$", "");
    s = s.replaceAll("(?<=\\S)'s$", "").replaceAll("(?<=s)'$", "");
    s = s.replaceAll("^(?i:the) ", "");
    return s.toLowerCase(Locale.ROOT);
  }

  private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
      "his", "she", "her", "hers", "it", "its", "they", "them", "their", "himself", "herself", "myself", "who");

  private static boolean isPronoun(String name) {
    return PRONOUNS.contains(name(name));
  }

  private static String context(String text, int at) {
    int from = Math.max(0, at - 40);
    int to = Math.min(text.length(), at + 40);
    return "  [" + text.substring(from, to).replace('\n', ' ') + "]";
  }
}
