package org.corpusstats.extract;

import java.io.Serializable;
import java.util.List;

/** A canonical entity: one referent, however many ways the corpus writes it. */
public record Entity(String name, String type, int mentions, int documents, List<String> aliases)
    implements Serializable {
  public Entity {
    aliases = List.copyOf(aliases);
  }
}
