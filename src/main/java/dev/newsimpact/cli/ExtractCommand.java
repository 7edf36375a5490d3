package dev.newsimpact.cli;

import dev.newsimpact.output.RecordKind;
import picocli.CommandLine.Command;

/** {@code newsimpact extract}: one impact record per claim. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Prints one impact record (schema impact/v1) per figure an article claims about a security:"
          + " its ticker, the signed value, unit, direction, hedge (as much as, more than, ...),"
          + " period, the sentiment for its holders, and the sentence it came from."
    })
final class ExtractCommand extends ArticleCommand {

  @Override
  RecordKind recordKind() {
    return RecordKind.IMPACT;
  }
}
