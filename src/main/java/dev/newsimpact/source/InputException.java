package dev.newsimpact.source;

/** An input could not be read: a missing file, a failed download, binary junk. The batch goes on. */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
