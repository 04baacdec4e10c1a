package org.corpusstats.eval;

import java.util.List;
import java.util.Set;

/**
 * What a system (corpus-stats, or CoreNLP's own pipeline) says about one text, in the shape the scorer reads.
 *
 * @param persons one row per entity the system types as a person
 * @param quotes  every span the system treats as quoted, with its speaker (empty for none)
 * @param figures numbers given as data
 * @param years   calendar years named explicitly (not inferred from the narrative)
 */
record SystemOutput(List<PersonRow> persons, List<QuoteRow> quotes, List<FigureRow> figures, Set<Integer> years) {

  record PersonRow(String name, List<String> forms, int mentions) {}

  /** @param rule the sieve that decided the speaker (corpus-stats' evidence label), empty when unknown */
  record QuoteRow(int begin, int end, String speaker, String rule) {
    QuoteRow(int begin, int end, String speaker) {
      this(begin, end, speaker, "");
    }
  }

  record FigureRow(int begin, int end, double value) {}

  SystemOutput {
    persons = List.copyOf(persons);
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
    years = Set.copyOf(years);
  }
}
