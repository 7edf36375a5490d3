package dev.newsimpact.cli;

import dev.newsimpact.batch.InputFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options for runs over many inputs, unattended: where the inputs are listed, how many threads,
 * what to do on failure, where state and output go. Separate from {@link ArticleOptions} so that a
 * command reading one article need not offer them.
 */
final class BatchOptions {

  @Option(names = "--input-list", paramLabel = "FILE",
      description = "Read more inputs from FILE (- for standard input), one path, directory or URL"
          + " a line; blank lines and lines starting with # are skipped. Repeatable; read after the"
          + " INPUT arguments.")
  List<String> inputLists = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "What each input file holds: article (one HTML or text article) or jsonl (one"
          + " JSON object a line with text or html, and optional id, url, published)"
          + " (default: ${DEFAULT-VALUE}).")
  InputFormat inputFormat = InputFormat.ARTICLE;

  @Option(names = "--threads", paramLabel = "N",
      description = "Process N articles at a time; output keeps input order whatever N is"
          + " (default: ${DEFAULT-VALUE}; unless configured, the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--fail-fast", description = "Stop at the first input that fails.")
  boolean failFast;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Also append one JSON object per failed input to FILE: source, kind (input,"
          + " content, format, internal), message.")
  Path errors;

  @Option(names = "--db", paramLabel = "FILE",
      description = "Remember processed articles in the SQLite database FILE (created if missing) and"
          + " print only records of articles it has not seen; every article and record is stored"
          + " there for queries.")
  Path db;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write records to FILE instead of standard output; FILE is replaced in one step"
          + " when the run ends, so readers never see it half written.")
  Path output;

  @Option(names = "--by-ticker",
      description = "Print one summary per article and ticker (schema ticker/v1): mentions, claims,"
          + " and the sentiment of its lead price move, else the mean of its mentions'.")
  boolean byTicker;

  @Option(names = "--no-progress",
      description = "Never show the progress bar (it is shown only when stderr is a terminal).")
  boolean noProgress;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read default option values from FILE (key=value, e.g. threads=4 or"
          + " extract.format=csv) instead of $NEWSIMPACT_CONFIG or"
          + " ~/.config/newsimpact/config.properties.")
  Path config;
}
