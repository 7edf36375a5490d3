package dev.newsimpact.ticker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sentence says about where shares trade ("Hong Kong-listed", "H shares", "ADRs", "in Hong
 * Kong, Alibaba shares fell"), and the news outlets read from the class path. Stateless.
 */
final class ListingHints {

  private ListingHints() {}

  /** MICs that "Hong Kong-listed", "H shares" or "ADRs" in the sentence point to. */
  static Set<String> of(SentenceView view) {
    Set<String> mics = new HashSet<>();
    List<SentenceView.Unit> units = view.units;
    for (int j = 1; j < units.size(); j++) {
      String key = units.get(j).key();
      String prev = units.get(j - 1).key();
      if (key != null && (key.equals("adrs") || key.equals("adr"))) {
        mics.addAll(Cues.SHARE_CLASSES.get(key));
      }
      if (prev == null || key == null) {
        continue;
      }
      if ("in".equals(prev) && key != null && !"listed".equals(nextKey(units, j))) {
        // "in Hong Kong, Alibaba shares fell": the market where the shares trade
        mics.addAll(Cues.LISTING_PLACES.getOrDefault(
            "hong".equals(key) && "kong".equals(nextKey(units, j)) ? "hong kong" : key, Set.of()));
      }
      if ("listed".equals(key)) {
        mics.addAll(Cues.LISTING_PLACES.getOrDefault(prev, Set.of()));
        if (j >= 2 && units.get(j - 2).key() != null) {
          mics.addAll(Cues.LISTING_PLACES.getOrDefault(units.get(j - 2).key() + " " + prev, Set.of()));
        }
      } else if ("shares".equals(key) && prev.length() == 1) {
        mics.addAll(Cues.SHARE_CLASSES.getOrDefault(prev, Set.of()));
      }
    }
    return mics;
  }

  private static String nextKey(List<SentenceView.Unit> units, int j) {
    return j + 1 < units.size() ? units.get(j + 1).key() : null;
  }

  static List<String[]> readOutlets() {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = ListingHints.class.getResourceAsStream("news-outlets.txt")) {
      if (in == null) {
        throw new IllegalStateException("news-outlets.txt missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String key = AliasKeys.key(line.strip());
        if (!line.startsWith("#") && !key.isEmpty()) {
          out.add(key.split(" "));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
