package org.corpusstats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions Maven wrote into version.properties at build time. */
public final class Version {

  private static final Properties BUILD = load();

  private Version() {}

  public static String current() {
    return BUILD.getProperty("version", "unknown");
  }

  public static String coreNlp() {
    return BUILD.getProperty("corenlp", "unknown");
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // A missing file only costs the version string.
    }
    return properties;
  }
}
