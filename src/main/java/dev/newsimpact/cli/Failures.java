package dev.newsimpact.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become messages and exit codes: one line on stderr, a stack trace only
 * when asked for with {@code --stacktrace} or {@code -v}.
 */
final class Failures implements IExecutionExceptionHandler {

  /** A failure whose message is for the user and whose exit code is known. */
  static final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ExitCode exitCode;

    CommandFailure(ExitCode exitCode, String message, Throwable cause) {
      super(message, cause);
      this.exitCode = exitCode;
    }

    ExitCode exitCode() {
      return exitCode;
    }
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println("newsimpact: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (wantsStackTrace(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return exitCodeOf(e);
  }

  /**
   * A bad value that came from the configuration file, not from the command line, is a
   * configuration error: the fix is in the file, and cron should see exit 3, not 2.
   */
  static int onUsageError(ParameterException e, String[] args, ConfigDefaults defaults) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    if (e.getArgSpec() instanceof OptionSpec option && defaults.supplies(option)
        && !given(option, args)) {
      err.println("newsimpact: " + defaults.file() + ": " + e.getMessage());
      err.flush();
      return ExitCode.CONFIGURATION.code();
    }
    return onUsageError(e, args);
  }

  private static boolean given(OptionSpec option, String[] args) {
    for (String arg : args) {
      for (String name : option.names()) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  static int onUsageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("newsimpact: " + e.getMessage());
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return ExitCode.USAGE.code();
  }

  static int exitCodeOf(Throwable e) {
    if (e instanceof CommandFailure failure) {
      return failure.exitCode().code();
    }
    if (e instanceof ParameterException) {
      return ExitCode.USAGE.code();
    }
    return ExitCode.INTERNAL.code();
  }

  private static boolean wantsStackTrace(ParseResult parseResult) {
    ParseResult current = parseResult;
    while (current != null) {
      if (current.hasMatchedOption("--stacktrace") || current.hasMatchedOption("--verbose")) {
        return true;
      }
      current = current.subcommand();
    }
    return false;
  }
}
