package dev.newsimpact.cli;

import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.eval.ActualMove;
import dev.newsimpact.eval.ClaimError;
import dev.newsimpact.eval.ClaimScore;
import dev.newsimpact.eval.ClaimScorer;
import dev.newsimpact.eval.DevPassage;
import dev.newsimpact.eval.DevSet;
import dev.newsimpact.eval.HeadlineRow;
import dev.newsimpact.eval.HeadlineScore;
import dev.newsimpact.eval.HeadlineScorer;
import dev.newsimpact.eval.HeadlineSet;
import dev.newsimpact.eval.LinkError;
import dev.newsimpact.eval.LinkPassage;
import dev.newsimpact.eval.LinkScore;
import dev.newsimpact.eval.LinkScorer;
import dev.newsimpact.eval.LinkSet;
import dev.newsimpact.eval.PredictedMention;
import dev.newsimpact.output.JsonLine;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.pipeline.ExtractorSettings;
import dev.newsimpact.pipeline.Extractors;
import dev.newsimpact.pipeline.ScoredClaim;
import dev.newsimpact.pipeline.ScoredMention;
import dev.newsimpact.text.Article;
import dev.newsimpact.ticker.SecurityKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsimpact eval}: scores the pipeline against hand-annotated sets and prints the figures as
 * one JSON object. The sets live in the repository under src/test/resources/eval.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Scores the pipeline on an annotated set and prints one JSON summary on stdout.",
      "  claims: price moves (precision, recall, F1, qualifier accuracy,",
      "          period recall) on",
      "          src/test/resources/eval/claims-dev.jsonl",
      "  links:  ticker links of FinEntity mentions (accuracy) on",
      "          src/test/resources/eval/finentity-links.jsonl",
      "  headlines: mention labels of a hand-labelled headline set (accuracy;",
      "          a security with no mention counts as wrong), by default",
      "          src/test/resources/sentiment/headlines-india-held-out.tsv"
    })
final class EvalCommand implements Callable<Integer> {

  enum Set {
    claims,
    links,
    headlines
  }

