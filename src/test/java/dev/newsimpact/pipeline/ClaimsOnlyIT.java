package dev.newsimpact.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.eval.DevPassage;
import dev.newsimpact.eval.DevSet;
import dev.newsimpact.text.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Extractor#claimsOnly()} tags fewer sentences than {@link Extractor#analyze}; its claims must
 * be exactly the same, on the founding article and on the first passages of the claims set.
 */
class ClaimsOnlyIT {

  @Test
  void claimsOnlyFindsTheSameClaims() throws IOException {
    Extractor full = Extractors.standard(new ExtractorSettings(
        new ByteArrayInputStream(new byte[0]), Duration.ofSeconds(5), 10_000_000, 0.5));
    Extractor claims = full.claimsOnly();
    List<Article> articles = new ArrayList<>();
    articles.add(new Article("founding", "founding", null, null, null, null, Files.readString(
        Path.of("samples/meta-sells-compute-chip-slump.txt"), StandardCharsets.UTF_8)));
    for (DevPassage p : DevSet.read(Path.of("src/test/resources/eval/claims-dev.jsonl")).subList(0, 40)) {
      articles.add(new Article(p.id(), p.id(), null, null, null, null, p.text()));
    }
    int found = 0;
    for (Article article : articles) {
      ArticleResult expected = full.analyze(article);
      ArticleResult actual = claims.analyze(article);
      assertThat(actual.claims()).as(article.id()).isEqualTo(expected.claims());
      assertThat(actual.mentions()).isEmpty();
      found += actual.claims().size();
    }
    assertThat(found).isGreaterThan(20);
  }
}
