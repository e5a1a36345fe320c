package org.selaras.mt;

import java.util.List;

/**
 * One machine translation engine. Implementations are thread-safe and hold no per-request state.
 * Segments arrive with glossary terms already replaced by placeholders of {@link #placeholder()};
 * {@code glossary} lists the terms of these segments for engines that can use them (DeepL glossaries, LLM
 * prompts). The answer has one translation per segment, in order.
 */
public interface MachineTranslator {

    /** Short lower-case name, used in {@code mt:<id>} origins and in {@code ?engine=}. */
    String id();

    /** A human label, e.g. "DeepL (free API)". Never contains a secret. */
    String label();

    /** The placeholder form this engine leaves untouched. */
    Placeholder placeholder();

    /**
     * The language pairs this engine translates, asked of the engine itself (callers cache the answer);
     * {@link LanguagePairs#ANY} when it takes any pair.
     */
    default LanguagePairs pairs() throws MtException {
        return LanguagePairs.ANY;
    }

    /** Source and target are ISO 639-1 codes as documents store them ("id", "en", "ms"). */
    List<String> translate(List<String> segments, String sourceLang, String targetLang, List<TermHint> glossary)
            throws MtException;
}
