package dev.newsimpact.text;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, read before any element is removed. Each field takes the most
 * deliberate source first: publishers fill OpenGraph and JSON-LD for search engines and social
 * previews, so those are kept up to date; {@code <h1>}, {@code <title>} and {@code <time>} are the
 * fallbacks.
 *
 * @param title the headline
 * @param url canonical URL (absolute http(s)), else the URL the page was fetched from
 * @param published ISO-8601 publication date or date-time
 * @param site the publication's name, else the URL's host
 * @param language primary language subtag in lower case ("en"), or null
 */
record HtmlMetadata(String title, String url, String published, String site, String language) {

  private static final List<String> PUBLISHED_META =
      List.of(
          "meta[property=article:published_time]",
          "meta[property=og:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=pubdate]",
          "meta[name=publishdate]",
          "meta[name=publish-date]",
          "meta[name=parsely-pub-date]",
          "meta[name=sailthru.date]",
          "meta[name~=(?i)^dc\\.date(\\.issued)?$]",
          "meta[name=date]");

  static HtmlMetadata of(Document page, String fetchedUrl) {
    List<Map<?, ?>> articles = JsonLd.articles(page);
    String title = first(meta(page, "meta[property=og:title]"), fromJsonLd(articles, "headline"),
        text(page.selectFirst("h1")), text(page.selectFirst("title")));
    String url = first(httpUrl(page.selectFirst("link[rel=canonical]"), "abs:href"),
        httpUrl(page.selectFirst("meta[property=og:url]"), "abs:content"), fetchedUrl);
    String site = first(meta(page, "meta[property=og:site_name]"), publisher(articles), host(url));
    return new HtmlMetadata(title, url, published(page, articles), site, language(page));
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }

  private static String published(Document page, List<Map<?, ?>> articles) {
    for (Map<?, ?> article : articles) {
      String date = Dates.normalize(JsonLd.string(article, "datePublished"));
      if (date != null) {
        return date;
      }
    }
    for (String query : PUBLISHED_META) {
      String date = Dates.normalize(meta(page, query));
      if (date != null) {
        return date;
      }
    }
    Element time = page.selectFirst("time[itemprop=datePublished], time[pubdate]");
    if (time == null) {
      time = page.selectFirst("article time[datetime], time[datetime]");
    }
    return time == null ? null : Dates.normalize(time.attr("datetime"));
  }

  private static String publisher(List<Map<?, ?>> articles) {
    for (Map<?, ?> article : articles) {
      String name = JsonLd.string(article, "publisher");
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static String fromJsonLd(List<Map<?, ?>> articles, String key) {
    for (Map<?, ?> article : articles) {
      String value = JsonLd.string(article, key);
      if (value != null) {
        return HtmlLines.normalize(value);
      }
    }
    return null;
  }

  private static String language(Document page) {
    String tag = first(page.select("html").attr("lang"),
        meta(page, "meta[http-equiv~=(?i)content-language]"), meta(page, "meta[property=og:locale]"));
    if (tag == null) {
      return null;
    }
    String primary = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String meta(Document page, String query) {
    Element element = page.selectFirst(query);
    return element == null ? null : blankToNull(HtmlLines.normalize(element.attr("content")));
  }

  private static String text(Element element) {
    return element == null ? null : blankToNull(HtmlLines.normalize(element.text()));
  }

  private static String httpUrl(Element element, String attribute) {
    if (element == null) {
      return null;
    }
    String url = element.attr(attribute).strip();
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
