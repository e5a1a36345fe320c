package org.selaras.mt;

import java.util.Locale;
import java.util.Set;

/**
 * The language pairs an engine translates, as the engine lists them, in the ISO 639-1 codes documents use
 * ("id>en"); {@link #ANY} for engines that take any pair (an LLM). Region and script are ignored: DeepL's
 * EN-US and EN-GB are both "en".
 */
public record LanguagePairs(boolean any, Set<String> pairs) {

    public static final LanguagePairs ANY = new LanguagePairs(true, Set.of());

    public LanguagePairs {
        pairs = Set.copyOf(pairs);
    }

    public static LanguagePairs of(Set<String> pairs) {
        return new LanguagePairs(false, pairs);
    }

    /** The key of a pair: "id>en" for (id, en-US). */
    public static String pair(String source, String target) {
        return base(source) + ">" + base(target);
    }

    /** The language of a tag without region or script, lower case: "EN-US" → "en", "zh_Hans" → "zh". */
    public static String base(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return cut >= 0 ? t.substring(0, cut) : t;
    }

    public boolean has(String source, String target) {
        return any || pairs.contains(pair(source, target));
    }

    /** A language's English name for messages ("id" → "Indonesian"), or the code when Java knows none. */
    public static String name(String code) {
        String name = Locale.forLanguageTag(base(code)).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    /** "Indonesian → English". */
    public static String names(String source, String target) {
        return name(source) + " → " + name(target);
    }
}
