package dev.newsimpact.ticker.build;

import dev.newsimpact.ticker.AliasKeys;
import dev.newsimpact.ticker.SecurityKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds US listings of companies whose primary listing is abroad (Toyota's TM, Alibaba's BABA,
 * Barclays' BCS): a US equity that shares a name with a home listing of a non-US market becomes a
 * secondary listing, so the linker prefers the primary unless the text says "New York-listed".
 * Index members (names from the S&amp;P 500 file or pytickersymbols' US companies) stay primary.
 */
final class ForeignIssuers {

  private static final Set<String> US_MICS = Set.of("XNAS", "XNYS", "XASE", "ARCX", "BATS", "IEXG");

  private ForeignIssuers() {}

  static void mark(Map<String, Draft> drafts, WordLists words) {
    Map<String, Draft> home = new HashMap<>();
    for (Draft d : drafts.values()) {
      if (d.kind == SecurityKind.EQUITY && !d.secondary && d.mic != null && !US_MICS.contains(d.mic)
          && d.size >= 0.4) {
        for (Draft.AliasDraft a : d.aliases.values()) {
          String key = AliasKeys.key(a.text());
          if (key.length() >= 3) {
            home.merge(key, d, (x, y) -> x.size >= y.size ? x : y);
          }
        }
      }
    }
    for (Draft d : drafts.values()) {
      if (d.kind != SecurityKind.EQUITY || d.mic == null || !US_MICS.contains(d.mic)
          || (d.namePriority <= 2 && !d.depositary)) {
        continue;
      }
      for (Draft.AliasDraft a : d.aliases.values()) {
        String key = AliasKeys.key(a.text());
        Draft other = home.get(key);
        if (a.origin() != Draft.Origin.NAME || other == null
            || (!d.depositary && !distinctive(key, words))) {
          continue; // a US company named "Shell Midstream" is not Shell unless it says it is an ADR
        }
        if (Markets.isHomeCountry(other.mic, other.country)) {
          d.secondary = true; // Toyota's TM: Tokyo is home, New York a depositary listing
          d.aliasWeight = Math.min(d.aliasWeight, 0.6);
          d.country = other.country;
        } else {
          other.secondary = true; // Alibaba: New York came first, Hong Kong is the second listing
          other.aliasWeight = Math.min(other.aliasWeight, 0.6);
          d.country = other.country;
        }
        break;
      }
    }
  }

  private static boolean distinctive(String key, WordLists words) {
    return key.length() >= 4 && !words.isCommon(key);
  }
}
