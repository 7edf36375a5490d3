package dev.newsimpact.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.text.Article;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {

  @TempDir Path dir;

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

  private static Article article(String url, String text) {
    return new Article("id", "src", url, null, null, null, text);
  }

  private static final List<StoredRecord> RECORDS =
      List.of(new StoredRecord("impact/v1", "MU", "price_move", -3.0, "percent", -0.45, "{}"));

  @Test
  void anArticleIsKnownAgainByItsUrlOrItsText() throws StoreException {
    try (ArticleStore store = ArticleStore.open(dir.resolve("a.db"), CLOCK)) {
      Article first = article("https://example.com/a?utm_source=rss", "Micron fell 3%.");
      assertThat(store.seen(first)).isFalse();
      assertThat(store.save(first, RECORDS, () -> true)).isEqualTo(ArticleStore.Saved.NEW);
      assertThat(store.seen(article("https://EXAMPLE.com/a", "An updated text."))).isTrue();
      assertThat(store.seen(article(null, "Micron fell 3%."))).isTrue();
      assertThat(store.seen(article(null, "Something else."))).isFalse();
      assertThat(store.save(first, RECORDS, () -> true)).isEqualTo(ArticleStore.Saved.SEEN);
    }
  }

  @Test
  void aFailedDeliveryStoresNothing() throws StoreException {
    try (ArticleStore store = ArticleStore.open(dir.resolve("a.db"), CLOCK)) {
      Article article = article(null, "Micron fell 3%.");
      assertThat(store.save(article, RECORDS, () -> false)).isEqualTo(ArticleStore.Saved.NOT_DELIVERED);
      assertThat(store.seen(article)).isFalse();
    }
    try (ArticleStore reopened = ArticleStore.open(dir.resolve("a.db"), CLOCK)) {
      assertThat(reopened.save(article(null, "Micron fell 3%."), RECORDS, () -> true))
          .isEqualTo(ArticleStore.Saved.NEW);
    }
  }
}