  @Parameters(index = "0", paramLabel = "SET", description = "claims, links or headlines.")
  Set set;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE",
      description = "The annotated set (default: the repository's set for SET).")
  Path file;

  @Option(names = "--errors", description = "Also list every error on stderr, one a line.")
  boolean errors;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "Drop ticker links less sure than P (default: ${DEFAULT-VALUE}).")
  double minConfidence = 0.5;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try {
      return evaluate();
    } catch (IOException e) {
      // a missing or malformed set is the user's input, not an internal error
      spec.commandLine().getErr().println("newsimpact: eval " + set + ": cannot read the set: "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file " + e.getMessage()
              : e.getMessage()));
      return ExitCode.INPUT_FAILED.code();
    }
  }

  private int evaluate() throws IOException {
    if (file != null && !java.nio.file.Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString()); // before loading any model
    }
    Extractor extractor = Extractors.standard(new ExtractorSettings(
        new ByteArrayInputStream(new byte[0]), Duration.ofSeconds(15), 10_000_000, minConfidence));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("set", set.name());
    if (set == Set.claims) {
      Path path = file != null ? file : Path.of("src/test/resources/eval/claims-dev.jsonl");
      List<DevPassage> passages = DevSet.read(path);
      Extractor claims = extractor.claimsOnly();
      ClaimScore score = ClaimScorer.scoreAll(passages, p -> moves(claims, p));
      summary.put("file", path.toString());
      summary.put("passages", passages.size());
      summary.put("true_positives", score.truePositives());
      summary.put("false_positives", score.falsePositives());
      summary.put("false_negatives", score.falseNegatives());
      summary.put("precision", round(score.precision()));
      summary.put("recall", round(score.recall()));
      summary.put("f1", round(score.f1()));
      summary.put("qualifier_accuracy", round(score.qualifierAccuracy()));
      summary.put("period_recall", round(score.periodRecall()));
      Map<String, Integer> kinds = new LinkedHashMap<>();
      score.errorCounts().forEach((k, v) -> kinds.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
      summary.put("errors", kinds);
      if (errors) {
        for (ClaimError error : score.errors()) {
          err.println(error.describe());
        }
      }
    } else if (set == Set.headlines) {
      Path path = file != null ? file
          : Path.of("src/test/resources/sentiment/headlines-india-held-out.tsv");
      List<HeadlineRow> rows = HeadlineSet.read(path);
      HeadlineScore score = HeadlineScorer.scoreAll(rows, h -> labelled(extractor, h));
      summary.put("file", path.toString());
      summary.put("rows", score.rows());
      summary.put("found", score.found());
      summary.put("right", score.right());
      summary.put("accuracy", round(score.accuracy()));
      summary.put("accuracy_found", round(score.accuracyFound()));
      if (errors) {
        for (HeadlineScore.HeadlineError error : score.errors()) {
          err.println(error.describe());
        }
      }
    } else {
      Path path = file != null ? file : Path.of("src/test/resources/eval/finentity-links.jsonl");
      List<LinkPassage> passages = LinkSet.read(path);
      LinkScore score = LinkScorer.scoreAll(passages, p -> mentions(extractor, p));
      summary.put("file", path.toString());
      summary.put("passages", passages.size());
      summary.put("links", score.total());
      summary.put("correct", score.correct());
      summary.put("skipped", score.skipped());
      summary.put("accuracy", round(score.accuracy()));
      Map<String, Integer> kinds = new LinkedHashMap<>();
      for (LinkError error : score.errors()) {
        kinds.merge(error.kind().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        if (errors) {
          err.println(error.passageId() + " " + error.kind() + " " + error.gold().text() + " -> "
              + error.gold().ticker() + " got " + error.predictedTickers());
        }
      }
      summary.put("errors", kinds);
    }
    out.println(JsonLine.of(summary));
    out.flush();
    return ExitCode.OK.code();
  }

  private static List<ActualMove> moves(Extractor extractor, DevPassage passage) {
    ArticleResult result = extractor.analyze(new Article(passage.id(), passage.origin(), null, null,
        passage.published(), null, passage.text()));
    List<ActualMove> moves = new ArrayList<>();
    for (ScoredClaim scored : result.claims()) {
      // The set annotates no currency moves (its README), so they are left out rather than spurious.
      if (scored.claim().type() == ClaimType.PRICE_MOVE
          && scored.claim().entity().security().kind() != SecurityKind.CURRENCY) {
        var claim = scored.claim();
        moves.add(new ActualMove(claim.entity().security().ticker(), claim.value(), claim.unit(),
            claim.qualifier() == null ? null : claim.qualifier().schemaName(), claim.period()));
      }
    }
    return moves;
  }

  private static List<PredictedMention> mentions(Extractor extractor, LinkPassage passage) {
    ArticleResult result = extractor.analyze(
        new Article(passage.id(), passage.id(), null, null, null, null, passage.text()));
    List<PredictedMention> predicted = new ArrayList<>();
    for (ScoredMention scored : result.mentions()) {
      predicted.add(new PredictedMention(scored.mention().begin(), scored.mention().end(),
          scored.mention().security().ticker()));
    }
    return predicted;
  }

  private static List<HeadlineScorer.LabelledMention> labelled(Extractor extractor,
      String headline) {
    ArticleResult result = extractor.analyze(
        new Article("headline", "headline", null, null, null, null, headline));
    List<HeadlineScorer.LabelledMention> labelled = new ArrayList<>();
    for (ScoredMention scored : result.mentions()) {
      labelled.add(new HeadlineScorer.LabelledMention(scored.mention().begin(),
          scored.mention().end(),
          scored.sentiment().label().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return labelled;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
