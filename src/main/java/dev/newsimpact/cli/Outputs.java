package dev.newsimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsimpact.output.AtomicFile;
import dev.newsimpact.output.CsvWriter;
import dev.newsimpact.output.JsonLinesWriter;
import dev.newsimpact.output.OutputFormat;
import dev.newsimpact.output.RecordKind;
import dev.newsimpact.output.RecordWriter;
import dev.newsimpact.output.TableWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a run's records and error records go: standard output or an {@link AtomicFile}, and the
 * {@code --errors} file. Opened before any work so a bad path fails the run at once; {@link
 * #commit()} makes the output file appear, {@link #close()} drops it if it was not committed.
 */
final class Outputs implements AutoCloseable {

  private final AtomicFile file;
  private final PrintWriter records;
  private final PrintWriter errors;
  private final RecordWriter writer;
  private boolean committed;

  private Outputs(AtomicFile file, PrintWriter records, PrintWriter errors, RecordWriter writer) {
    this.file = file;
    this.records = records;
    this.errors = errors;
    this.writer = writer;
  }

  /** {@code output} and {@code errorsFile} may be null (standard output; no errors file). */
  static Outputs open(PrintWriter stdout, Path output, Path errorsFile, OutputFormat format,
      RecordKind kind) {
    AtomicFile file = null;
    PrintWriter records = stdout;
    if (output != null && !output.toString().equals("-")) {
      try {
        file = AtomicFile.create(output);
      } catch (IOException | RuntimeException e) {
        throw cannotCreate(output, e);
      }
      records = new PrintWriter(new BufferedWriter(new OutputStreamWriter(file.stream(), UTF_8)));
    }
    PrintWriter errors = null;
    if (errorsFile != null) {
      try {
        errors = new PrintWriter(new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(errorsFile, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), UTF_8)));
      } catch (IOException | RuntimeException e) {
        if (file != null) {
          file.discard();
        }
        throw cannotCreate(errorsFile, e);
      }
    }
    return new Outputs(file, records, errors, recordWriter(records, format, kind));
  }

  private static Failures.CommandFailure cannotCreate(Path path, Exception e) {
    return new Failures.CommandFailure(ExitCode.OUTPUT,
        path + ": cannot create the file (" + e + ")", e);
  }

  private static RecordWriter recordWriter(PrintWriter out, OutputFormat format, RecordKind kind) {
    return switch (format) {
      case JSONL -> new JsonLinesWriter(out, kind);
      case CSV -> new CsvWriter(out, kind);
      case TABLE -> new TableWriter(out, kind);
    };
  }

  RecordWriter records() {
    return writer;
  }

  /** Null without {@code --errors}. */
  PrintWriter errors() {
    return errors;
  }

  /** True when records go to a file: a write error there is a failure, not a reader gone away. */
  boolean toFile() {
    return file != null;
  }

  /** Flushes everything and puts the output file in place. */
  void commit() throws IOException {
    writer.close();
    if (errors != null) {
      errors.close();
    }
    if (file != null) {
      records.flush();
      if (records.checkError()) {
        throw new IOException("write failed");
      }
      file.commit();
      committed = true;
    }
  }

  @Override
  public void close() {
    if (errors != null) {
      errors.close();
    }
    if (file != null && !committed) {
      file.discard();
    }
  }
}
