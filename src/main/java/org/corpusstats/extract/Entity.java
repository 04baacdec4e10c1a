package org.corpusstats.extract;

import java.util.List;

/** A canonical entity: one referent, however many ways the corpus writes it. */
public record Entity(String name, String type, int mentions, int documents, List<String> aliases) {
  public Entity {
    aliases = List.copyOf(aliases);
  }
}
