package org.corpusstats.extract;

import java.io.Serializable;
import java.util.List;

/**
 * A canonical entity: one referent, however many ways the corpus writes it.
 *
 * @param roles     the titles the text gives it ("General Secretary"), most frequent first
 * @param wikipedia the title of its English Wikipedia page ("Soviet Union"), or "" when not linked
 */
public record Entity(String name, String type, int mentions, int documents, List<String> aliases,
                     List<String> roles, String wikipedia) implements Serializable {
  public Entity {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    wikipedia = wikipedia == null ? "" : wikipedia;
  }

  /** Without roles or link. */
  public Entity(String name, String type, int mentions, int documents, List<String> aliases) {
    this(name, type, mentions, documents, aliases, List.of(), "");
  }

  public Entity withRoles(List<String> titles) {
    return new Entity(name, type, mentions, documents, aliases, titles, wikipedia);
  }
}
