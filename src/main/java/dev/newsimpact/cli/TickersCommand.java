package dev.newsimpact.cli;

import dev.newsimpact.output.CsvWriter;
import dev.newsimpact.output.JsonLine;
import dev.newsimpact.output.OutputFormat;
import dev.newsimpact.ticker.Candidate;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.Universe;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsimpact tickers}: looks names or symbols up in the ticker universe. */
@Command(
    name = "tickers",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Looks up names or symbols in the built-in ticker universe and prints the candidates, best"
          + " first, with their scores: one JSON object per candidate (or a table with --format"
          + " table).",
      "Examples: newsimpact tickers \"SK Hynix\" SMH Kospi \"Brent crude\""
    })
final class TickersCommand implements Callable<Integer> {

  @Parameters(paramLabel = "QUERY", arity = "1..*",
      description = "A company, fund, index, coin or commodity name, or a symbol (MU, 7203.T, ^KS11).")
  List<String> queries;

  @Option(names = "--limit", paramLabel = "N",
      description = "At most N candidates per query (default: ${DEFAULT-VALUE}).")
  int limit = 5;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.JSONL;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Universe universe = Universe.loadDefault();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.TABLE) {
      out.printf(Locale.ROOT, "%-22s %-12s %-8s %-6s %6s  %s%n", "query", "ticker", "kind", "mic",
          "score", "name");
    }
    boolean csvHeader = format == OutputFormat.CSV;
    for (String query : queries) {
      List<Candidate> candidates = universe.lookup(query, limit);
      if (candidates.isEmpty()) {
        spec.commandLine().getErr().println("newsimpact: no security matches '" + query + "'");
      }
      for (Candidate candidate : candidates) {
        Security security = candidate.security();
        double score = Math.round(candidate.score() * 1000) / 1000.0;
        if (format == OutputFormat.TABLE) {
          out.printf(Locale.ROOT, "%-22s %-12s %-8s %-6s %6.3f  %s%n", query, security.ticker(),
              security.kind().schemaName(), security.mic() == null ? "-" : security.mic(), score,
              security.name());
        } else {
          Map<String, Object> record = new LinkedHashMap<>();
          record.put("query", query);
          record.put("ticker", security.ticker());
          record.put("name", security.name());
          record.put("kind", security.kind().schemaName());
          record.put("exchange", security.mic());
          record.put("country", security.country());
          record.put("score", score);
          record.put("matched", candidate.matchedAlias());
          if (format == OutputFormat.CSV) {
            if (csvHeader) {
              out.println(CsvWriter.line(List.copyOf(record.keySet())));
              csvHeader = false;
            }
            List<String> values = new ArrayList<>();
            record.values().forEach(v -> values.add(v == null ? null : String.valueOf(v)));
            out.println(CsvWriter.line(values));
          } else {
            out.println(JsonLine.of(record));
          }
        }
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
