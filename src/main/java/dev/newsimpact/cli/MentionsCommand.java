package dev.newsimpact.cli;

import dev.newsimpact.output.RecordKind;
import picocli.CommandLine.Command;

/** {@code newsimpact mentions}: one mention record per linked mention. */
@Command(
    name = "mentions",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Prints one mention record (schema mention/v1) per place an article names a security, in"
          + " text order: the name as written, its ticker, exchange, kind, link confidence, the"
          + " sentiment toward it in that sentence, and the sentence and mention offsets."
    })
final class MentionsCommand extends ArticleCommand {

  @Override
  RecordKind recordKind() {
    return RecordKind.MENTION;
  }
}
