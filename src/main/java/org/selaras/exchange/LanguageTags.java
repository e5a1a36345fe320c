package org.selaras.exchange;

import java.util.Locale;
import java.util.Map;

/**
 * Language tags as other tools write them (BCP 47 `id-ID`, ISO 639-2/-3 `ind`/`eng`, the legacy
 * `in` for Indonesian, `en_US` with an underscore). Two tags name the same language when their
 * primary subtags agree after folding these forms: a file labelled `eng` is English to us.
 */
public final class LanguageTags {

    // ISO 639-2/-3 (and legacy) codes of the languages a news desk meets, folded to ISO 639-1
    private static final Map<String, String> FOLD = Map.ofEntries(
            Map.entry("in", "id"), Map.entry("ind", "id"),
            Map.entry("eng", "en"),
            Map.entry("msa", "ms"), Map.entry("may", "ms"), Map.entry("zlm", "ms"), Map.entry("zsm", "ms"),
            Map.entry("jav", "jv"), Map.entry("sun", "su"),
            Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("fra", "fr"), Map.entry("fre", "fr"),
            Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("spa", "es"), Map.entry("por", "pt"),
            Map.entry("ita", "it"), Map.entry("ces", "cs"), Map.entry("cze", "cs"), Map.entry("zho", "zh"),
            Map.entry("chi", "zh"), Map.entry("jpn", "ja"), Map.entry("kor", "ko"), Map.entry("ara", "ar"),
            Map.entry("rus", "ru"), Map.entry("tha", "th"), Map.entry("vie", "vi"), Map.entry("iw", "he"),
            Map.entry("heb", "he"), Map.entry("tur", "tr"));

    private LanguageTags() {
    }

    /** The primary language of a tag, lower case, folded to ISO 639-1 where we know it ("" for none). */
    public static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        String p = dash < 0 ? t : t.substring(0, dash);
        return FOLD.getOrDefault(p, p);
    }

    /** Whether two tags name the same language: `in`, `ind`, `id-ID` and `id` all do. */
    public static boolean same(String tag, String language) {
        if (tag == null || language == null) {
            return false;
        }
        String a = primary(tag);
        return !a.isEmpty() && a.equals(primary(language));
    }

    public static boolean isIndonesian(String tag) {
        return "id".equals(primary(tag));
    }

    public static boolean isEnglish(String tag) {
        return "en".equals(primary(tag));
    }

    /**
     * The tag to read one side of a pair by: {@code asked} (an import's source= or target=, naming a variant such as
     * en-GB) when it names {@code language}, {@code language} when nothing was asked, null when {@code asked} is
     * another language.
     */
    public static String choose(String asked, String language) {
        if (asked == null || asked.isBlank()) {
            return language;
        }
        return same(asked, language) ? asked.trim() : null;
    }
}
