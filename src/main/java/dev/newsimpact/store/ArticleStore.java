package dev.newsimpact.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsimpact.text.Article;
import java.io.Closeable;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Remembers processed articles and keeps their records in one SQLite file.
 *
 * <p>An article is known again by its normalized URL ({@link Urls}) or by the SHA-256 of its
 * extracted text, whichever matches. {@link #seen} may be called from any thread (it reads on a
 * connection of its own, serialised); {@link #save} from one thread at a time. The caller closes the
 * store; a store that is never closed (a killed run) leaves a database that the next open recovers.
 */
public final class ArticleStore implements Closeable {

  /** What {@link #save} did. */
  public enum Saved {
    /** Stored and delivered. */
    NEW,
    /** Another run, or an earlier input of this one, has it already: nothing delivered. */
    SEEN,
    /** Delivery failed, so nothing was stored. */
    NOT_DELIVERED
  }

  /** How long a run waits for another run's transaction before giving up. */
  static final int BUSY_TIMEOUT_MILLIS = 120_000;

  private static final String SEEN_SQL =
      "SELECT 1 FROM articles WHERE content_hash = ? OR (? IS NOT NULL AND url = ?) LIMIT 1";

  private final Path file;
  private final Clock clock;
  private final Connection reader;
  private final Connection writer;

  private ArticleStore(Path file, Clock clock, Connection reader, Connection writer) {
    this.file = file;
    this.clock = clock;
    this.reader = reader;
    this.writer = writer;
  }

  /** Opens or creates the database at {@code file}; its directory must exist. */
  public static ArticleStore open(Path file, Clock clock) throws StoreException {
    Connection writer = null;
    try {
      writer = connect(file);
      try (Statement statement = writer.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        statement.execute("BEGIN IMMEDIATE");
        for (String sql : Schema.STATEMENTS) {
          statement.execute(sql);
        }
        statement.execute("PRAGMA user_version=" + Schema.VERSION);
        statement.execute("COMMIT");
      }
      return new ArticleStore(file, clock, connect(file), writer);
    } catch (SQLException e) {
      closeQuietly(writer);
      throw new StoreException(file + ": cannot open the database (" + e.getMessage() + ")", e);
    }
  }

  private static Connection connect(Path file) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
      statement.execute("PRAGMA foreign_keys=ON");
      statement.execute("PRAGMA synchronous=NORMAL");
    } catch (SQLException e) {
      closeQuietly(connection);
      throw e;
    }
    return connection;
  }

  /** True when this article was stored before, by any run. */
  public boolean seen(Article article) throws StoreException {
    synchronized (reader) {
      return seen(reader, article);
    }
  }

  /**
   * Stores the article and its records and calls {@code deliver} (which prints them) in one
   * transaction, which commits only when delivery succeeded; an article already stored is neither
   * stored nor delivered again. Overlapping runs take turns here, so each article is delivered once.
   */
  public synchronized Saved save(Article article, List<StoredRecord> records, BooleanSupplier deliver)
      throws StoreException {
    try (Statement statement = writer.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      boolean committed = false;
      try {
        if (seen(writer, article)) {
          return Saved.SEEN;
        }
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        insert(insertArticle(article, now), article, records, now);
        if (!deliver.getAsBoolean()) {
          return Saved.NOT_DELIVERED;
        }
        statement.execute("COMMIT");
        committed = true;
        return Saved.NEW;
      } finally {
        if (!committed) {
          statement.execute("ROLLBACK");
        }
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot write to the database (" + e.getMessage() + ")", e);
    }
  }

  private boolean seen(Connection connection, Article article) throws StoreException {
    String url = Urls.normalize(article.url());
    try (PreparedStatement query = connection.prepareStatement(SEEN_SQL)) {
      query.setString(1, hash(article.text()));
      query.setString(2, url);
      query.setString(3, url);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read the database (" + e.getMessage() + ")", e);
    }
  }

  private long insertArticle(Article article, String now) throws SQLException {
    try (PreparedStatement insert = writer.prepareStatement("INSERT INTO articles (article_id, source,"
        + " url, content_hash, title, published, site, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, article.id());
      insert.setString(2, article.source());
      insert.setString(3, Urls.normalize(article.url()));
      insert.setString(4, hash(article.text()));
      insert.setString(5, article.title());
      insert.setString(6, article.published());
      insert.setString(7, article.site());
      insert.setString(8, now);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void insert(long articleRow, Article article, List<StoredRecord> records, String now)
      throws SQLException {
    try (PreparedStatement insert = writer.prepareStatement("INSERT INTO records (article, schema,"
        + " ticker, claim_type, value, unit, sentiment, published, source, processed_at, json)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredRecord record : records) {
        insert.setLong(1, articleRow);
        insert.setString(2, record.schema());
        insert.setString(3, record.ticker());
        insert.setString(4, record.claimType());
        if (record.value() == null) {
          insert.setNull(5, Types.REAL);
        } else {
          insert.setDouble(5, record.value());
        }
        insert.setString(6, record.unit());
        insert.setDouble(7, record.sentiment());
        insert.setString(8, article.published());
        insert.setString(9, article.source());
        insert.setString(10, now);
        insert.setString(11, record.json());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public void close() {
    synchronized (reader) {
      closeQuietly(reader);
    }
    synchronized (this) {
      closeQuietly(writer);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Every transaction was committed or rolled back already; nothing is lost.
      }
    }
  }
}
