package org.corpusstats.cli;

import org.corpusstats.Version;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: this tool's version and the CoreNLP it runs. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
        "corpus-stats " + Version.current(),
        "Stanford CoreNLP " + Version.coreNlp() + " (English models)",
        "Java " + System.getProperty("java.version")};
  }
}
