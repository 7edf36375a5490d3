/**
 * The command line: thin picocli commands over the domain packages, the one table of exit codes
 * ({@link dev.newsimpact.cli.ExitCode}), the one place failures become messages and codes ({@link
 * dev.newsimpact.cli.Failures}), and defaults from a configuration file.
 *
 * <p>{@link dev.newsimpact.cli.Main#run} receives its streams and a {@link
 * dev.newsimpact.cli.RunContext} and returns the exit code, so every behaviour, batches included,
 * is testable in-process. stdout carries records only; every message goes to stderr.
 */
package dev.newsimpact.cli;
