package dev.newsimpact.cli;

import dev.newsimpact.batch.Item;
import dev.newsimpact.output.ArticleRecords;
import dev.newsimpact.source.DefaultDocumentSource;
import dev.newsimpact.source.DocumentSource;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.InputException;
import dev.newsimpact.text.Article;
import dev.newsimpact.text.JsoupTextExtractor;
import dev.newsimpact.text.TextExtractor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsimpact article}: the first two stages of {@code extract} exposed, one {@code
 * article/v1} record per input with its main text and metadata. Loads no language models. Inputs
 * and failures are handled as {@code extract} handles them: in order, a failed input reported in
 * one line on stderr while the others go on.
 */
@Command(
    name = "article",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Prints one article record (schema article/v1) per input: the main text without menus,"
          + " links, comments and other page furniture, with its title, canonical URL, publication"
          + " date, site and language. The first stage of extract, without any language analysis."
    })
final class ArticleTextCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Pages to read: file paths (HTML or plain text; .gz accepted), http(s) URLs, or -"
          + " for standard input. With no INPUT and no --feed, standard input is read when it is not"
          + " a terminal.")
  List<String> arguments = new ArrayList<>();

  @Mixin ReadOptions read;

  @ParentCommand NewsimpactCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (read.verbose) {
      System.setProperty("NEWSIMPACT_LOG_LEVEL", "DEBUG");
    }
    PrintWriter err = spec.commandLine().getErr();
    DocumentSource source = new DefaultDocumentSource(
        read.sourceOptions(spec.commandLine()), root.stdin());
    List<Item> given = new ArrayList<>();
    for (String argument : arguments) {
      given.add(new Item.Read(Input.of(argument)));
    }
    if (arguments.isEmpty() && read.web.feeds.isEmpty()) {
      if (System.console() != null && root.stdin() == System.in) {
        throw new ParameterException(spec.commandLine(),
            "no INPUT given; name files or URLs, use --feed, or pipe a page into standard input");
      }
      given.add(new Item.Read(Input.of("-")));
    }
    TextExtractor extractor = new JsoupTextExtractor();
    int failed = 0;
    try (ArticleRecords records = new ArticleRecords(spec.commandLine().getOut())) {
      for (Iterator<Item> items = new FeedInputs(given.iterator(), read.web.feeds, source); items.hasNext(); ) {
        Item item = items.next();
        Article article;
        try {
          article = read(item, source, extractor);
        } catch (InputException e) {
          failed++;
          err.println("newsimpact: " + e.getMessage());
          trace(e, err);
          continue;
        } catch (RuntimeException e) {
          failed++;
          err.println("newsimpact: " + item.source() + ": internal error: " + e
              + (wantsTrace() ? "" : " (rerun with --stacktrace for details)"));
          trace(e, err);
          continue;
        }
        if (!records.write(article)) {
          return ExitCode.OK.code(); // the reader went away (`| head -1`): nothing left to deliver
        }
      }
    }
    return failed == 0 ? ExitCode.OK.code() : ExitCode.INPUT_FAILED.code();
  }

  private static Article read(Item item, DocumentSource source, TextExtractor extractor)
      throws InputException {
    if (item instanceof Item.Broken broken) {
      throw new InputException(broken.source() + ": " + broken.message());
    }
    return extractor.extract(source.read(((Item.Read) item).input()));
  }

  private boolean wantsTrace() {
    return read.wantsTrace();
  }

  private void trace(Exception e, PrintWriter err) {
    if (wantsTrace()) {
      e.printStackTrace(err);
    }
  }
}
