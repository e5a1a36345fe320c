/**
 * Sentence alignment of an Indonesian text with its English translation: {@link org.selaras.align.Aligner}
 * (Gale &amp; Church length model plus anchor evidence, banded dynamic programming, then a second pass with
 * word-translation evidence) producing {@link org.selaras.align.Bead}s; {@link org.selaras.align.Anchors} extracts
 * the anchors (numbers, glossary names and titles, quotes); {@link org.selaras.align.Lexicon} is the IBM Model 1
 * word-translation table (Moore 2002) the second pass scores with.
 *
 * <p>Pure Java, hand-written, no framework imports; everything here is immutable and thread-safe.
 */
package org.selaras.align;
