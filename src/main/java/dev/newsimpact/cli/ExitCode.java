package dev.newsimpact.cli;

/**
 * The process exit codes, the one place that defines them. The same table is printed in {@code
 * --help} and the README, and a test checks they agree.
 */
public enum ExitCode {
  OK(0, "every input was processed (an input with no claims is a success)"),
  INPUT_FAILED(1, "some inputs could not be read or processed; the others were"),
  USAGE(2, "the command line is wrong (unknown option, missing argument)"),
  CONFIGURATION(3, "the configuration is unusable (bad config file, models missing)"),
  OUTPUT(4, "the output could not be written"),
  STORE(5, "the --db database could not be opened or written"),
  INTERNAL(70, "an internal error; rerun with --stacktrace and report it");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
