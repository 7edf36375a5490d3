package dev.newsimpact.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps Reuters instrument codes (RICs) to Yahoo-style symbols with a hand-kept table: exact codes
 * first, then exchange-suffix rules that keep the root ({@code NWG.L -> NWG.L}, {@code SIKA.S ->
 * SIKA.SW}, {@code JNJ.N -> JNJ}). A root that is not plain upper-case letters and digits (a share
 * class such as {@code ERICb.ST}) is never guessed by a suffix rule: it is {@link Status#UNKNOWN}
 * until the table names it.
 *
 * <p>Immutable and thread-safe once read.
 */
public final class RicMap {

  /** How sure the mapping is; see the table's header. */
  public enum Status {
    OK,
    RENAMED,
    DELISTED,
    UNCERTAIN,
    /** Known code without a Yahoo symbol: not a listed security, or none known. */
    NONE,
    /** Not in the table and no suffix rule applies. */
    UNKNOWN
  }

  /**
   * The answer for one code.
   *
   * @param ric the code asked about
   * @param ticker the Yahoo-style symbol, or null for NONE and UNKNOWN
   * @param status how sure the mapping is
   * @param bySuffix whether a suffix rule (not an exact row) gave it
   */
  public record Resolution(String ric, String ticker, Status status, boolean bySuffix) {}

  private static final Pattern PLAIN_ROOT = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

  private record Row(String to, Status status) {}

  private final Map<String, Row> exact;
  private final Map<String, Row> suffixes;

  private RicMap(Map<String, Row> exact, Map<String, Row> suffixes) {
    this.exact = Map.copyOf(exact);
    this.suffixes = Map.copyOf(suffixes);
  }

  public static RicMap read(Path table) throws IOException {
    try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Reads the tab-separated table (kind, from, to, status, note); lines starting with '#' and blank
   * lines are skipped. A malformed line or a code listed twice fails with its number.
   */
  public static RicMap read(Reader reader) throws IOException {
    Map<String, Row> exact = new HashMap<>();
    Map<String, Row> suffixes = new HashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new IOException("line " + number + ": expected kind, from, to, status");
      }
      Status status;
      try {
        status = Status.valueOf(f[3].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IOException("line " + number + ": unknown status " + f[3], e);
      }
      if (status == Status.UNKNOWN) {
        throw new IOException("line " + number + ": 'unknown' is not a table status");
      }
      String to = f[2].strip();
      Row row = new Row(to.equals("-") || status == Status.NONE ? null : to, status);
      Map<String, Row> target =
          switch (f[0].strip()) {
            case "ric" -> exact;
            case "suffix" -> suffixes;
            default -> throw new IOException("line " + number + ": unknown kind " + f[0]);
          };
      if (target.put(f[1].strip(), row) != null) {
        throw new IOException("line " + number + ": " + f[1] + " listed twice");
      }
    }
    return new RicMap(exact, suffixes);
  }

  public Resolution resolve(String ric) {
    Row row = exact.get(ric);
    if (row != null) {
      return new Resolution(ric, row.to(), row.status(), false);
    }
    int dot = ric.lastIndexOf('.');
    if (dot > 0 && dot < ric.length() - 1) {
      String root = ric.substring(0, dot);
      Row rule = suffixes.get(ric.substring(dot));
      if (rule != null && PLAIN_ROOT.matcher(root).matches()) {
        return new Resolution(ric, root + rule.to(), rule.status(), true);
      }
    }
    return new Resolution(ric, null, Status.UNKNOWN, false);
  }
}
