package dev.newsimpact.nlp;

/**
 * One enhanced++ dependency edge inside a sentence.
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation relation name with its specific part, e.g. {@code nsubj}, {@code obl:over}
 */
public record Dependency(int governor, int dependent, String relation) {}
