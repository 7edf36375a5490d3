package dev.newsimpact.batch;

import java.util.Locale;

/** Why an input failed, as the {@code kind} of an error record. */
public enum ErrorKind {
  /** The bytes could not be had: no such file, permission denied, a failed download. */
  INPUT,
  /** The bytes are not an article: binary content, a PDF. */
  CONTENT,
  /** A JSON Lines record or an input list entry is malformed. */
  FORMAT,
  /** A bug: the pipeline threw on this input. */
  INTERNAL;

  public String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
