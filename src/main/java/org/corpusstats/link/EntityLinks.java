package org.corpusstats.link;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.corpusstats.extract.EntityResolver;
import org.corpusstats.extract.Extractor;
import org.corpusstats.extract.WordList;

/**
 * Which Wikipedia page a form stands for, from the WikiDict's P(page | surface). The WikiDict knows how the web uses
 * a string, not how this text does, and carries no page types; so a link is given only when English and the rest
 * of the corpus agree with it (docs/OUTPUTS.md, "Wikipedia links"; the rules and the floor were chosen on the
 * evaluation set, docs/ACCURACY.md):
 * <ul>
 *   <li>the best page has at least {@link #FLOOR} of the string's uses;</li>
 *   <li>every other word of the page's title occurs in the corpus: "Malaysian New Economic Policy" is not this
 *       text's NEP, "Graphics processing unit" not its GPU, "Conservative Party (UK)" not a South African party;</li>
 *   <li>a person named by one word links only to a full name ending in it, and a person named with a courtesy
 *       title ("Mr. Bingley", "Sir William") not at all: that is how a text refers to someone, not a name a page
 *       has;</li>
 *   <li>a lower-case form only when it is an -ism ("socialism"; not "revolutionary", "liberal");</li>
 *   <li>a one-word name other than a person's or an acronym only to a page of exactly that name ("Moscow"), and
 *       never a plural ("Whites", "Americans" name people, not pages);</li>
 *   <li>a capitalised word of a multi-word name never to a page that writes it in lower case (the generic "Central
 *       bank" is not the Central Bank);</li>
 *   <li>no nationality: their best page is mostly a language ("Russian" → Russian language).</li>
 * </ul>
 */
public final class EntityLinks implements EntityResolver.Linker {

  /** The least P(page | surface): the lowest floor at which links on the tuned-on texts were right 95 % of the time. */
  public static final double FLOOR = 0.7;

  /** Words a page title may have that the corpus need not write ("Bank of England" for "the Bank"). */
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "in", "on", "for", "to", "a", "de",
      "la", "le", "du", "von", "van", "al", "bin", "s");

  private final WikiDictIndex index;
  private final double floor;

  public EntityLinks(WikiDictIndex index) {
    this(index, FLOOR);
  }

  public EntityLinks(WikiDictIndex index, double floor) {
    this.index = index;
    this.floor = floor;
  }

  @Override
  public Optional<String> page(String form, String type, Set<String> vocabulary) {
    return candidate(form, type).filter(c -> c.score() >= floor)
        .map(c -> title(c.page()))
        .filter(title -> agreesWithTheCorpus(form, title, vocabulary));
  }

  /** The best page for the form, whatever its score, if its shape agrees with the form and the type. */
  public Optional<WikiDictIndex.Candidate> candidate(String form, String type) {
    String name = form.strip();
    String[] words = name.split(" ");
    boolean oneWord = words.length == 1;
    boolean acronym = name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    if (type.equals("NATIONALITY")
        || type.equals("PERSON") && WordList.isCourtesyTitle(words[0])
        || name.equals(name.toLowerCase(Locale.ROOT)) && !name.endsWith("ism")
        || oneWord && !acronym && !type.equals("PERSON") && name.endsWith("s") && !name.endsWith("ss")) {
      return Optional.empty();
    }
    return index.lookup(name).filter(c -> {
      String title = title(c.page());
      if (type.equals("PERSON")) {
        return !oneWord || isFullNameEndingIn(title, name);
      }
      if (oneWord && !acronym) {
        return title.equalsIgnoreCase(name);
      }
      return !writesLowerCase(words, title);
    });
  }

  /** Every word of the title that the form does not have is in the corpus (function words aside). */
  static boolean agreesWithTheCorpus(String form, String title, Set<String> vocabulary) {
    Set<String> own = new HashSet<>(Arrays.asList(Extractor.WORD_BREAK.split(form.toLowerCase(Locale.ROOT))));
    for (String word : Extractor.WORD_BREAK.split(title.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty() && !own.contains(word) && !FUNCTION_WORDS.contains(word) && !vocabulary.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word of the name (after the first) that the title writes in lower case: a generic page. */
  private static boolean writesLowerCase(String[] words, String title) {
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
          && Arrays.asList(title.split(" ")).contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "Vladimir Lenin" for "Lenin"; a qualifier in brackets is not part of the name ("John Smith (politician)"). */
  private static boolean isFullNameEndingIn(String title, String word) {
    String name = title.replaceFirst("\\s*\\(.*\\)$", "");
    String[] words = name.split(" ");
    return words.length >= 2 && words[words.length - 1].equals(word)
        && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
  }

  /** A page name as Wikipedia shows it: spaces, not underscores. */
  static String title(String page) {
    return page.replace('_', ' ');
  }
}
