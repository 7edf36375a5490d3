package dev.newsimpact.ticker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The securities newsimpact can link to, with the names news uses for them. Loaded from a prebuilt
 * resource (see {@link UniverseFormat}; rebuilt by {@code scripts/build-universe}), so start-up reads
 * a compact binary file rather than parsing the CSV and JSON sources. Immutable and thread-safe.
 */
public final class Universe {

  private static final Logger LOG = LoggerFactory.getLogger(Universe.class);
  private static final int PREFIX_SCAN_LIMIT = 5000;

  private final Security[] securities;
  private final double[] sizes;
  private final byte[] securityFlags;
  private final Map<Security, Integer> indexOf;
  private final Map<String, Integer> bySymbol;
  /** Sorted by key, then by falling prior. */
  private final Alias[] aliases;
  private final String[] keys;

  private Universe(Security[] securities, double[] sizes, byte[] securityFlags, Alias[] aliases) {
    this.securities = securities;
    this.sizes = sizes;
    this.securityFlags = securityFlags;
    this.aliases = aliases;
    this.keys = new String[aliases.length];
    for (int i = 0; i < aliases.length; i++) {
      keys[i] = aliases[i].key();
    }
    this.bySymbol = new HashMap<>(securities.length * 2);
    this.indexOf = new IdentityHashMap<>(securities.length * 2);
    for (int i = 0; i < securities.length; i++) {
      bySymbol.put(securities[i].ticker(), i);
      indexOf.put(securities[i], i);
    }
  }

