package dev.newsimpact.store;

import java.util.List;

/**
 * The tables, for people who query them: {@code articles} has one row per processed article,
 * {@code records} one row per output record with the article's {@code published} date and
 * {@code source} copied in, so that most questions need no join.
 */
final class Schema {
  private Schema() {}

  static final int VERSION = 1;

  static final List<String> STATEMENTS = List.of(
      """
      CREATE TABLE IF NOT EXISTS articles (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        source TEXT NOT NULL,
        url TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        published TEXT,
        site TEXT,
        processed_at TEXT NOT NULL
      )""",
      "CREATE INDEX IF NOT EXISTS articles_url ON articles(url)",
      "CREATE INDEX IF NOT EXISTS articles_published ON articles(published)",
      """
      CREATE TABLE IF NOT EXISTS records (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        schema TEXT NOT NULL,
        ticker TEXT NOT NULL,
        claim_type TEXT,
        value REAL,
        unit TEXT,
        sentiment REAL NOT NULL,
        published TEXT,
        source TEXT NOT NULL,
        processed_at TEXT NOT NULL,
        json TEXT NOT NULL
      )""",
      "CREATE INDEX IF NOT EXISTS records_article ON records(article)",
      "CREATE INDEX IF NOT EXISTS records_ticker ON records(ticker)",
      "CREATE INDEX IF NOT EXISTS records_claim_type ON records(claim_type)",
      "CREATE INDEX IF NOT EXISTS records_published ON records(published)",
      "CREATE INDEX IF NOT EXISTS records_source ON records(source)");
}
