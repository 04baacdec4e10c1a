package org.corpusstats.report.network;

import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer with one element per line, indented two spaces a level, so that a reader can open the file
 * in an editor; and the one place where text is made fit for XML 1.0. StAX escapes markup but passes on what XML
 * forbids outright (most C0 controls), and Gephi and yEd refuse the whole file over one of them.
 */
final class IndentedXml {

  private static final String INDENT = "  ";

  private final XMLStreamWriter xml;
  private int depth;

  /**
   * The JDK's built-in writer, not whichever StAX implementation the class path offers (xerces, Woodstox): another
   * writer would format differently, and the same tables must give the same bytes.
   */
  IndentedXml(Writer out) throws XMLStreamException {
    xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
  }

  /** The document element, its namespace declared before its attributes. */
  IndentedXml root(String name, String namespace, String... attributes) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    xml.writeDefaultNamespace(namespace);
    attributes(attributes);
    depth++;
    return this;
  }

  /** Declares {@code prefix} on the element just started and writes one attribute in it. */
  IndentedXml prefixed(String prefix, String namespace, String name, String value) throws XMLStreamException {
    xml.writeNamespace(prefix, namespace);
    xml.writeAttribute(prefix, namespace, name, legal(value));
    return this;
  }

  /** @param attributes names and values, alternating */
  IndentedXml start(String name, String... attributes) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    attributes(attributes);
    depth++;
    return this;
  }

  IndentedXml empty(String name, String... attributes) throws XMLStreamException {
    newLine();
    xml.writeEmptyElement(name);
    attributes(attributes);
    return this;
  }

  /** An element holding only text, on one line. */
  IndentedXml text(String name, String text, String... attributes) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    attributes(attributes);
    xml.writeCharacters(legal(text));
    xml.writeEndElement();
    return this;
  }

  IndentedXml end() throws XMLStreamException {
    depth--;
    newLine();
    xml.writeEndElement();
    return this;
  }

  /** Ends the document with a line break and flushes; the underlying writer stays open for its owner to close. */
  void finish() throws XMLStreamException {
    while (depth > 0) {
      end();
    }
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private void attributes(String... attributes) throws XMLStreamException {
    for (int i = 0; i < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], legal(attributes[i + 1]));
    }
  }

  private void newLine() throws XMLStreamException {
    xml.writeCharacters("\n" + INDENT.repeat(depth));
  }

  /**
   * The text without the characters outside XML 1.0's {@code Char} production (section 2.2): C0 controls but tab,
   * line feed and carriage return; lone surrogates; U+FFFE and U+FFFF.
   */
  static String legal(String text) {
    if (text == null) {
      return "";
    }
    if (text.codePoints().allMatch(IndentedXml::isLegal)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(IndentedXml::isLegal).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isLegal(int c) {
    return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
        || c >= 0x10000 && c <= 0x10FFFF;
  }
}
