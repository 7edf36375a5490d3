package dev.newsimpact.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The job's command line, parsed and checked. Immutable.
 *
 * @param inputs files, directories or globs on any Hadoop file system ({@code file:}, {@code hdfs:},
 *     {@code s3a:}, ...), as the user gave them
 * @param output the directory the part files go to
 * @param format the records' file format
 * @param inputFormat how input files are read
 * @param partitions partitions of the language stage; 0 chooses from the input size
 * @param minConfidence ticker links below this are dropped, as with the CLI's option
 * @param overwrite replace {@code output} when it exists
 * @param master the Spark master URL, or null to take spark-submit's (else {@code local[*]})
 * @param conf further Spark settings, in the order given
 */
record JobOptions(List<String> inputs, String output, OutputFormat format, InputFormat inputFormat,
    int partitions, double minConfidence, boolean overwrite, String master, Map<String, String> conf) {

  /** The CLI's default for {@code --min-confidence}; a test holds the two to the same records. */
  static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  /** How the records are written. */
  enum OutputFormat {
    JSONL,
    PARQUET
  }

  /** How an input file is read. */
  enum InputFormat {
    /** WARC for names ending in .warc, .arc, .warc.gz or .arc.gz, JSON Lines for the rest. */
    AUTO,
    JSONL,
    WARC
  }

  /** The command line is wrong; the message says how, for a person. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(inputFormat, "inputFormat");
    conf = Map.copyOf(conf);
  }

  static final String USAGE = """
      Usage: newsimpact-spark --input PATH... --output DIR [options]

      Runs newsimpact's extractor on Apache Spark and writes one impact/v1 record per claim, the
      records `newsimpact extract` prints for the same articles.

      Inputs (--input, repeatable): a file, a directory (read recursively; names starting with . or _
      are skipped) or a glob, on any file system Spark reads: a local path, hdfs://, s3a://...
        JSON Lines   one article a line: {"id", "url", "published", "text" or "html"}, as for
                     `newsimpact extract --input-format jsonl`; article.source is FILE:LINE
        WARC / ARC   web archives such as Common Crawl's CC-NEWS (.warc, .warc.gz, .arc, .arc.gz):
                     every 2xx HTML response; article.source is FILE@OFFSET of its record
        gzip-compressed JSON Lines are read too.

      Options:
        --input PATH          input file, directory or glob (repeatable, at least one)
        --output DIR          directory for the part files; must not exist unless --overwrite
        --format FORMAT       jsonl (default): JSON Lines part files, one record a line;
                              parquet: Parquet files with the columns of impact/v1
        --input-format FMT    auto (default: WARC by file name, else JSON Lines), jsonl or warc
        --partitions N        partitions of the language stage (default: one per 16 MiB of input,
                              at least Spark's default parallelism)
        --min-confidence P    drop ticker links less sure than P, in [0, 1] (default: 0.5)
        --overwrite           replace DIR if it exists
        --master URL          Spark master (default: spark-submit's, else local[*])
        --conf KEY=VALUE      a Spark setting (repeatable); local masters default to
                              spark.ui.enabled=false
        -h, --help            print this help and exit

      Records go to DIR, never to stdout; a summary line and errors go to stderr.
      Memory: the models and the work of a few tasks took 0.6 to 0.7 GiB of live heap when
      measured; give executors of up to 4 cores 2 GiB (spark.executor.memory=2g).

      Exit codes:
        0   every article was processed
        1   some inputs or articles failed; the records of the others were written
        2   the command line is wrong
        4   the output could not be written (DIR exists, no permission)
        70  an internal error
      """;

  /** Parses the arguments; {@code null} means help was asked for. */
  static JobOptions parse(String[] args) throws UsageException {
    List<String> inputs = new ArrayList<>();
    String output = null;
    OutputFormat format = OutputFormat.JSONL;
    InputFormat inputFormat = InputFormat.AUTO;
    int partitions = 0;
    double minConfidence = DEFAULT_MIN_CONFIDENCE;
    boolean overwrite = false;
    String master = null;
    Map<String, String> conf = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "-h", "--help" -> {
          return null;
        }
        case "--overwrite" -> overwrite = true;
        case "--input", "--output", "--format", "--input-format", "--partitions",
            "--min-confidence", "--master", "--conf" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(name + " needs a value");
            }
            value = args[++i];
          }
          switch (name) {
            case "--input" -> inputs.add(nonBlank(name, value));
            case "--output" -> output = nonBlank(name, value);
            case "--format" -> format = choice(name, value, OutputFormat.class);
            case "--input-format" -> inputFormat = choice(name, value, InputFormat.class);
            case "--partitions" -> partitions = positive(name, value);
            case "--min-confidence" -> minConfidence = probability(name, value);
            case "--master" -> master = nonBlank(name, value);
            default -> putSetting(conf, value);
          }
        }
        default -> throw new UsageException(arg.startsWith("-") ? "unknown option " + arg
            : "unexpected argument " + arg + " (inputs are given with --input)");
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("no --input given");
    }
    if (output == null) {
      throw new UsageException("no --output given");
    }
    return new JobOptions(inputs, output, format, inputFormat, partitions, minConfidence, overwrite,
        master, conf);
  }

  private static String nonBlank(String name, String value) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException(name + " needs a value");
    }
    return value;
  }

  private static <E extends Enum<E>> E choice(String name, String value, Class<E> type)
      throws UsageException {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String lower = constant.name().toLowerCase(Locale.ROOT);
      if (lower.equals(value.toLowerCase(Locale.ROOT))) {
        return constant;
      }
      names.add(lower);
    }
    throw new UsageException(name + " must be one of " + String.join(", ", names) + ", not '"
        + value + "'");
  }

  private static int positive(String name, String value) throws UsageException {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " must be a whole number of at least 1, not '" + value + "'");
  }

  private static double probability(String name, String value) throws UsageException {
    try {
      double p = Double.parseDouble(value.strip());
      if (p >= 0 && p <= 1) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " must be a number in [0, 1], not '" + value + "'");
  }

  private static void putSetting(Map<String, String> conf, String setting) throws UsageException {
    int eq = setting.indexOf('=');
    if (eq <= 0) {
      throw new UsageException("--conf takes KEY=VALUE, not '" + setting + "'");
    }
    conf.put(setting.substring(0, eq).strip(), setting.substring(eq + 1));
  }
}
