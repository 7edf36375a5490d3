package dev.newsimpact.ticker;

import java.util.List;

/**
 * A stretch of one sentence that may name a security, before the linker decides. Units are indices
 * into {@link SentenceView#units}; tokens into the sentence's tokens.
 *
 * @param view the sentence
 * @param firstUnit first unit of the stretch
 * @param endUnit unit just past it
 * @param form how the security is written
 * @param aliases for {@link Form#NAME}: the aliases whose key and case fit, best prior first
 * @param symbol for the symbol forms: the security the symbol names
 */
record Span(SentenceView view, int firstUnit, int endUnit, Form form, List<Alias> aliases,
    Security symbol) {

  /** How a span names its security. */
  enum Form {
    /** A name or alias: "Micron Technology", "Kospi", "gold". */
    NAME,
    /** A symbol in parentheses: "(SMH)". */
    PARENS,
    /** A cashtag: "$MU". */
    CASHTAG,
    /** A symbol after an exchange prefix: "NASDAQ: MU", "(KRX: 005930)". */
    PREFIX,
    /** A symbol standing alone in capitals: "NVDA". */
    BARE,
    /** A sector named as one: "tech stocks", "the domestic financial sector"; symbol is its index. */
    SECTOR,
    /** A bare sector word where the text speaks of sectors: "Materials and consumer discretionary". */
    SECTOR_BARE,
    /** Not a security, and nothing else may link here: an outlet named as a source. */
    BLOCK
  }

  int firstToken() {
    return view.units.get(firstUnit).token();
  }

  int endToken() {
    return view.units.get(endUnit - 1).token() + 1;
  }

  int begin() {
    return view.units.get(firstUnit).begin();
  }

  int end() {
    return view.units.get(endUnit - 1).end();
  }

  String text() {
    return view.text.substring(begin(), end());
  }

  int length() {
    return endUnit - firstUnit;
  }

  boolean overlaps(Span other) {
    return view == other.view && firstUnit < other.endUnit && other.firstUnit < endUnit;
  }
}
