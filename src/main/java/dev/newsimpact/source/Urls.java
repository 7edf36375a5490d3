package dev.newsimpact.source;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs as people and servers write them (spaces, non-ASCII paths, Unicode host names, relative
 * Location headers) turned into {@link URI}s that can be requested. The fragment is dropped: it is
 * never sent, and two URLs that differ only in it are the same page.
 */
final class Urls {
  private static final Pattern ABSOLUTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:)(//[^/?#]*)?(.*)$");
  private static final String UNSAFE = " \"<>\\^`{|}";

  private Urls() {}

  static URI parse(String raw) throws FetchFailure {
    String text = withoutFragment(raw.strip());
    Matcher m = ABSOLUTE.matcher(text);
    String normal = m.matches()
        ? m.group(1) + (m.group(2) == null ? "" : "//" + asciiAuthority(m.group(2).substring(2)))
            + encode(m.group(3))
        : encode(text);
    try {
      return new URI(normal);
    } catch (URISyntaxException e) {
      throw new FetchFailure("not a valid URL (" + e.getReason() + ")", e);
    }
  }

  /** A Location header resolved against the URL that sent it. */
  static URI resolve(URI base, String location) throws FetchFailure {
    URI target = parse(location);
    return target.isAbsolute() ? target : base.resolve(target);
  }

  /** scheme://authority/robots.txt of a URL. */
  static URI robots(URI page) {
    return URI.create(page.getScheme() + "://" + page.getRawAuthority() + "/robots.txt");
  }

  private static String withoutFragment(String text) {
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }

  /** Unicode host names to their xn-- form; user info and port kept. */
  private static String asciiAuthority(String authority) {
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? "" : encode(authority.substring(0, at + 1));
    String hostPort = authority.substring(at + 1);
    if (hostPort.startsWith("[")) {
      return userInfo + hostPort; // an IPv6 literal
    }
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    String port = colon < 0 ? "" : hostPort.substring(colon);
    try {
      return userInfo + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port;
    } catch (IllegalArgumentException notAHostName) {
      return userInfo + encode(host) + port;
    }
  }

  /** Percent-encodes what a URI may not contain; existing escapes are kept. */
  private static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && !isEscape(text, i)) {
        out.append("%25");
      } else if (c > 0x20 && c < 0x7f && UNSAFE.indexOf(c) < 0) {
        out.append(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        for (byte b : text.substring(i, end).getBytes(UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
        i = end - 1;
      }
    }
    return out.toString();
  }

  private static boolean isEscape(String text, int i) {
    return i + 2 < text.length()
        && Character.digit(text.charAt(i + 1), 16) >= 0
        && Character.digit(text.charAt(i + 2), 16) >= 0;
  }
}
