package dev.newsimpact.cli;

import dev.newsimpact.bench.Bench;
import dev.newsimpact.bench.Corpus;
import dev.newsimpact.output.JsonLine;
import dev.newsimpact.pipeline.ExtractorSettings;
import dev.newsimpact.pipeline.Extractors;
import dev.newsimpact.source.DefaultDocumentSource;
import dev.newsimpact.source.InputException;
import dev.newsimpact.source.SourceOptions;
import dev.newsimpact.text.JsoupTextExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsimpact bench}: throughput, cold start and heap, against the plain CoreNLP pipeline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Measures the pipeline and prints one JSON object on stdout: articles/s and tokens/s on 1 and"
          + " N threads, the time to the first record of a cold JVM (newsimpact extract on the"
          + " founding sample, in a child JVM), model-loading time, peak heap, and the same"
          + " throughput of the plain whole-document CoreNLP pipeline (tokenize, ssplit, pos, lemma,"
          + " 4-class ner, depparse; in a JVM of its own, with the same heap) on the same articles,"
          + " with our speedup over it.",
      "Progress goes to stderr. On a shared machine compare the ratios, and the CPU-time figures,"
          + " rather than absolute wall times."
    })
final class BenchCommand implements Callable<Integer> {

  static final Path DEFAULT_CORPUS =
      Path.of("../shared/data/extraction/article-extraction-benchmark/ground-truth.json");
  static final Path SAMPLES = Path.of("samples");
  static final Path FOUNDING_SAMPLE = SAMPLES.resolve("meta-sells-compute-chip-slump.txt");

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Articles to run instead of the corpus (files, URLs, -), read once up front.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "A ground-truth.json of article bodies; its English bodies are the corpus"
          + " (default: ${DEFAULT-VALUE}; the bundled samples/ when it is absent).")
  Path corpus = DEFAULT_CORPUS;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads of the multi-threaded runs (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--repeat", paramLabel = "K",
      description = "Go over the articles K times in each timed run (default: ${DEFAULT-VALUE}).")
  int repeat = 1;

  @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also measure the plain CoreNLP pipeline (default: ${DEFAULT-VALUE}).")
  boolean baseline;

  @Option(names = "--cold-start", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Time a child JVM to its first record on the founding sample"
          + " (default: ${DEFAULT-VALUE}).")
  boolean coldStart;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Articles run untimed before each pipeline's timed runs (default: every article"
          + " of the corpus, once).")
  Integer warmup;

  @Option(names = "--warmup-seconds", paramLabel = "S",
      description = "Repeat each pipeline's warm-up until it has lasted S seconds"
          + " (default: ${DEFAULT-VALUE}).")
  double warmupSeconds = 60;

  @ParentCommand NewsimpactCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || repeat < 1 || (warmup != null && warmup < 0) || warmupSeconds < 0) {
      throw new ParameterException(spec.commandLine(),
          "--threads and --repeat must be at least 1, --warmup and --warmup-seconds at least 0");
    }
    PrintWriter err = spec.commandLine().getErr();
    ExtractorSettings settings = new ExtractorSettings(root.stdin(), Duration.ofSeconds(15),
        10_000_000, 0.5);
    Corpus articles = corpus(err);
    Bench bench = new Bench(
        new Bench.Options(threads, repeat, baseline, coldStart ? FOUNDING_SAMPLE : null,
            warmup == null ? Integer.MAX_VALUE : warmup, warmupSeconds), err);
    Map<String, Object> report = bench.run(articles, () -> Extractors.standard(settings));
    PrintWriter out = spec.commandLine().getOut();
    out.println(JsonLine.of(report));
    out.flush();
    return ExitCode.OK.code();
  }

  private Corpus corpus(PrintWriter err) throws IOException {
    List<String> chosen = inputs;
    if (chosen.isEmpty() && Files.isRegularFile(corpus)) {
      return Corpus.groundTruth(corpus);
    }
    if (chosen.isEmpty()) {
      err.println("newsimpact: " + corpus + " not found; benchmarking the bundled samples in "
          + SAMPLES + "/ instead");
      try (Stream<Path> files = Files.list(SAMPLES)) {
        chosen = files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
      }
      if (chosen.isEmpty()) {
        throw new Failures.CommandFailure(ExitCode.CONFIGURATION, "no corpus: " + corpus
            + " is missing and " + SAMPLES + "/ is empty", null);
      }
    }
    try {
      return Corpus.inputs(chosen, new DefaultDocumentSource(SourceOptions.defaults(), root.stdin()),
          new JsoupTextExtractor());
    } catch (InputException e) {
      throw new Failures.CommandFailure(ExitCode.INPUT_FAILED, e.getMessage(), e);
    }
  }
}
