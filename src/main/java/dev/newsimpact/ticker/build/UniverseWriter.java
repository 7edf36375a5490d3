package dev.newsimpact.ticker.build;

import static dev.newsimpact.ticker.UniverseFormat.ACRONYM;
import static dev.newsimpact.ticker.UniverseFormat.ANY_CASE;
import static dev.newsimpact.ticker.UniverseFormat.COMMON_WORD;
import static dev.newsimpact.ticker.UniverseFormat.DERIVED;
import static dev.newsimpact.ticker.UniverseFormat.SECONDARY;
import static dev.newsimpact.ticker.UniverseFormat.SYMBOL_IS_ABBREVIATION;
import static dev.newsimpact.ticker.UniverseFormat.SYMBOL_IS_WORD;

import dev.newsimpact.ticker.AliasKeys;
import dev.newsimpact.ticker.UniverseFormat;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes drafts in the {@link UniverseFormat} layout. Everything is sorted and scores are rounded to
 * thousandths, so the same sources always give the same bytes (GZIPOutputStream writes no time).
 */
final class UniverseWriter {

  private record Row(String text, String key, int security, int prior, int flags) {}

  private UniverseWriter() {}

  static void write(List<Draft> drafts, WordLists words, OutputStream target) throws IOException {
    List<Row> rows = aliasRows(drafts, words);
    GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(UniverseFormat.MAGIC);
    out.writeInt(UniverseFormat.VERSION);
    out.writeInt(drafts.size());
    text(out, drafts.stream().map(d -> d.ticker).toList());
    text(out, drafts.stream().map(d -> d.name).toList());
    text(out, drafts.stream().map(d -> d.mic == null ? "" : d.mic).toList());
    text(out, drafts.stream().map(d -> d.country == null ? "" : d.country).toList());
    for (Draft d : drafts) {
      out.writeByte(d.kind.ordinal());
    }
    for (Draft d : drafts) {
      out.writeShort(thousandths(d.size));
    }
    for (Draft d : drafts) {
      out.writeByte(securityFlags(d, words));
    }
    out.writeInt(rows.size());
    text(out, rows.stream().map(Row::text).toList());
    text(out, rows.stream().map(Row::key).toList());
    for (Row r : rows) {
      out.writeInt(r.security);
    }
    for (Row r : rows) {
      out.writeShort(r.prior);
    }
    for (Row r : rows) {
      out.writeByte(r.flags);
    }
    out.flush();
    gz.finish();
  }

  private static void text(DataOutputStream out, List<String> values) throws IOException {
    List<byte[]> encoded = new ArrayList<>(values.size());
    for (String v : values) {
      byte[] b = v.getBytes(StandardCharsets.UTF_8);
      if (b.length > 0xffff) {
        throw new IOException("universe value too long: " + v);
      }
      encoded.add(b);
      out.writeShort(b.length);
    }
    for (byte[] b : encoded) {
      out.write(b);
    }
  }

  private static List<Row> aliasRows(List<Draft> drafts, WordLists words) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Map<String, Row> byKey = new HashMap<>();
      for (Draft.AliasDraft a : d.aliases.values()) {
        String key = AliasKeys.key(a.text());
        if (!usable(a.text(), key)) {
          continue;
        }
        boolean acronym = Names.isAcronym(a.text());
        // "SAP", "BP" in capitals are names, not the words sap and bp: only abbreviations news
        // uses in their own sense ("AI", "CEO") make an acronym alias common.
        boolean single = !key.contains(" ");
        boolean everyday = words.isCommon(key) || (single && words.isCapitalisedWord(key));
        if (!acronym && single && everyday && d.size < 0.6 && a.origin() != Draft.Origin.CURATED) {
          continue; // "China" for China International Holdings, "Jason" for a small Tokyo firm
        }
        boolean common = acronym
            ? words.abbreviations.contains(key)
                || (a.origin() == Draft.Origin.DERIVED && words.isCommon(key))
            : words.isCommon(key) || (single && words.isCapitalisedWord(key) && d.size < 0.9);
        int flags = (a.anyCase() ? ANY_CASE : 0)
            | (common ? COMMON_WORD : 0)
            | (a.origin() == Draft.Origin.DERIVED ? DERIVED : 0)
            | (acronym ? ACRONYM : 0);
        int prior = thousandths(d.size * a.origin().weight * d.aliasWeight);
        Row row = new Row(a.text(), key, i, prior, flags);
        byKey.merge(key, row, UniverseWriter::better);
      }
      rows.addAll(byKey.values());
    }
    rows.sort(Comparator.comparing((Row r) -> r.key.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned)
        .thenComparing(r -> -r.prior)
        .thenComparing(r -> drafts.get(r.security).ticker).thenComparing(Row::text));
    return rows;
  }

  /** Two spellings of one key for one security: keep the stronger, and any-case if either has it. */
  private static Row better(Row a, Row b) {
    boolean aCaps = (a.flags & ACRONYM) != 0;
    boolean bCaps = (b.flags & ACRONYM) != 0;
    boolean aUpper = a.text.equals(a.text.toUpperCase(Locale.ROOT));
    boolean bUpper = b.text.equals(b.text.toUpperCase(Locale.ROOT));
    Row keep;
    if (aCaps != bCaps) {
      keep = aCaps ? b : a; // "Meta" rather than "META": news writes the name in mixed case
    } else if (aUpper != bUpper) {
      keep = aUpper ? b : a; // "Nvidia" rather than "NVIDIA", for the same reason
    } else {
      keep = a.prior > b.prior || (a.prior == b.prior && a.text.compareTo(b.text) <= 0) ? a : b;
    }
    int anyCase = (a.flags | b.flags) & ANY_CASE;
    int sticky = a.flags & b.flags & (DERIVED | ACRONYM);
    int flags = (keep.flags & ~(ANY_CASE | DERIVED | ACRONYM)) | anyCase | sticky;
    return new Row(keep.text, keep.key, keep.security, Math.max(a.prior, b.prior), flags);
  }

  private static boolean usable(String text, String key) {
    if (key.length() < 2 || key.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    return key.contains(" ") || key.length() > 2 || Names.isAcronym(text);
  }

  private static int securityFlags(Draft d, WordLists words) {
    String base = d.ticker.split("[.=]")[0].toLowerCase(Locale.ROOT);
    boolean word = base.length() == 1 || words.common.contains(base);
    boolean abbreviation = words.abbreviations.contains(base);
    return (word ? SYMBOL_IS_WORD : 0) | (d.secondary ? SECONDARY : 0)
        | (abbreviation ? SYMBOL_IS_ABBREVIATION : 0);
  }

  static int thousandths(double v) {
    return (int) Math.round(Math.max(0.0, Math.min(1.0, v)) * 1000);
  }
}
