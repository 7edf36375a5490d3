package dev.newsimpact.ticker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every span of a sentence that may name a security: names and aliases through the
 * universe's automaton, symbols in parentheses, cashtags, exchange prefixes and bare capitals, and
 * news outlets named as sources (which block linking). Overlaps are left for the linker to settle.
 */
final class SpanFinder {

  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9^][A-Z0-9.\\-=^]{0,11}");
  private static final Pattern BARE = Pattern.compile("[A-Z]{2,5}");
  private static final Pattern LOCAL_CODE = Pattern.compile("[0-9]{1,6}|[A-Z0-9.\\-]{1,10}");

  private final Universe universe;
  private final List<String[]> outlets;

  SpanFinder(Universe universe, List<String[]> outlets) {
    this.universe = universe;
    this.outlets = outlets;
  }

  List<Span> find(SentenceView view) {
    List<Span> spans = new ArrayList<>();
    names(view, spans);
    symbols(view, spans);
    outlets(view, spans);
    return spans;
  }

  private void names(SentenceView view, List<Span> spans) {
    for (AliasAutomaton.Match m : universe.automaton().find(view.keys())) {
      if (isListingPhrase(view, m.end())) {
        continue;
      }
      List<Alias> fitting = new ArrayList<>();
      for (Alias a : universe.aliasesFor(m.key())) {
        if (CaseRules.accepts(a, view, m.start(), m.end())) {
          fitting.add(a);
        }
      }
      if (!fitting.isEmpty()) {
        spans.add(new Span(view, m.start(), m.end(), Span.Form.NAME, fitting, null));
        coordinatedMarket(view, m.start(), m.end(), spans);
      }
    }
  }

  /**
   * "Stocks in Malaysia and Indonesia gained": a place coordinated with a market phrase of the form
   * "stocks in X" is that place's market too, if the universe knows "stocks in Y" as an index.
   */
  private void coordinatedMarket(SentenceView view, int start, int end, List<Span> spans) {
    List<SentenceView.Unit> units = view.units;
    if (end - start != 3 || !"in".equals(units.get(start + 1).key())) {
      return;
    }
    int next = end;
    if (next < units.size() && units.get(next).key() == null) {
      next++; // a comma
    }
    if (next >= units.size() || !"and".equals(units.get(next).key())) {
      return;
    }
    for (int width = 2; width >= 1; width--) {
      int first = next + 1;
      if (first + width > units.size()) {
        continue;
      }
      StringBuilder place = new StringBuilder();
      for (int u = first; u < first + width; u++) {
        String key = units.get(u).key();
        String written = view.surface(u);
        if (key == null || written.isEmpty() || !Character.isUpperCase(written.charAt(0))) {
          place = null;
          break;
        }
        place.append(' ').append(key);
      }
      if (place == null) {
        continue;
      }
      List<Alias> aliases = new ArrayList<>();
      for (Alias a : universe.aliasesFor(units.get(start).key() + " in" + place)) {
        if (a.security().kind() == SecurityKind.INDEX) {
          aliases.add(a);
        }
      }
      if (!aliases.isEmpty()) {
        spans.add(new Span(view, first, first + width, Span.Form.NAME, aliases, null));
        return;
      }
    }
  }

  /** "Nasdaq-listed", "Hong Kong-listed": a place of listing, not a mention. */
  private static boolean isListingPhrase(SentenceView view, int endUnit) {
    return endUnit < view.units.size() && "listed".equals(view.units.get(endUnit).key());
  }

  private void symbols(SentenceView view, List<Span> spans) {
    int n = view.tokenCount();
    for (int i = 0; i < n; i++) {
      String t = view.tokenText(i);
      int unit = view.firstUnitOfToken[i];
      if (unit < 0) {
        if ("$".equals(t) && i + 1 < n && view.token(i + 1).begin() == view.token(i).end()
            && Character.isLetter(view.tokenText(i + 1).charAt(0))) {
          symbol(view, i + 1, Span.Form.CASHTAG, spans);
        }
        continue;
      }
      if (t.startsWith("$") && t.length() > 1 && Character.isLetter(t.charAt(1))) {
        add(view, i, t.substring(1), Span.Form.CASHTAG, spans);
        continue;
      }
      Cues.Prefix prefix = Cues.EXCHANGE_PREFIXES.get(t.toLowerCase(Locale.ROOT));
      if (prefix != null && i + 2 < n && ":".equals(view.tokenText(i + 1))
          && CaseRules.isUpperCase(t.substring(0, 1))) {
        String code = view.tokenText(i + 2);
        if (LOCAL_CODE.matcher(code).matches()) {
          add(view, i + 2, yahoo(code, prefix), Span.Form.PREFIX, spans);
        }
        continue;
      }
      boolean inParens = i > 0 && i + 1 < n && "(".equals(view.tokenText(i - 1))
          && ")".equals(view.tokenText(i + 1));
      if (inParens && SYMBOL.matcher(t).matches() && t.chars().anyMatch(Character::isLetter)) {
        symbol(view, i, Span.Form.PARENS, spans);
      } else if (BARE.matcher(t).matches() && !Cues.LEGAL_FORMS.contains(t)) {
        symbol(view, i, Span.Form.BARE, spans);
      }
    }
  }

  private void symbol(SentenceView view, int token, Span.Form form, List<Span> spans) {
    add(view, token, view.tokenText(token), form, spans);
  }

  private void add(SentenceView view, int token, String symbol, Span.Form form, List<Span> spans) {
    int unit = view.firstUnitOfToken[token];
    if (unit < 0) {
      return;
    }
    universe.bySymbol(symbol).ifPresent(s -> {
      int end = unit;
      while (end < view.units.size() && view.units.get(end).token() == token) {
        end++;
      }
      spans.add(new Span(view, unit, end, form, List.of(), s));
    });
  }

  static String yahoo(String code, Cues.Prefix prefix) {
    String c = code;
    if (prefix.padTo() > 0 && c.chars().allMatch(Character::isDigit)) {
      while (c.length() < prefix.padTo()) {
        c = "0" + c;
      }
    }
    return prefix.suffix().isEmpty() ? c.replace('.', '-') : c + "." + prefix.suffix();
  }

  /** Outlets named as a story's source: "Bloomberg reported", "according to Reuters". */
  private void outlets(SentenceView view, List<Span> spans) {
    List<SentenceView.Unit> units = view.units;
    for (int i = 0; i < units.size(); i++) {
      for (String[] outlet : outlets) {
        if (matchesAt(units, i, outlet) && isSourced(view, i, i + outlet.length)) {
          spans.add(new Span(view, i, i + outlet.length, Span.Form.BLOCK, List.of(), null));
        }
      }
    }
  }

  private static boolean matchesAt(List<SentenceView.Unit> units, int at, String[] words) {
    if (at + words.length > units.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!words[k].equals(units.get(at + k).key())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSourced(SentenceView view, int firstUnit, int endUnit) {
    int first = view.units.get(firstUnit).token();
    int end = view.units.get(endUnit - 1).token() + 1;
    String after = view.tokenKey(end);
    if ("'s".equals(after) || "'".equals(after)) {
      after = view.tokenKey(end + 1);
    }
    String before = view.tokenKey(first - 1);
    Set<String> afterWords = Cues.REPORTING_AFTER;
    return afterWords.contains(after) || Cues.REPORTING_BEFORE.contains(before)
        || (",".equals(after) && view.window(first, end, 4).contains("according"));
  }
}
