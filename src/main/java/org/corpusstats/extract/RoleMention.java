package org.corpusstats.extract;

import java.io.Serializable;

/**
 * A title the text gives a person ("General Secretary Stalin", "Powell, the Secretary of State").
 *
 * @param personKey the person mention's key, which entity resolution turns into the canonical name
 * @param title     the title as written, without a leading article
 */
public record RoleMention(String personKey, String title) implements Serializable {}
