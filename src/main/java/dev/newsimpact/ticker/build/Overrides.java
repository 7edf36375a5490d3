package dev.newsimpact.ticker.build;

import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The curated file {@code src/main/universe/overrides.tsv}: indices under their everyday names,
 * commodity futures, top coins, big listings the sources lack, and everyday names of companies the
 * sources spell otherwise. Every row cites its source. Applied last, so it wins. A row of kind
 * "-" adds aliases to a security the sources hold and, when its size is not "-", sets the size: that
 * is how the main share line of a company with twins on one venue (VOW3.DE, PETR4.SA) is chosen.
 */
final class Overrides {

  private Overrides() {}

  static void apply(Path file, Map<String, Draft> drafts) throws IOException {
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("ticker\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 8 || f[7].isBlank() || "-".equals(f[7])) {
        throw new IOException(file + ":" + lineNo + ": expected 8 columns with a source");
      }
      String ticker = f[0];
      Draft d = drafts.get(ticker);
      if (!"-".equals(f[1])) {
        SecurityKind kind = SecurityKind.valueOf(f[1].toUpperCase(Locale.ROOT));
        if (d == null) {
          d = new Draft(ticker, kind);
          drafts.put(ticker, d);
        }
        d.kind = kind;
        d.aliasWeight = 1.0; // a curated row is the listing news means, delisted or not
        d.mic = dash(f[4]);
        d.country = dash(f[5]);
        d.size = Double.parseDouble(f[6]);
        d.offerName(f[2], 0);
      } else if (d == null) {
        throw new IOException(file + ":" + lineNo + ": no security " + ticker + " to add aliases to");
      } else if (!"-".equals(f[6])) {
        // a company's main share line among twins on one venue (VOW3.DE, not VOW.DE): more weight
        d.size = Double.parseDouble(f[6]);
        d.aliasWeight = 1.0;
      }
      for (String alias : f[3].split("\\|")) {
        boolean anyCase = alias.startsWith("~");
        d.addAlias(anyCase ? alias.substring(1) : alias, Draft.Origin.CURATED, anyCase);
      }
    }
  }

  private static String dash(String s) {
    return "-".equals(s) || s.isBlank() ? null : s;
  }
}
