package org.selaras.mt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a protected term is written while the text is with an engine (see the package notes). */
public enum Placeholder {
    /** {@code ZXQ1}: survives rule-based engines that copy unknown words (Apertium with markUnknown=no). */
    TOKEN(Pattern.compile("ZXQ(\\d+)"), false),
    /** {@code <x id="1"/>}: survives engines that keep markup (DeepL tag_handling=xml, LibreTranslate html, LLMs). */
    XML(Pattern.compile("<x\\s+id\\s*=\\s*[\"'](\\d+)[\"']\\s*/>|<x\\s+id\\s*=\\s*[\"'](\\d+)[\"']\\s*>\\s*</x>"), true);

    private final Pattern pattern;
    private final boolean markup;

    Placeholder(Pattern pattern, boolean markup) {
        this.pattern = pattern;
        this.markup = markup;
    }

    public String write(int n) {
        return this == TOKEN ? "ZXQ" + n : "<x id=\"" + n + "\"/>";
    }

    /** Whether the rest of the text travels as markup (escaped on the way out, unescaped on the way back). */
    public boolean markup() {
        return markup;
    }

    Pattern pattern() {
        return pattern;
    }

    static int number(Matcher m) {
        String g = m.group(1) != null ? m.group(1) : m.group(2);
        return Integer.parseInt(g);
    }
}
