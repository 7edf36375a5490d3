package dev.newsimpact.spark;

import dev.newsimpact.batch.JsonlArticles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The reading stage: the user's inputs to {@link ArticleInput}s, each file read whole by one task,
 * streaming (a file is never held in memory). The driver first checks which inputs exist ({@link
 * #list}); the tasks then read JSON Lines through the core's {@link JsonlArticles} and web archives
 * through {@link WarcPages}. A file that breaks off (a cut gzip stream, a corrupt record) keeps the
 * articles before the break and counts as one failed input.
 */
final class InputFiles {
  private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);

  /** The recursive directory listing switch of Hadoop's file input formats. */
  private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

  private InputFiles() {}

  /**
   * The inputs, checked on the driver.
   *
   * @param found inputs that name at least one file or directory
   * @param missing inputs that name nothing
   * @param bytes the size of everything found, for choosing the number of partitions
   */
  record Listing(List<String> found, List<String> missing, long bytes, SourceNames names) {}

  static Listing list(Configuration conf, List<String> inputs) throws IOException {
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<SourceNames.Given> given = new ArrayList<>();
    long bytes = 0;
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        missing.add(input);
        continue;
      }
      found.add(input);
      given.add(new SourceNames.Given(fs.makeQualified(path).toString(), input));
      for (FileStatus match : matches) {
        bytes += match.isDirectory() ? fs.getContentSummary(match.getPath()).getLength()
            : match.getLen();
      }
    }
    return new Listing(found, missing, bytes, new SourceNames(given));
  }

  /** The articles of every file found, one task per file (small files may share one). */
  static JavaRDD<ArticleInput> read(JavaSparkContext spark, Listing listing,
      JobOptions.InputFormat format, JobCounters counters) {
    spark.hadoopConfiguration().setBoolean(RECURSIVE, true);
    JavaRDD<ArticleInput> all = null;
    for (String input : listing.found()) {
      JavaRDD<ArticleInput> articles = spark.binaryFiles(input)
          .flatMap(new ReadFile(listing.names(), format, counters));
      all = all == null ? articles : all.union(articles);
    }
    return all == null ? spark.emptyRDD() : all;
  }

  static boolean isWarcName(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".arc")
        || name.endsWith(".arc.gz");
  }

  /** Reads one file in a task. */
  private static final class ReadFile
      implements FlatMapFunction<Tuple2<String, PortableDataStream>, ArticleInput> {
    private static final long serialVersionUID = 1L;

    private final SourceNames names;
    private final JobOptions.InputFormat format;
    private final JobCounters counters;

    ReadFile(SourceNames names, JobOptions.InputFormat format, JobCounters counters) {
      this.names = names;
      this.format = format;
      this.counters = counters;
    }

    @Override
    public Iterator<ArticleInput> call(Tuple2<String, PortableDataStream> file) throws IOException {
      String name = names.nameOf(file._1());
      InputStream in;
      try {
        in = file._2().open();
      } catch (Exception e) { // Scala code: an IOException comes undeclared
        fail(name + ": cannot open (" + e.getMessage() + ")", counters);
        return Collections.emptyIterator();
      }
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((TaskCompletionListener) context -> closeQuietly(in));
      }
      boolean warc = format == JobOptions.InputFormat.WARC
          || format == JobOptions.InputFormat.AUTO && isWarcName(file._1());
      try {
        Iterator<? extends ArticleInput> articles = warc
            ? new WarcPages(name, in, Pipelines.MAX_BYTES, message -> fail(message, counters))
            : new JsonLines(JsonlArticles.lines(name, in));
        return new UntilBroken(name, articles, in, counters);
      } catch (IOException | UncheckedIOException e) {
        closeQuietly(in);
        fail(name + ": cannot read (" + e.getMessage() + ")", counters);
        return Collections.emptyIterator();
      }
    }
  }

  /** The core's lines as the job's serializable inputs. */
  private record JsonLines(Iterator<JsonlArticles.Line> lines) implements Iterator<ArticleInput> {
    @Override
    public boolean hasNext() {
      return lines.hasNext();
    }

    @Override
    public ArticleInput next() {
      JsonlArticles.Line line = lines.next();
      return new ArticleInput.JsonLine(line.source(), line.json());
    }
  }

  /** A file's articles up to the first read error, which is reported; closes the file at the end. */
  private static final class UntilBroken implements Iterator<ArticleInput> {
    private final String name;
    private final Iterator<? extends ArticleInput> articles;
    private final InputStream in;
    private final JobCounters counters;
    private boolean done;

    UntilBroken(String name, Iterator<? extends ArticleInput> articles, InputStream in,
        JobCounters counters) {
      this.name = name;
      this.articles = articles;
      this.in = in;
      this.counters = counters;
    }

    @Override
    public boolean hasNext() {
      if (done) {
        return false;
      }
      try {
        if (articles.hasNext()) {
          return true;
        }
      } catch (UncheckedIOException e) {
        fail(e.getMessage() + "; the articles before it were kept", counters);
      }
      done = true;
      closeQuietly(in);
      return false;
    }

    @Override
    public ArticleInput next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return articles.next();
    }
  }

  /** Counts a file that could not be read (to its end); {@code message} names it. */
  private static void fail(String message, JobCounters counters) {
    counters.failed().add(1);
    LOG.warn("{}", message);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // An input: nothing written could be lost.
    }
  }
}
