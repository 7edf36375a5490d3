package dev.newsimpact.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the FinEntity linking set: every annotated entity span that a Reuters instrument code
 * follows ("Johnson &amp; Johnson &lt;JNJ.N&gt;", also "Citigroup's &lt;C.N&gt;") becomes a gold
 * link to the code's Yahoo symbol, in the passage text with all codes removed. FinEntity's offsets
 * are off by a few characters for about 3% of spans; such a span is re-anchored at the nearest
 * occurrence of its value. Passages whose text repeats an earlier one are skipped.
 *
 * <p>Run by {@code scripts/build-link-eval}: {@code LinkSetBuilder FinEntity.json ric-to-yahoo.tsv
 * out.jsonl}. The summary goes to stderr.
 */
public final class LinkSetBuilder {

  // Between a name and its code: nothing, or a possessive ("Citigroup's <C.N>"); FinEntity's text has
  // U+FFFD U+FFFD where a curly apostrophe was lost.
  private static final Pattern BEFORE_CODE = Pattern.compile("(?:'s|\u2019s|\uFFFD\uFFFDs)?[ \\t]*");

  /** Counts for the summary. */
  public record Stats(
      int passagesRead,
      int duplicatesSkipped,
      int passagesWithLinks,
      int links,
      int reanchored,
      int unanchored,
      int ambiguous,
      Map<RicMap.Status, Integer> byStatus,
      int bySuffixRule,
      Map<String, Integer> unknownCodes) {

    /** Links with a Yahoo symbol. */
    public int mapped() {
      return links
          - ambiguous
          - byStatus.getOrDefault(RicMap.Status.NONE, 0)
          - byStatus.getOrDefault(RicMap.Status.UNKNOWN, 0);
    }
  }

  /** The linking set and its counts. */
  public record Result(List<LinkPassage> passages, Stats stats) {}

  private LinkSetBuilder() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Exit codes: 0 built, 1 input or output failed, 2 wrong arguments. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 3) {
      err.println("usage: LinkSetBuilder FinEntity.json ric-to-yahoo.tsv out.jsonl");
      return 2;
    }
    try {
      JsonNode finEntity = new ObjectMapper().readTree(Path.of(args[0]).toFile());
      Result result = build(finEntity, RicMap.read(Path.of(args[1])));
      try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
        LinkSet.write(result.passages(), w);
      }
      report(result.stats(), err);
      out.println(args[2]);
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("build-link-eval: " + e.getMessage());
      return 1;
    }
  }

  /** Builds the set from FinEntity's JSON array of {content, annotations[{start, end, value}]}. */
  public static Result build(JsonNode finEntity, RicMap map) {
    List<LinkPassage> passages = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Counter counter = new Counter();
    for (int index = 0; index < finEntity.size(); index++) {
      JsonNode item = finEntity.get(index);
      String content = item.path("content").asText();
      if (!seen.add(content)) {
        counter.duplicates++;
        continue;
      }
      List<GoldLink> links = linksOf(content, item.path("annotations"), map, counter);
      if (!links.isEmpty()) {
        passages.add(
            new LinkPassage("finentity:" + index, ReutersCodes.strip(content).text(), links));
      }
    }
    Stats stats =
        new Stats(
            finEntity.size(), counter.duplicates, passages.size(), counter.links,
            counter.reanchored, counter.unanchored, counter.ambiguous, Map.copyOf(counter.byStatus),
            counter.bySuffix, Map.copyOf(counter.unknown));
    return new Result(List.copyOf(passages), stats);
  }

  private static List<GoldLink> linksOf(
      String content, JsonNode annotations, RicMap map, Counter counter) {
    ReutersCodes.Stripped stripped = ReutersCodes.strip(content);
    List<GoldLink> links = new ArrayList<>();
    Set<Integer> starts = new HashSet<>();
    for (JsonNode a : annotations) {
      String value = a.path("value").asText();
      int start = anchor(content, value, a.path("start").asInt());
      if (start < 0) {
        counter.unanchored++;
        continue;
      }
      int end = start + value.length();
      Matcher gap = BEFORE_CODE.matcher(content).region(end, content.length());
      ReutersCodes.Code code = gap.lookingAt() ? stripped.codeOpeningAt(gap.end()) : null;
      if (code == null || !starts.add(start)) {
        continue;
      }
      counter.links++;
      if (start != a.path("start").asInt()) {
        counter.reanchored++;
      }
      RicMap.Resolution r = map.resolve(code.ric());
      String ticker = r.ticker();
      if (followedByAnotherCode(content, code, stripped)) {
        // "SAIC-GM-Wuling <GM.N><600104.SS>", "China stocks <.SSEC> <.CSI300>": no one answer.
        counter.ambiguous++;
        ticker = null;
      } else {
        counter.count(r);
      }
      links.add(new GoldLink(stripped.map(start), stripped.map(end), value, code.ric(), ticker));
    }
    links.sort(Comparator.comparingInt(GoldLink::start));
    return links;
  }

  private static boolean followedByAnotherCode(
      String content, ReutersCodes.Code code, ReutersCodes.Stripped stripped) {
    int next = code.removeTo();
    while (next < content.length() && (content.charAt(next) == ' ' || content.charAt(next) == '\t')) {
      next++;
    }
    return stripped.codeOpeningAt(next) != null;
  }

  // The given offset if the value is there, else the nearest occurrence of the value, else -1.
  static int anchor(String content, String value, int start) {
    if (value.isEmpty()) {
      return -1;
    }
    if (start >= 0 && content.startsWith(value, start)) {
      return start;
    }
    int best = -1;
    for (int i = content.indexOf(value); i >= 0; i = content.indexOf(value, i + 1)) {
      if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
        best = i;
      }
    }
    return best;
  }

  private static void report(Stats s, PrintStream err) {
    err.printf(Locale.ROOT,
        "FinEntity passages read: %d (%d repeating an earlier text skipped)%n",
        s.passagesRead(), s.duplicatesSkipped());
    err.printf(Locale.ROOT,
        "links (entity span followed by a code): %d in %d passages; %d re-anchored, %d spans not"
            + " found%n",
        s.links(), s.passagesWithLinks(), s.reanchored(), s.unanchored());
    err.printf(Locale.ROOT,
        "mapped to a Yahoo symbol: %d (%d by a suffix rule); several codes in a row, left"
            + " without ticker: %d; by status of the others: %s%n",
        s.mapped(), s.bySuffixRule(), s.ambiguous(), new TreeMap<>(s.byStatus()));
    if (!s.unknownCodes().isEmpty()) {
      err.printf(Locale.ROOT, "unknown codes (add them to the table): %s%n", new TreeMap<>(s.unknownCodes()));
    }
  }

  private static final class Counter {
    int duplicates;
    int links;
    int reanchored;
    int unanchored;
    int ambiguous;
    int bySuffix;
    final Map<RicMap.Status, Integer> byStatus = new EnumMap<>(RicMap.Status.class);
    final Map<String, Integer> unknown = new TreeMap<>();

    void count(RicMap.Resolution r) {
      byStatus.merge(r.status(), 1, Integer::sum);
      if (r.bySuffix()) {
        bySuffix++;
      }
      if (r.status() == RicMap.Status.UNKNOWN) {
        unknown.merge(r.ric(), 1, Integer::sum);
      }
    }
  }
}
