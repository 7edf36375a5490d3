package dev.newsimpact.cli;

import dev.newsimpact.batch.ErrorKind;
import dev.newsimpact.batch.Outcome;
import dev.newsimpact.output.JsonLine;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports failed inputs: one line on stderr naming the input, a stack trace only on demand, and with
 * {@code --errors} one JSON object per failure ({@code error/v1}: source, kind, message) for
 * programs. Used by the one thread that consumes outcomes.
 */
final class FailureReport {

  private final PrintWriter err;
  private final PrintWriter errorsFile;
  private final boolean traces;
  private int count;

  /** {@code errorsFile} may be null; neither writer is closed here. */
  FailureReport(PrintWriter err, PrintWriter errorsFile, boolean traces) {
    this.err = err;
    this.errorsFile = errorsFile;
    this.traces = traces;
  }

  void report(Outcome.Failed failure) {
    count++;
    String source = failure.item().source();
    boolean internal = failure.kind() == ErrorKind.INTERNAL;
    err.println("newsimpact: " + source + ": " + failure.message()
        + (internal && !traces ? " (rerun with --stacktrace for details)" : ""));
    if (traces && failure.cause() != null) {
      failure.cause().printStackTrace(err);
    }
    if (errorsFile != null) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("schema", "error/v1");
      record.put("source", source);
      record.put("kind", failure.kind().schemaName());
      record.put("message", failure.message());
      errorsFile.write(JsonLine.of(record) + "\n");
      errorsFile.flush();
    }
  }

  int count() {
    return count;
  }

  /** True when the errors file could not be written. */
  boolean errorsFileFailed() {
    return errorsFile != null && errorsFile.checkError();
  }
}
