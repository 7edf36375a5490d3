package dev.newsimpact.ticker.build;

import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the prebuilt universe resource from the source files in {@code shared/data/tickers} and the
 * curated files in {@code src/main/universe}. Run by {@code scripts/build-universe}; the test
 * UniverseBuildTest runs it too and checks that the shipped resource is what it builds.
 *
 * <p>Usage: {@code UniverseBuilder [SOURCES_DIR [OUTPUT_DIR]]}, paths relative to the project root;
 * defaults {@code ../shared/data/tickers} and {@code src/main/resources/dev/newsimpact/ticker}.
 */
public final class UniverseBuilder {

  /** File name of the universe inside the output directory. */
  public static final String UNIVERSE_FILE = "universe.bin.gz";
  /** File name of the record of source commits inside the output directory. */
  public static final String SOURCES_FILE = "universe-sources.txt";

  private UniverseBuilder() {}

  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args.length > 0 ? args[0] : "../shared/data/tickers");
    Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/dev/newsimpact/ticker");
    int n = build(sources, Path.of("src/main/universe"), out);
    System.err.println("universe: " + n + " securities written to " + out.resolve(UNIVERSE_FILE));
  }

  /**
   * Builds from {@code sources} and the curated directory into {@code outDir}; returns the number
   * of securities. Same inputs, same bytes.
   */
  public static int build(Path sources, Path curated, Path outDir) throws IOException {
    WordLists words = WordLists.read(curated);
    Map<String, Draft> drafts = new TreeMap<>();
    UsListings.read(sources, drafts);
    Map<String, String> byIsin = FinanceDatabaseListings.read(sources, drafts);
    PyTickerSymbols.read(sources, drafts, byIsin);
    SentfinAliases.read(sources, drafts, words);
    Overrides.apply(curated.resolve("overrides.tsv"), drafts);
    ForeignIssuers.mark(drafts, words);
    for (Draft d : drafts.values()) {
      addInitials(d);
    }
    DerivedNames.add(drafts, words);
    List<Draft> list = new ArrayList<>();
    for (Draft d : drafts.values()) {
      if (d.name != null) {
        list.add(d);
      }
    }
    list.sort(Comparator.comparing((Draft d) -> d.ticker.getBytes(StandardCharsets.UTF_8),
        Arrays::compareUnsigned));
    Files.createDirectories(outDir);
    try (OutputStream o = Files.newOutputStream(outDir.resolve(UNIVERSE_FILE))) {
      UniverseWriter.write(list, words, o);
    }
    Files.writeString(outDir.resolve(SOURCES_FILE), sourceRecord(sources), StandardCharsets.UTF_8);
    return list.size();
  }

  /** "Advanced Micro Devices" listed as AMD: news calls it AMD, so the ticker is also a name. */
  private static void addInitials(Draft d) {
    if (d.kind != SecurityKind.EQUITY || d.secondary || !d.ticker.matches("[A-Z]{2,5}")) {
      return;
    }
    for (Draft.AliasDraft a : List.copyOf(d.aliases.values())) {
      if (a.origin() == Draft.Origin.NAME && a.text().contains(" ")
          && Names.initials(a.text()).equals(d.ticker)) {
        d.addAlias(d.ticker, Draft.Origin.DERIVED, false);
        return;
      }
    }
  }

  /** The repository, commit and path lines of every source folder's README.txt. */
  static String sourceRecord(Path sources) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Sources of universe.bin.gz, copied from the README.txt of each source folder.\n");
    List<Path> readmes;
    try (Stream<Path> s = Files.list(sources)) {
      readmes = s.map(p -> p.resolve("README.txt")).filter(Files::isRegularFile).sorted().toList();
    }
    for (Path readme : readmes) {
      sb.append('\n').append(readme.getParent().getFileName()).append(":\n");
      for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (l.matches("(?i)^(source repo|commit|path|paths|\\d\\)).*") || l.contains("commit ")) {
          sb.append("  ").append(l).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
