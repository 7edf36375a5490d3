package dev.newsimpact.ticker;

/**
 * Layout of the prebuilt universe resource, shared by {@code ticker.build.UniverseWriter} and {@link
 * Universe}. The resource is gzip over big-endian {@link java.io.DataOutputStream} values, laid out in
 * columns so that loading is a few bulk reads rather than a parse:
 *
 * <pre>
 * int magic, int version
 * int n (securities, sorted by ticker)
 *   text tickers, text names, text mics, text countries   ("" = none)
 *   byte[n] kind ordinals, short[n] sizes (thousandths), byte[n] security flags
 * int m (aliases, sorted by key, then falling prior, then ticker)
 *   text alias texts, text keys ("" = the text lower-cased in Locale.ROOT)
 *   int[m] security indices, short[m] priors (thousandths), byte[m] alias flags
 * </pre>
 *
 * A "text" column is n unsigned shorts (the UTF-8 length of each value) followed by the values'
 * UTF-8 bytes, concatenated; "" stands for none. Tickers and keys are sorted by their UTF-8 bytes,
 * so a reader can binary-search them without decoding. Scores are thousandths so bytes never
 * depend on float formatting.
 */
public final class UniverseFormat {

  public static final int MAGIC = 0x4E495531;
  public static final int VERSION = 1;
  /** Class-path location of the resource. */
  public static final String RESOURCE = "/dev/newsimpact/ticker/universe.bin.gz";

  /** Alias may match text in any case ("gold", "bitcoin"); otherwise it must be capitalised. */
  public static final int ANY_CASE = 1;
  /** Every unit of the alias is an everyday English word ("Target", "Block", "Gap"). */
  public static final int COMMON_WORD = 2;
  /** A short name the builder derived from the first word of a longer name ("Micron"). */
  public static final int DERIVED = 4;
  /** An upper-case abbreviation ("TSMC", "BMW"): matches only when written in capitals. */
  public static final int ACRONYM = 8;

  /** The ticker is an English word or a common abbreviation (ON, ALL, IT, AI, CEO). */
  public static final int SYMBOL_IS_WORD = 1;
  /** A depositary receipt or other secondary listing of a company listed elsewhere. */
  public static final int SECONDARY = 2;
  /** The ticker is an abbreviation news uses in its own sense (AI, CEO, IT, EV). */
  public static final int SYMBOL_IS_ABBREVIATION = 4;

  private UniverseFormat() {}
}
