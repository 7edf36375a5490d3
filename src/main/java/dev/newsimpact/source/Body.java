package dev.newsimpact.source;

/** Bytes read under a cap, and whether the cap cut them. */
record Body(byte[] bytes, boolean truncated) {}