  /** The universe shipped with newsimpact, loaded once on first use. */
  public static Universe loadDefault() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final Universe DEFAULT = loadResource();
  }

  private static Universe loadResource() {
    long start = System.nanoTime();
    try (InputStream in = Universe.class.getResourceAsStream(UniverseFormat.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("universe resource missing: " + UniverseFormat.RESOURCE);
      }
      Universe u = load(in);
      LOG.debug("universe: {} securities, {} aliases loaded in {} ms", u.size(), u.aliases.length,
          (System.nanoTime() - start) / 1_000_000);
      return u;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the universe resource", e);
    }
  }

  /** Reads a universe in the {@link UniverseFormat} layout (gzip); the caller closes the stream. */
  public static Universe load(InputStream gzipped) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(new GZIPInputStream(gzipped, 1 << 16).readAllBytes());
    try {
      if (in.getInt() != UniverseFormat.MAGIC || in.getInt() != UniverseFormat.VERSION) {
        throw new IOException("not a newsimpact universe of version " + UniverseFormat.VERSION);
      }
      int n = in.getInt();
      String[] tickers = text(in, n, false);
      String[] names = text(in, n, false);
      String[] mics = text(in, n, true);
      String[] countries = text(in, n, true);
      SecurityKind[] kinds = SecurityKind.values();
      Security[] securities = new Security[n];
      for (int i = 0; i < n; i++) {
        securities[i] = new Security(tickers[i], names[i], kinds[in.get()], mics[i], countries[i]);
      }
      double[] sizes = new double[n];
      for (int i = 0; i < n; i++) {
        sizes[i] = in.getShort() / 1000.0;
      }
      byte[] flags = new byte[n];
      in.get(flags);
      int m = in.getInt();
      String[] texts = text(in, m, false);
      String[] keys = text(in, m, false);
      int[] owner = new int[m];
      in.asIntBuffer().get(owner);
      in.position(in.position() + 4 * m);
      short[] priors = new short[m];
      in.asShortBuffer().get(priors);
      in.position(in.position() + 2 * m);
      byte[] aliasFlags = new byte[m];
      in.get(aliasFlags);
      Alias[] aliases = new Alias[m];
      for (int i = 0; i < m; i++) {
        String key = keys[i] == null ? texts[i].toLowerCase(Locale.ROOT) : keys[i];
        aliases[i] = new Alias(texts[i], key, securities[owner[i]], priors[i] / 1000.0, aliasFlags[i]);
      }
      return new Universe(securities, sizes, flags, aliases);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IOException("truncated universe resource", e);
    }
  }

  /** One text column: n values joined by line breaks; empty values become null. */
  private static String[] text(ByteBuffer in, int n, boolean pooled) throws IOException {
    int len = in.getInt();
    String all = new String(in.array(), in.position(), len, StandardCharsets.UTF_8);
    in.position(in.position() + len);
    String[] out = new String[n];
    Map<String, String> pool = new HashMap<>();
    int from = 0;
    for (int i = 0; i < n; i++) {
      int to = all.indexOf('\n', from);
      if (to < 0) {
        to = all.length();
      }
      if (to > from) {
        String v = all.substring(from, to);
        out[i] = pooled ? pool.computeIfAbsent(v, k -> k) : v;
      }
      from = to + 1;
    }
    if (from < all.length()) {
      throw new IOException("universe text column has more than " + n + " values");
    }
    return out;
  }

  /** Number of securities. */
  public int size() {
    return securities.length;
  }

  /** The security with this Yahoo-style symbol; case-insensitive, "BRK.B" also finds BRK-B. */
  public Optional<Security> bySymbol(String symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    String s = symbol.strip().toUpperCase(Locale.ROOT);
    Integer i = bySymbol.get(s);
    if (i == null && s.indexOf('.') > 0 && s.indexOf('.') == s.length() - 2) {
      i = bySymbol.get(s.replace('.', '-'));
    }
    return i == null ? Optional.empty() : Optional.of(securities[i]);
  }

  /**
   * Candidates for a name or symbol, best first: an exact symbol scores 1 when written like one (no
   * lower case; "gold" is a name before it is the ticker GOLD), an exact alias 0.5 plus half its prior, an alias that starts with the query's words less. Ties go to the ticker in
   * alphabetical order, so answers are deterministic.
   */
  public List<Candidate> lookup(String query, int limit) {
    Map<Security, Candidate> best = new LinkedHashMap<>();
    if (query == null || query.isBlank() || limit <= 0) {
      return List.of();
    }
    boolean symbolLike = query.strip().chars().noneMatch(Character::isLowerCase);
    bySymbol(query).ifPresent(
        s -> best.put(s, new Candidate(s, symbolLike ? 1.0 : 0.6, s.ticker())));
    String key = AliasKeys.key(query);
    if (!key.isEmpty()) {
      for (Alias a : aliasesFor(key)) {
        offer(best, a, 0.5 + 0.5 * a.prior());
      }
      int from = lowerBound(key + " ");
      for (int i = from; i < aliases.length && i < from + PREFIX_SCAN_LIMIT; i++) {
        if (!keys[i].startsWith(key + " ")) {
          break;
        }
        double coverage = (double) key.length() / keys[i].length();
        offer(best, aliases[i], 0.2 * aliases[i].prior() + 0.25 * coverage);
      }
    }
    List<Candidate> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
        .thenComparing(c -> c.security().ticker()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
  }

  private static void offer(Map<Security, Candidate> best, Alias a, double score) {
    double rounded = Math.round(score * 1000) / 1000.0;
    Candidate old = best.get(a.security());
    if (old == null || old.score() < rounded) {
      best.put(a.security(), new Candidate(a.security(), rounded, a.text()));
    }
  }

  /** Every alias with exactly this key, highest prior first; empty when none. */
  List<Alias> aliasesFor(String key) {
    int from = lowerBound(key);
    int to = from;
    while (to < keys.length && keys[to].equals(key)) {
      to++;
    }
    return from == to ? List.of() : Collections.unmodifiableList(Arrays.asList(aliases).subList(from, to));
  }

  private int lowerBound(String key) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid].compareTo(key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** All aliases, sorted by key; for building the linker's automaton. */
  List<Alias> aliases() {
    return Collections.unmodifiableList(Arrays.asList(aliases));
  }

  /** Size prior of a security of this universe, in [0, 1]. */
  double sizeOf(Security s) {
    Integer i = indexOf.get(s);
    return i == null ? 0.0 : sizes[i];
  }

  /** True when {@code flag} ({@link UniverseFormat} security flag) is set for the security. */
  boolean hasFlag(Security s, int flag) {
    Integer i = indexOf.get(s);
    return i != null && (securityFlags[i] & flag) != 0;
  }
}
