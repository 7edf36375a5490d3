package dev.newsimpact.ticker;

/**
 * One name under which the universe knows a security.
 *
 * @param text the alias as sources spell it ("Micron Technology", "gold")
 * @param key its {@link AliasKeys#key} form
 * @param security the security it names
 * @param prior how likely this alias means this security rather than another, in [0, 1]
 * @param flags {@link UniverseFormat} alias flags
 */
record Alias(String text, String key, Security security, double prior, int flags) {

  boolean has(int flag) {
    return (flags & flag) != 0;
  }
}
