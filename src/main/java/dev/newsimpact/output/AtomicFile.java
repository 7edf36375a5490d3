package dev.newsimpact.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file that appears whole or not at all: bytes go to a temporary file beside the target, which
 * {@link #commit()} syncs and renames over the target in one step. A reader of the target (the next
 * stage of a cron pipeline) therefore never sees a half-written file, and a killed run leaves the
 * previous version in place. Not thread-safe; the owner calls {@link #commit()} or {@link
 * #discard()} exactly once.
 */
public final class AtomicFile {

  private final Path target;
  private final Path temporary;
  private final OutputStream out;

  private AtomicFile(Path target, Path temporary, OutputStream out) {
    this.target = target;
    this.temporary = temporary;
    this.out = out;
  }

  /** Creates the temporary file in the target's directory, which must exist. */
  public static AtomicFile create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    return new AtomicFile(absolute, temporary, Files.newOutputStream(temporary));
  }

  /** Where to write; closed by {@link #commit()} or {@link #discard()}. */
  public OutputStream stream() {
    return out;
  }

  /** Makes the bytes written so far the target's content. */
  public void commit() throws IOException {
    out.close();
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Drops the bytes written; the target keeps its previous content, if any. */
  public void discard() {
    try {
      out.close();
    } catch (IOException e) {
      // Being thrown away anyway.
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // A stray hidden temporary file is the worst outcome; the target is untouched.
    }
  }
}
