package dev.newsimpact.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form of a URL under which an article is remembered, so that the same story reached with a
 * tracking parameter, a fragment or an upper-case host is known again: scheme and host lower-cased,
 * default port, fragment, {@code utm_*}, {@code fbclid} and {@code gclid} parameters and a trailing
 * slash dropped. Anything that does not parse is kept as given.
 */
final class Urls {
  private Urls() {}

  static String normalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return url.strip();
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort = port == -1 || scheme.equals("http") && port == 80
          || scheme.equals("https") && port == 443;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = query(uri.getRawQuery());
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
          + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  private static String query(String raw) {
    if (raw == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!pair.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
