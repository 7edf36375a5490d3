package dev.newsimpact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsimpact.source.DocumentSource;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.InputException;
import dev.newsimpact.text.Article;
import dev.newsimpact.text.TextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The articles a benchmark runs, their text already extracted so that the timed runs measure the
 * language stages, not the disk.
 *
 * @param description what the articles are, for the report
 * @param articles the articles, in a fixed order
 */
public record Corpus(String description, List<Article> articles) {

  public Corpus {
    articles = List.copyOf(articles);
  }

  /**
   * The English article bodies of the article-extraction benchmark's {@code ground-truth.json}
   * (<code>{"id": {"articleBody": ..., "url": ...}}</code>), in id order. The set also holds Russian,
   * Korean, Portuguese, German and other pages; {@link EnglishText} keeps the English ones.
   */
  public static Corpus groundTruth(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(json));
    Map<String, JsonNode> byId = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      byId.put(entry.getKey(), entry.getValue());
    }
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : byId.entrySet()) {
      String body = entry.getValue().path("articleBody").asText("");
      String url = entry.getValue().path("url").asText(null);
      if (EnglishText.isEnglish(body)) {
        articles.add(new Article(entry.getKey(), url == null ? entry.getKey() : url, url, null, null,
            null, body));
      }
    }
    return new Corpus(json + " (" + articles.size() + " of " + byId.size()
        + " article bodies, the English ones)", articles);
  }

  /** Inputs as the extract command reads them (files, URLs, {@code -}), text extracted up front. */
  public static Corpus inputs(List<String> inputs, DocumentSource source, TextExtractor extractor)
      throws InputException {
    List<Article> articles = new ArrayList<>();
    for (String input : inputs) {
      try {
        articles.add(extractor.extract(source.read(Input.of(input))));
      } catch (InputException e) {
        throw new InputException(input + ": " + e.getMessage(), e);
      }
    }
    return new Corpus(String.join(" ", inputs), articles);
  }

  /** The articles repeated {@code times} times over, in order: the items of one timed run. */
  public List<Article> repeated(int times) {
    List<Article> items = new ArrayList<>(articles.size() * times);
    for (int i = 0; i < times; i++) {
      items.addAll(articles);
    }
    return items;
  }
}
