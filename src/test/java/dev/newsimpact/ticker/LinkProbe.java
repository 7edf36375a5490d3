package dev.newsimpact.ticker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Manual probe: prints the links of a file (not a test). */
final class LinkProbe {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Universe u = Universe.loadDefault();
    long t1 = System.nanoTime();
    AliasLinker linker = new AliasLinker(u, args.length > 1 ? Double.parseDouble(args[1]) : 0.0);
    long t2 = System.nanoTime();
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int at = text.indexOf("#MetaSellsComputeTriggersChipSlump");
    if (at >= 0) {
      text = text.substring(at);
    }
    var annotated = TestTexts.tokenize(text);
    long t3 = System.nanoTime();
    var mentions = linker.link(annotated);
    long t4 = System.nanoTime();
    for (Mention m : mentions) {
      System.out.printf("%-32s %-12s %.3f %s%n", m.text(), m.security().ticker(), m.confidence(), m.security().name());
    }
    System.out.printf("load %d ms, automaton %d ms, link %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000, (t4 - t3) / 1000000);
  }
}
