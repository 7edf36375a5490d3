package dev.newsimpact.store;

/** The database could not be opened, read or written. The run cannot keep its promises and stops. */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
