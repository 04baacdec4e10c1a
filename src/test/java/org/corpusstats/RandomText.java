package org.corpusstats;

import java.util.List;
import java.util.Random;

/**
 * Seeded random documents made of the odd text real files hold: right-to-left scripts, emoji, combining marks,
 * no-break spaces, soft hyphens, every kind of line break, unbalanced quotation marks, quotes across paragraphs,
 * very long lines and no paragraph breaks at all.
 */
public final class RandomText {

  private static final List<String> WORDS = List.of("Lenin", "Trotsky", "wrote", "the", "party", "in", "1923",
      "Moscow", "said", "40%", "an eighth", "320,000", "October", "workers", "state", "of", "and", "שלום", "مرحبا",
      "😀", "👩‍👩‍👧", "e\u0301te\u0301", "na\u00ADtion", "co-operation", "Zürich", "—", "–", "…", "can't", "Trotsky’s",
      "$5", "£10", "1927-28", "the 1920s", "A year later", "\u200B", "ﬁnal", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ǅ", "İstanbul");
  private static final List<String> MARKS = List.of("“", "”", "\"", "'", "‘", "’", "«", "»", "(", ")", ".", ",", ":",
      ";", "!", "?", " . . . ");
  private static final List<String> BREAKS = List.of("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\n\n\n");
  private static final List<String> SPACES = List.of(" ", " ", " ", " ", "\u00A0", "\t", "  ", "\u202F");

  private RandomText() {}

  public static String document(Random random, int words) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(4) == 0) {
      text.append('\uFEFF');
    }
    boolean noBreaks = random.nextInt(5) == 0;
    for (int i = 0; i < words; i++) {
      text.append(pick(random, WORDS));
      int roll = random.nextInt(20);
      if (roll < 3) {
        text.append(pick(random, MARKS));
      }
      if (roll == 3 && !noBreaks) {
        text.append(pick(random, BREAKS));
      } else {
        text.append(pick(random, SPACES));
      }
    }
    return text.toString();
  }

  private static String pick(Random random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
