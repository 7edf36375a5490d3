package dev.newsimpact.text;

import org.jsoup.nodes.Element;

/** A {@link Line} of HTML and the innermost block element it came from. */
record Block(Line line, Element owner) {}
