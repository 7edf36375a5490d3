package dev.newsimpact.ticker.build;

import dev.newsimpact.ticker.SecurityKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** A security while the builder gathers facts about it from several sources. Not thread-safe. */
final class Draft {

  /** Where an alias came from; decides its weight and whether it may be shortened further. */
  enum Origin {
    NAME(1.0),
    CURATED(1.0),
    AKA(0.95),
    DERIVED(0.9);

    final double weight;

    Origin(double weight) {
      this.weight = weight;
    }
  }

  /** One alias as gathered: the text as a source spells it, its origin, and whether any case matches. */
  record AliasDraft(String text, Origin origin, boolean anyCase) {}

  final String ticker;
  String name;
  int namePriority = Integer.MAX_VALUE;
  SecurityKind kind;
  String mic;
  String country;
  /** Size prior in [0, 1]: how big or widely followed the security is. */
  double size;
  /** A depositary receipt or a listing outside the issuer's home market. */
  boolean secondary;
  /** No longer listed: kept for the news of its time, but earns no short derived name. */
  boolean delisted;
  /** A US depositary receipt: secondary if the home listing is in the universe too. */
  boolean depositary;
  /** Multiplies alias priors: below 1 for listings that are rarely the one meant (e.g. BSE twins). */
  double aliasWeight = 1.0;
  final Map<String, AliasDraft> aliases = new LinkedHashMap<>();

  Draft(String ticker, SecurityKind kind) {
    this.ticker = ticker;
    this.kind = kind;
  }

  /** Offers a display name; the lowest priority number wins (0 = curated, 1 = index short name ...). */
  void offerName(String candidate, int priority) {
    if (candidate != null && !candidate.isBlank() && priority < namePriority) {
      name = candidate.strip();
      namePriority = priority;
    }
  }

  /** Offers a company name as its everyday form: "Micron Technology, Inc." offers "Micron Technology". */
  void offerCompanyName(String rawName, int priority) {
    if (rawName == null || rawName.isBlank()) {
      return;
    }
    String tidy = Names.tidy(rawName);
    if (kind == SecurityKind.ETF) {
      offerName(tidy, priority);
      return;
    }
    var names = Names.everydayNames(tidy);
    offerName(names.isEmpty() ? tidy : names.get(0), priority);
  }

  void addAlias(String text, Origin origin, boolean anyCase) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    AliasDraft old = aliases.get(t);
    if (old == null || old.origin.weight < origin.weight || (anyCase && !old.anyCase)) {
      aliases.put(t, new AliasDraft(t, origin, anyCase || (old != null && old.anyCase)));
    }
  }

  /** Adds the everyday forms of a company name (see {@link Names#everydayNames}). */
  void addNameAliases(String rawName, Origin origin) {
    if (rawName == null || rawName.isBlank()) {
      return;
    }
    String tidy = Names.tidy(rawName);
    if (kind == SecurityKind.ETF) {
      addAlias(tidy, origin, false);
      String noTrust = tidy.replaceAll("(?i)\\s+(Trust|Fund|Shares)$", "");
      addAlias(noTrust, origin, false);
      return;
    }
    for (String n : Names.everydayNames(tidy)) {
      addAlias(n, origin, false);
    }
  }
}
