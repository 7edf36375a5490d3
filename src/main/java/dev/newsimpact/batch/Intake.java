package dev.newsimpact.batch;

import dev.newsimpact.source.Input;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The items of a batch, produced lazily in input order: first the arguments, then the entries of each
 * input list. An argument or entry is {@code -} (standard input), an http(s) URL, a file, or a
 * directory, which stands for its regular files, recursively, sorted by path, hidden ones skipped.
 * With {@link InputFormat#JSONL} each file (and standard input) holds one article per line.
 *
 * <p>Lazy so that a list of a million lines or an endless JSON Lines stream needs no more memory
 * than the runner's window; a directory is listed when it is reached. Never throws for a bad input:
 * an unreadable list or JSONL file, or a malformed line, becomes an {@link Item.Broken} in its place.
 * Not thread-safe (the runner reads it on one thread); {@link #close()} closes the files it opened.
 */
public final class Intake implements Iterator<Item>, Closeable {

  private final InputFormat format;
  private final InputStream stdin;
  /** Iterators over items or over arguments still to expand (strings), innermost on top. */
  private final Deque<Iterator<?>> stack = new ArrayDeque<>();
  private final List<Closeable> opened = new ArrayList<>();
  private Item next;

  /**
   * @param arguments inputs as given on the command line
   * @param lists files (or {@code -}) with one input a line; {@code #} starts a comment line
   * @param stdin what {@code -} reads; never closed here
   */
  public Intake(List<String> arguments, List<String> lists, InputFormat format, InputStream stdin) {
    this.format = Objects.requireNonNull(format, "format");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    List<Iterator<?>> sources = new ArrayList<>();
    sources.add(List.copyOf(arguments).iterator());
    for (String list : lists) {
      sources.add(new Lines(list, true));
    }
    for (int i = sources.size() - 1; i >= 0; i--) {
      stack.push(sources.get(i));
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !stack.isEmpty()) {
      Iterator<?> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Object element = top.next();
      if (element instanceof Item item) {
        next = item;
      } else {
        stack.push(expand((String) element));
      }
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  @Override
  public void close() {
    for (Closeable closeable : opened) {
      try {
        closeable.close();
      } catch (IOException | UncheckedIOException e) {
        // Inputs only: nothing was written that a failed close could lose.
      }
    }
    opened.clear();
  }

  /** What one argument stands for: an item, or the items of a directory or a JSONL file. */
  private Iterator<?> expand(String argument) {
    Input input = Input.of(argument);
    if (input.kind() == Input.Kind.URL || format == InputFormat.ARTICLE && !isDirectory(argument)) {
      return List.of(new Item.Read(input)).iterator();
    }
    if (isDirectory(argument)) {
      return filesUnder(argument);
    }
    return new Lines(argument, false);
  }

  private static boolean isDirectory(String argument) {
    try {
      return !argument.equals("-") && Files.isDirectory(Path.of(argument));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static Iterator<?> filesUnder(String directory) {
    Path root = Path.of(directory);
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> !hidden(root.relativize(path)))
          .map(Path::toString)
          .sorted()
          .toList()
          .iterator();
    } catch (IOException | UncheckedIOException e) {
      return List.of(new Item.Broken(directory, ErrorKind.INPUT,
          "could not list the directory (" + e.getMessage() + ")")).iterator();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines of a list (each an argument to expand) or of a JSONL file (each an item), read one
   * at a time; the file is opened when the first line is wanted.
   */
  private final class Lines implements Iterator<Object> {
    private final String name;
    private final boolean list;
    private TextLines lines;
    private Object pending;
    private boolean done;

    Lines(String name, boolean list) {
      this.name = name;
      this.list = list;
    }

    @Override
    public boolean hasNext() {
      while (pending == null && !done) {
        pending = read();
      }
      return pending != null;
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Object element = pending;
      pending = null;
      return element;
    }

    /** The next element, null for a line to skip; sets {@code done} at the end. */
    private Object read() {
      String line;
      try {
        if (lines == null) {
          lines = open();
        }
        line = lines.next();
      } catch (IOException | InvalidPathException e) {
        done = true;
        return new Item.Broken(name, ErrorKind.INPUT, reason(e));
      }
      if (line == null) {
        done = true;
        return null;
      }
      if (list) {
        String entry = line.strip();
        return entry.isEmpty() || entry.startsWith("#") ? null : entry;
      }
      return line.isBlank() ? null : JsonlRecords.parse(name + ":" + lines.number(), line);
    }

    private TextLines open() throws IOException {
      TextLines opened = name.equals("-")
          ? new TextLines(stdin, false)
          : new TextLines(Files.newInputStream(Path.of(name)), true);
      Intake.this.opened.add(opened);
      return opened;
    }

    private String reason(Exception e) {
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "no such file";
      }
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied (the file is not readable)";
      }
      if (e instanceof InvalidPathException) {
        return "not a valid file path";
      }
      return (list ? "could not read the input list (" : "could not read (") + e.getMessage() + ")";
    }
  }
}
