package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;

/** A nickname in quotation marks inside a person's name ("Johannes "Jan" de Klerk"), which NER cuts short. */
final class Nicknames {

  private Nicknames() {}

  /**
   * "Johannes "Jan" de Klerk": a given name, a capitalised word in quotation marks, then a surname (particles such
   * as "de" or "van" allowed before it) is one name; NER finds only its first word.
   */
  static RawMention extend(AnnotatedText doc, Sentence sentence, RawMention m) {
    List<Token> tokens = sentence.tokens();
    int i = m.mention().tokenEnd();
    if (i + 3 >= tokens.size() || !isQuote(tokens.get(i)) || !PersonCues.isCapitalised(tokens.get(i + 1))
        || !isQuote(tokens.get(i + 2))) {
      return m;
    }
    int end = i + 3;
    while (end < tokens.size() && PersonCues.PARTICLES.contains(tokens.get(end).text())) {
      end++;
    }
    if (end >= tokens.size() || !PersonCues.isCapitalised(tokens.get(end))
        || !tokens.get(end).pos().startsWith("NNP")) {
      return m;
    }
    end++;
    while (end < tokens.size() && PersonCues.isCapitalised(tokens.get(end))
        && tokens.get(end).pos().startsWith("NNP")) {
      end++;
    }
    int begin = m.mention().charBegin();
    int stop = tokens.get(end - 1).charEnd();
    String surface = doc.slice(begin, stop);
    Mention extended = new Mention(doc.name(), sentence.index(), sentence.sectionIndex(), sentence.section(),
        sentence.paragraph(), begin, stop, surface, m.nerType(), Names.key(surface), m.mention().tokenBegin(), end);
    return new RawMention(extended, Names.key(surface), m.nerType());
  }

  private static boolean isQuote(Token token) {
    return token.text().matches("[\"“”]|``|''");
  }

  /** A mention a nickname's name now covers ("de Klerk" found on its own) is dropped. */
  static List<RawMention> withoutCovered(List<RawMention> mentions) {
    List<RawMention> kept = new ArrayList<>();
    for (RawMention m : mentions) {
      boolean covered = mentions.stream().anyMatch(o -> o != m && o.mention().charBegin() <= m.mention().charBegin()
          && m.mention().charEnd() <= o.mention().charEnd()
          && o.mention().charEnd() - o.mention().charBegin() > m.mention().charEnd() - m.mention().charBegin());
      if (!covered) {
        kept.add(m);
      }
    }
    return kept;
  }
}
