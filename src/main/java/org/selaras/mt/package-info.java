/**
 * Machine translation: the {@link org.selaras.mt.MachineTranslator} SPI, one class per engine (plain
 * {@code java.net.http} + Jackson, no Quarkus), and glossary term protection ({@link org.selaras.mt.TermProtector}).
 *
 * <h2>Term protection</h2>
 * Before a segment goes to an engine, every glossary term found in it (leftmost-longest, by the glossary's
 * source {@link org.selaras.glossary.TermMatcher}) is replaced by a placeholder the engine leaves alone;
 * afterwards each placeholder is replaced by the term's preferred English form. Which placeholder depends on
 * the engine ({@link org.selaras.mt.Placeholder}):
 * <ul>
 *   <li>{@code TOKEN} ({@code ZXQ1}, {@code ZXQ2}, …) for Apertium: with {@code markUnknown=no} an unknown
 *       all-capitals word is copied through unchanged (checked against the real ind-zlm pair in CI).</li>
 *   <li>{@code XML} ({@code <x id="1"/>}) for DeepL ({@code tag_handling=xml}: tags are kept and moved with
 *       their words), LibreTranslate ({@code format=html}: markup is kept, only text nodes are translated)
 *       and OpenAI-compatible models (told to copy the tags); the rest of the text is XML-escaped on the way
 *       out and unescaped on the way back.</li>
 * </ul>
 */
package org.selaras.mt;
