package dev.newsimpact.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsimpact.text.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Counts only: no timing is asserted (the machine may be busy). */
class ThroughputTest {

  private static List<Article> articles(int n) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      articles.add(new Article("a" + i, "a" + i, null, null, null, null, "x".repeat(i)));
    }
    return articles;
  }

  @Test
  void everyArticleIsRunOnceAndItsTokensCounted() {
    for (int threads : List.of(1, 3)) {
      Set<String> seen = ConcurrentHashMap.newKeySet();
      Throughput.Run run = Throughput.measure(articles(10), threads, a -> {
        seen.add(a.id());
        return a.text().length();
      });
      assertThat(seen).hasSize(10);
      assertThat(run.articles()).isEqualTo(10);
      assertThat(run.tokens()).isEqualTo(45);
      assertThat(run.threads()).isEqualTo(threads);
      assertThat(run.seconds()).isPositive();
    }
  }

  @Test
  void runsAddUp() {
    Throughput.Run a = new Throughput.Run(2, 3, 30, 1.5, 1.0);
    Throughput.Run b = new Throughput.Run(2, 1, 10, 0.5, 1.0);
    Throughput.Run sum = a.plus(b);
    assertThat(sum.articlesPerSecond()).isEqualTo(2.0);
    assertThat(sum.tokensPerSecond()).isEqualTo(20.0);
    assertThat(sum.cpuMillisPerArticle()).isEqualTo(500.0);
  }

  @Test
  void aFailingArticleFailsTheRun() {
    assertThatThrownBy(() -> Throughput.measure(articles(4), 2, a -> {
      throw new IllegalStateException("boom " + a.id());
    })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("boom");
  }
}
