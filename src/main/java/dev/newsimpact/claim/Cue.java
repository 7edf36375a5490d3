package dev.newsimpact.claim;

/**
 * The word that makes a figure a move, and where to look for what moved.
 *
 * @param token the move word ("fell", "plunging", "down", "gain")
 * @param direction the way it moved
 * @param anchor the token whose subject is the mover: the move word, or the verb a particle such as
 *     "down" or "up" belongs to, or the figure itself when the move word hangs off the figure
 */
record Cue(int token, Direction direction, int anchor) {}
