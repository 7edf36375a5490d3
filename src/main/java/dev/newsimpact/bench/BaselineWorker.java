package dev.newsimpact.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsimpact.nlp.BaselinePipeline;
import dev.newsimpact.text.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The baseline's side of the benchmark, in a JVM of its own ({@link BaselineProcess} starts it):
 * CoreNLP's plain pipeline with its models, its garbage and its compiled code kept out of the JVM
 * that times ours. Sharing one JVM cost ours on two threads: after each baseline turn the collector
 * and the JIT compiler were still busy with the baseline's heap and code, and took a core from our
 * two-thread run (thread scaling 1.40 with the baseline in the same JVM, 1.85 without it, both
 * after a minute of warm-up).
 *
 * <p>It reads the items of the timed runs from the JSON array of texts named by its one argument,
 * loads the pipeline, answers {@code {"model_load_s": ...}}, then serves one command per stdin line,
 * answering each with one JSON line on stdout:
 *
 * <ul>
 *   <li>{@code warmup THREADS SECONDS COUNT}: the first COUNT items untimed, again until SECONDS
 *       have passed; answers {@code {"passes": n}};
 *   <li>{@code run THREADS FROM TO}: times items FROM (inclusive) to TO; answers the run's figures
 *       as {@link Throughput.Run} holds them;
 *   <li>{@code quit}.
 * </ul>
 */
public final class BaselineWorker {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineWorker() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BaselineWorker TEXTS.json");
      System.exit(2);
    }
    List<Article> items = new ArrayList<>();
    for (String text : JSON.readValue(Path.of(args[0]).toFile(), String[].class)) {
      items.add(new Article("item-" + items.size(), "bench", null, null, null, null, text));
    }
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    long start = System.nanoTime();
    BaselinePipeline pipeline = new BaselinePipeline();
    ToIntFunction<Article> work = article -> pipeline.annotate(article.text());
    out.println(JSON.writeValueAsString(Map.of("model_load_s", (System.nanoTime() - start) / 1e9)));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] words = line.trim().split(" ");
      switch (words[0]) {
        case "warmup" -> {
          int threads = Integer.parseInt(words[1]);
          double seconds = Double.parseDouble(words[2]);
          List<Article> some = items.subList(0, Math.min(Integer.parseInt(words[3]), items.size()));
          out.println(JSON.writeValueAsString(
              Map.of("passes", Bench.warmUp(some, threads, seconds, work))));
        }
        case "run" -> {
          Throughput.Run run = Throughput.measure(
              items.subList(Integer.parseInt(words[2]), Integer.parseInt(words[3])),
              Integer.parseInt(words[1]), work);
          Map<String, Object> answer = new LinkedHashMap<>();
          answer.put("threads", run.threads());
          answer.put("articles", run.articles());
          answer.put("tokens", run.tokens());
          answer.put("seconds", run.seconds());
          answer.put("cpu_seconds", run.cpuSeconds());
          out.println(JSON.writeValueAsString(answer));
        }
        case "quit" -> {
          return;
        }
        default -> {
          System.err.println("BaselineWorker: unknown command: " + line);
          System.exit(2);
        }
      }
    }
  }
}
