package dev.newsimpact.text;

import java.util.Objects;

/**
 * One candidate line of article text: a paragraph, heading or list item, or a line of a plain-text
 * file. The role is what the markup said (plain text says nothing); {@link ZoneFilter} decides which
 * lines are the article.
 *
 * @param text the line, trimmed, whitespace inside left as the source had it
 * @param role what the markup says this line is
 * @param linkShare share of the characters that are link text, 0 for plain text
 */
record Line(String text, Role role, double linkShare) {

  /** What the source markup said a line is. */
  enum Role {
    /** Plain text, or HTML text outside any more specific element. */
    TEXT,
    PARAGRAPH,
    HEADING,
    LIST_ITEM
  }

  Line {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
  }

  static Line plain(String text) {
    return new Line(text, Role.TEXT, 0);
  }
}
