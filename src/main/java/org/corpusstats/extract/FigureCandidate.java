package org.corpusstats.extract;

/** A figure while its sentence is being read: tokens [begin, end) and the token its parse is read from. */
final class FigureCandidate {
  final int begin;
  final int end;
  final FigureKind kind;
  final double value;
  final int anchor;
  String qualifier = "";
  String currency = "";
  String role = "";
  /** The unit when the words that make the figure say it themselves ("two weeks"); else read from the parse. */
  String unit;

  FigureCandidate(int begin, int end, FigureKind kind, double value, int anchor) {
    this.begin = begin;
    this.end = end;
    this.kind = kind;
    this.value = value;
    this.anchor = anchor;
  }

  boolean overlaps(int from, int to) {
    return begin < to && from < end;
  }
}
