package dev.newsimpact.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: names the subcommands and documents what they share. */
@Command(
    name = "newsimpact",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Turns financial news into structured impact records: the securities an article names, the"
          + " figures it claims about them (\"SK Hynix plunging 14%%\" -> 000660.KS, -14 percent),"
          + " and the sentiment for their holders, one JSON object per line on stdout.",
      ""
    },
    subcommands = {ExtractCommand.class, MentionsCommand.class, ArticleTextCommand.class,
      TickersCommand.class, EvalCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsimpact extract samples/meta-sells-compute-chip-slump.txt",
      "  newsimpact extract --format table article.html https://example.com/news.html",
      "  curl -s https://example.com/story | newsimpact extract - | jq -r .entity.ticker",
      "  newsimpact extract --feed https://example.com/markets.rss",
      "  newsimpact article https://example.com/news.html | jq -r .text"
    })
public final class NewsimpactCommand implements Runnable {

  private final InputStream stdin;
  private final RunContext context;

  @Spec CommandSpec spec;

  NewsimpactCommand(InputStream stdin) {
    this(stdin, RunContext.inProcess());
  }

  NewsimpactCommand(InputStream stdin, RunContext context) {
    this.stdin = stdin;
    this.context = context;
  }

  InputStream stdin() {
    return stdin;
  }

  RunContext context() {
    return context;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required (extract, mentions, article)");
  }
}
