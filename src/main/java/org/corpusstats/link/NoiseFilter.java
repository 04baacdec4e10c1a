package org.corpusstats.link;

/**
 * Which WikiDict lines are noise rather than names. The WikiDict was mined from links and search results, so many
 * of its surfaces are URLs, namespaced ids ({@code yago:!!!}, {@code en:!!!}), page furniture
 * ({@code Images for Chk Chk Chk from Wikipedia.org}) or long anchor sentences; none of them is a mention a text
 * would contain, and dropping them keeps the index smaller. The rules look at the surface; only the "wiki" rule
 * also looks at the page, so that {@code WikiLeaks -> WikiLeaks} and {@code Wikipedia -> Wikipedia} stay.
 */
final class NoiseFilter {

  /** Longer surfaces are anchor sentences, not names; also bounds a surface's UTF-8 length to one byte. */
  static final int MAX_SURFACE_LENGTH = 80;

  private NoiseFilter() {}

  static boolean isNoise(String surface, String page) {
    if (surface.isEmpty() || surface.length() > MAX_SURFACE_LENGTH) {
      return true;
    }
    boolean letter = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isISOControl(c)) {
        return true;
      }
      if (c == ':' && i + 1 < surface.length() && !Character.isWhitespace(surface.charAt(i + 1))) {
        return true; // "yago:x", "en:x", "http://": a namespace or a scheme, where a title has "Star Trek: Voyager"
      }
      letter |= Character.isLetter(c);
    }
    if (!letter) {
      return true;
    }
    if (surface.contains("http") || containsIgnoreCase(surface, "www.")) {
      return true; // lower-case only: "HTTP" is the protocol's name
    }
    if (containsIgnoreCase(surface, "wikipedia.org") || containsIgnoreCase(surface, "/wiki/")) {
      return true;
    }
    return containsIgnoreCase(surface, "wiki") && !containsIgnoreCase(page, "wiki");
  }

  static boolean containsIgnoreCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }
}
