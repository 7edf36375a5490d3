package dev.newsimpact.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point. {@link #run} receives its streams and returns the exit code, so the whole command line
 * can be tested in-process; {@link #main} only connects it to the process.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Logging starts here, on one thread, before the model loaders start theirs: SLF4J otherwise
    // prints a "replayed logging calls" warning on every run, which cron would mail each time.
    LoggerFactory.getILoggerFactory();
    System.exit(run(args, System.in, System.out, System.err, RunContext.ofProcess()));
  }

  /** Every command's help ends with the exit code table, built from {@link ExitCode}. */
  private static void documentExitCodes(CommandLine commandLine) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      codes.put(String.valueOf(code.code()), code.meaning());
    }
    commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(codes);
    commandLine.getSubcommands().values().forEach(Main::documentExitCodes);
  }

  /** Runs one command line in-process; never calls {@code System.exit}. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, RunContext.inProcess());
  }

  /** Runs one command line with what it takes from the process given by {@code context}. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      RunContext context) {
    PrintWriter stdout = new PrintWriter(
        new OutputStreamWriter(new CheckedStream(out), StandardCharsets.UTF_8), false);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine commandLine = new CommandLine(new NewsimpactCommand(in, context));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(stdout);
    commandLine.setErr(stderr);
    commandLine.setExecutionExceptionHandler(new Failures());
    commandLine.setExitCodeExceptionMapper(Failures::exitCodeOf);
    documentExitCodes(commandLine);
    try {
      ConfigDefaults defaults = ConfigDefaults.locate(args, context.environment());
      defaults.checkKeys(commandLine);
      commandLine.setDefaultValueProvider(defaults);
      commandLine.setParameterExceptionHandler((e, arguments) -> Failures.onUsageError(e, arguments,
          defaults));
      return commandLine.execute(args);
    } catch (ConfigDefaults.ConfigException e) {
      stderr.println("newsimpact: " + e.getMessage());
      return ExitCode.CONFIGURATION.code();
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }
}
