package dev.newsimpact.text;

import java.util.Objects;

/**
 * One candidate line of article text: a paragraph, heading or list item, or a line of a plain-text
 * file. The role is what the markup said (plain text says nothing); {@link ZoneFilter} decides which
 * lines are the article. Immutable apart from a memo of that decision, which every stage asks for
 * and which costs a dozen regular expressions to make.
 */
final class Line {

  /** What the source markup said a line is. */
  enum Role {
    /** Plain text, or HTML text outside any more specific element. */
    TEXT,
    PARAGRAPH,
    HEADING,
    LIST_ITEM
  }

  private final String text;
  private final Role role;
  private final double linkShare;
  private ZoneFilter.Kind kind; // memo; the same value whichever thread computes it first

  /**
   * @param text the line, trimmed, whitespace inside left as the source had it
   * @param role what the markup says this line is
   * @param linkShare share of the characters that are link text, 0 for plain text
   */
  Line(String text, Role role, double linkShare) {
    this.text = Objects.requireNonNull(text, "text");
    this.role = Objects.requireNonNull(role, "role");
    this.linkShare = linkShare;
  }

  static Line plain(String text) {
    return new Line(text, Role.TEXT, 0);
  }

  String text() {
    return text;
  }

  Role role() {
    return role;
  }

  double linkShare() {
    return linkShare;
  }

  ZoneFilter.Kind kind() {
    ZoneFilter.Kind k = kind;
    if (k == null) {
      k = ZoneFilter.classifyUncached(this);
      kind = k;
    }
    return k;
  }

  @Override
  public String toString() {
    return role + ": " + text;
  }
}
