package dev.newsimpact.ticker.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Names Indian financial news uses for NSE companies, from the SEntFiN entity list: each row is an
 * NSE symbol and the comma-separated forms of its name. Rows whose symbol is not an NSE listing of
 * the universe (sector phrases such as "PHARMA") are skipped, and so are lower-case forms.
 */
final class SentfinAliases {

  private SentfinAliases() {}

  static void read(Path sources, Map<String, Draft> drafts) throws IOException {
    for (Map<String, String> row : Csv.read(sources.resolve("sentfin_aliases/entity_list_comprehensive.csv"))) {
      String symbol = row.get("Symbol");
      Draft d = symbol == null ? null : drafts.get(symbol.strip() + ".NS");
      if (d == null) {
        continue;
      }
      for (String form : row.get("Entity").split(",")) {
        String f = form.strip();
        if (f.isEmpty() || !Character.isUpperCase(f.charAt(0)) || f.equals(symbol.strip())
            || f.endsWith("- Old") || f.length() < 3) {
          continue;
        }
        if (Names.isShouting(f) || (f.equals(f.toUpperCase(java.util.Locale.ROOT)) && !Names.isAcronym(f))) {
          continue;
        }
        d.addNameAliases(f, Draft.Origin.AKA);
      }
    }
  }
}
