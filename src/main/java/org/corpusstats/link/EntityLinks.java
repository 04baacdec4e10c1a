package org.corpusstats.link;

import java.util.Optional;

import org.corpusstats.extract.EntityResolver;

/**
 * Which Wikipedia page a form stands for, from the WikiDict's P(page | surface). A link is given only when the form
 * is unambiguous enough: its best page has at least {@link #FLOOR} of the surface's uses on the web, and, for a
 * person named by one word, the page is a person's full name ending in that word ("Lenin" → Vladimir Lenin, not
 * "Bingley" → the town of Bingley). The WikiDict carries no page types, so agreement with NER is read from the page
 * title's shape for persons and from the entity's type group for merges ({@link EntityResolver}).
 */
public final class EntityLinks implements EntityResolver.Linker {

  /** Chosen on the evaluation set: see docs/ACCURACY.md, "Wikipedia links". */
  public static final double FLOOR = 0.5;

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
  public Optional<String> page(String form, String type) {
    return candidate(form, type).filter(c -> c.score() >= floor).map(c -> title(c.page()));
  }

  /** The best page for the form, whatever its score, if its shape agrees with the type. */
  public Optional<WikiDictIndex.Candidate> candidate(String form, String type) {
    Optional<WikiDictIndex.Candidate> found = index.lookup(form);
    if (type.equals("NATIONALITY")) {
      // A nationality's best page is most often its language ("Russian" → Russian language): not the referent.
      return Optional.empty();
    }
    if (found.isEmpty() || !type.equals("PERSON") || form.strip().contains(" ")) {
      return found;
    }
    return found.filter(c -> isFullNameEndingIn(title(c.page()), form.strip()));
  }

  /** "Vladimir Lenin" for "Lenin"; a qualifier in brackets is not part of the name ("John Smith (politician)"). */
  private static boolean isFullNameEndingIn(String title, String word) {
    String name = title.replaceFirst("\\s*\\(.*\\)$", "");
    String[] words = name.split(" ");
    return words.length >= 2 && words[words.length - 1].equals(word)
        && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
  }

  /** A page name as Wikipedia shows it: spaces, not underscores. */
  static String title(String page) {
    return page.replace('_', ' ');
  }
}
