package dev.newsimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Default option values from a properties file, so a crontab line stays short: {@code threads=2}
 * applies to every command with a {@code --threads} option, {@code extract.format=csv} to one
 * command only; the command line always wins. The file is {@code --config FILE}, else
 * {@code $NEWSIMPACT_CONFIG}, else {@code $XDG_CONFIG_HOME/newsimpact/config.properties} (by default
 * under {@code ~/.config}) when it exists. {@code --help} shows the resulting defaults.
 *
 * <p>A file named explicitly must exist, and a key that names no option is an error: a typo in a
 * file read by cron would otherwise be ignored in silence.
 */
final class ConfigDefaults implements IDefaultValueProvider {

  /** The configuration cannot be used; the message names the file. */
  static final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    ConfigException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Path file;
  private final Properties values;

  private ConfigDefaults(Path file, Properties values) {
    this.file = file;
    this.values = values;
  }

  /** The defaults for this command line and environment; empty when there is no file. */
  static ConfigDefaults locate(String[] args, Map<String, String> env) throws ConfigException {
    String named = namedOnCommandLine(args);
    if (named == null) {
      named = env.get("NEWSIMPACT_CONFIG");
    }
    if (named != null && !named.isBlank()) {
      return load(Path.of(named), true);
    }
    String base = env.get("XDG_CONFIG_HOME");
    if (base == null || base.isBlank()) {
      String home = env.get("HOME");
      if (home == null || home.isBlank()) {
        return new ConfigDefaults(null, new Properties());
      }
      base = Path.of(home, ".config").toString();
    }
    return load(Path.of(base, "newsimpact", "config.properties"), false);
  }

  private static String namedOnCommandLine(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        return null;
      }
      if (args[i].equals("--config") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--config=")) {
        return args[i].substring("--config=".length());
      }
    }
    return null;
  }

  private static ConfigDefaults load(Path file, boolean required) throws ConfigException {
    Properties values = new Properties();
    if (!required && !Files.isRegularFile(file)) {
      return new ConfigDefaults(null, values);
    }
    try (Reader reader = Files.newBufferedReader(file, UTF_8)) {
      values.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(file + ": cannot read the configuration (" + e + ")", e);
    }
    return new ConfigDefaults(file, values);
  }

  /** Fails on keys that name no option of any command in {@code root}'s hierarchy. */
  void checkKeys(CommandLine root) throws ConfigException {
    Set<String> known = new TreeSet<>();
    collect(root, known);
    List<String> unknown = new ArrayList<>();
    for (String key : values.stringPropertyNames()) {
      if (!known.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      unknown.sort(null);
      throw new ConfigException(file + ": unknown setting " + String.join(", ", unknown)
          + " (keys are long option names without dashes, optionally after a command name and a"
          + " dot, e.g. threads=2 or extract.format=csv)", null);
    }
  }

  private static void collect(CommandLine command, Set<String> known) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        known.add(key(option));
        known.add(command.getCommandName() + "." + key(option));
      }
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, known));
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option) || values.isEmpty()) {
      return null;
    }
    String qualified = option.command().name() + "." + key(option);
    String value = values.getProperty(qualified);
    return value != null ? value.strip() : stripped(values.getProperty(key(option)));
  }

  /** True when the configuration file supplies the value of {@code argument}. */
  boolean supplies(ArgSpec argument) {
    return defaultValue(argument) != null;
  }

  /** The file the defaults came from, or null. */
  Path file() {
    return file;
  }

  private static String stripped(String value) {
    return value == null ? null : value.strip();
  }

  private static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }
}
