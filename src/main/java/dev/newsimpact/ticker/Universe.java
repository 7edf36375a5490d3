package dev.newsimpact.ticker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The securities newsimpact can link to, with the names news uses for them. Loaded from a prebuilt
 * resource (see {@link UniverseFormat}; rebuilt by {@code scripts/build-universe}): loading copies a
 * few arrays out of one gzip stream and decodes a name only when it is asked for, so start-up stays
 * far under a parse of the CSV and JSON sources. Immutable and thread-safe.
 */
public final class Universe {

  private static final Logger LOG = LoggerFactory.getLogger(Universe.class);
  private static final int PREFIX_SCAN_LIMIT = 5000;

  private final TextColumn tickers;
  private final TextColumn names;
  private final TextColumn mics;
  private final TextColumn countries;
  private final byte[] kinds;
  private final short[] sizes;
  private final byte[] securityFlags;
  private final AtomicReferenceArray<Security> securities;
  /** Aliases, sorted by key, then falling prior. */
  private final TextColumn aliasTexts;
  private final TextColumn aliasKeys;
  private final int[] aliasOwners;
  private final short[] aliasPriors;
  private final byte[] aliasFlags;
  private volatile AliasAutomaton automaton;

  private Universe(ByteBuffer in) throws IOException {
    if (in.getInt() != UniverseFormat.MAGIC || in.getInt() != UniverseFormat.VERSION) {
      throw new IOException("not a newsimpact universe of version " + UniverseFormat.VERSION);
    }
    int n = in.getInt();
    tickers = TextColumn.read(in, n);
    names = TextColumn.read(in, n);
    mics = TextColumn.read(in, n);
    countries = TextColumn.read(in, n);
    kinds = new byte[n];
    in.get(kinds);
    sizes = shorts(in, n);
    securityFlags = new byte[n];
    in.get(securityFlags);
    securities = new AtomicReferenceArray<>(n);
    int m = in.getInt();
    aliasTexts = TextColumn.read(in, m);
    aliasKeys = TextColumn.read(in, m);
    aliasOwners = new int[m];
    in.asIntBuffer().get(aliasOwners);
    in.position(in.position() + 4 * m);
    aliasPriors = shorts(in, m);
    aliasFlags = new byte[m];
    in.get(aliasFlags);
  }

  private static short[] shorts(ByteBuffer in, int n) {
    short[] out = new short[n];
    in.asShortBuffer().get(out);
    in.position(in.position() + 2 * n);
    return out;
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
      LOG.debug("universe: {} securities, {} aliases loaded in {} ms", u.size(),
          u.aliasOwners.length, (System.nanoTime() - start) / 1_000_000);
      return u;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the universe resource", e);
    }
  }

  /** Reads a universe in the {@link UniverseFormat} layout (gzip); the caller closes the stream. */
  public static Universe load(InputStream gzipped) throws IOException {
    byte[] raw = new GZIPInputStream(gzipped, 1 << 16).readAllBytes();
    try {
      return new Universe(ByteBuffer.wrap(raw));
    } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IOException("truncated universe resource", e);
    }
  }

  /** Number of securities. */
  public int size() {
    return kinds.length;
  }

  /** The security with this Yahoo-style symbol; case-insensitive, "BRK.B" also finds BRK-B. */
  public Optional<Security> bySymbol(String symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    String s = symbol.strip().toUpperCase(Locale.ROOT);
    int i = indexOfTicker(s);
    if (i < 0 && s.indexOf('.') > 0 && s.indexOf('.') == s.length() - 2) {
      i = indexOfTicker(s.replace('.', '-'));
    }
    return i < 0 ? Optional.empty() : Optional.of(security(i));
  }

  private int indexOfTicker(String ticker) {
    byte[] key = ticker.getBytes(StandardCharsets.UTF_8);
    int i = tickers.lowerBound(key);
    return i < size() && tickers.compare(i, key) == 0 ? i : -1;
  }

  private Security security(int i) {
    Security s = securities.get(i);
    if (s == null) {
      s = new Security(tickers.get(i), names.get(i), SecurityKind.values()[kinds[i]], mics.get(i),
          countries.get(i));
      if (!securities.compareAndSet(i, null, s)) {
        s = securities.get(i);
      }
    }
    return s;
  }

  /**
   * Candidates for a name or symbol, best first: an exact symbol scores 1 when written like one (no
   * lower case; "gold" is a name before it is the ticker GOLD), an exact alias 0.5 plus half its
   * prior, an alias that starts with the query's words less. Ties go to the ticker in alphabetical
   * order, so answers are deterministic.
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
      byte[] prefix = (key + " ").getBytes(StandardCharsets.UTF_8);
      int from = aliasKeys.lowerBound(prefix);
      for (int i = from; i < aliasKeys.size() && i < from + PREFIX_SCAN_LIMIT; i++) {
        if (!aliasKeys.startsWith(i, prefix)) {
          break;
        }
        Alias a = alias(i);
        double coverage = (double) key.length() / a.key().length();
        offer(best, a, 0.2 * a.prior() + 0.25 * coverage);
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

  private Alias alias(int i) {
    return new Alias(aliasTexts.get(i), aliasKeys.get(i), security(aliasOwners[i]),
        aliasPriors[i] / 1000.0, aliasFlags[i]);
  }

  /** Every alias with exactly this key, highest prior first; empty when none. */
  List<Alias> aliasesFor(String key) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    List<Alias> out = new ArrayList<>(2);
    for (int i = aliasKeys.lowerBound(k); i < aliasKeys.size() && aliasKeys.compare(i, k) == 0; i++) {
      out.add(alias(i));
    }
    return out;
  }

  /** Every distinct alias key, in order; for building the linker's automaton. */
  List<String> keys() {
    List<String> out = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < aliasKeys.size(); i++) {
      String k = aliasKeys.get(i);
      if (!k.equals(previous)) {
        out.add(k);
        previous = k;
      }
    }
    return out;
  }

  /** The automaton over this universe's alias keys, built on first use and kept. */
  AliasAutomaton automaton() {
    AliasAutomaton a = automaton;
    if (a == null) {
      synchronized (this) {
        a = automaton;
        if (a == null) {
          long start = System.nanoTime();
          a = AliasAutomaton.build(keys());
          LOG.debug("alias automaton built in {} ms", (System.nanoTime() - start) / 1_000_000);
          automaton = a;
        }
      }
    }
    return a;
  }

  /** Size prior of a security of this universe, in [0, 1]. */
  double sizeOf(Security s) {
    int i = indexOfTicker(s.ticker());
    return i < 0 ? 0.0 : sizes[i] / 1000.0;
  }

  /** True when {@code flag} ({@link UniverseFormat} security flag) is set for the security. */
  boolean hasFlag(Security s, int flag) {
    int i = indexOfTicker(s.ticker());
    return i >= 0 && (securityFlags[i] & flag) != 0;
  }
}
