package org.corpusstats.extract;

import java.io.Serializable;

/**
 * A number the text quotes as data.
 *
 * @param kind      count, percent, money, fraction, duration, ordinal or label
 * @param value     the numeric value (0.125 for "an eighth", 40 for "40%")
 * @param qualifier "<", ">", "~" or empty, from "under", "over", "about"
 * @param unit      the noun the number quantifies, from the dependency parse (empty when none is found)
 * @param currency  for money, the currency symbol or code CoreNLP gave
 * @param change    rise, fall or empty
 * @param linked    for "from X to Y": the other number's text, with the role of this one in {@code role}
 * @param year      the first year named in the same sentence, else null
 */
public record Figure(String document, int sentence, int charBegin, int charEnd, String text, FigureKind kind,
                     double value, String qualifier, String unit, String currency, String change,
                     String role, String linked, Integer year, String context) implements Serializable {}
