package dev.newsimpact.source;

/**
 * Why a fetch failed, in words for the user and without the input's name, which {@link HttpSource}
 * puts in front when it turns this into an {@link InputException}.
 */
final class FetchFailure extends Exception {
  private static final long serialVersionUID = 1L;

  FetchFailure(String reason) {
    super(reason);
  }

  FetchFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}
