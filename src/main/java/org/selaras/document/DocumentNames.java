package org.selaras.document;

import java.util.Optional;

/**
 * The name a document gets when the import names none: its headline (the first line that is not blank), spaces
 * collapsed, cut at {@value #MAX} characters on a word boundary. A headline without a letter or digit (a rule of
 * dashes, stars) is no name; the caller falls back to the file name.
 */
public final class DocumentNames {

    /** Longest headline name, in characters (UTF-16 code units), "…" included. */
    public static final int MAX = 120;

    private DocumentNames() {
    }

    public static Optional<String> headline(String text) {
        if (text == null) return Optional.empty();
        for (String line : text.split("\\R", -1)) {
            String l = line.strip().replaceAll("\\s+", " ");
            if (l.isEmpty()) continue;
            if (l.codePoints().noneMatch(Character::isLetterOrDigit)) return Optional.empty();
            return Optional.of(cut(l));
        }
        return Optional.empty();
    }

    /** At most MAX characters: cut at the last space before the limit (a hard cut if a word is very long), "…" added. */
    static String cut(String line) {
        if (line.length() <= MAX) return line;
        int limit = MAX - 1; // room for the ellipsis
        int space = line.lastIndexOf(' ', limit);
        int end = space >= MAX / 2 ? space : limit;
        if (Character.isHighSurrogate(line.charAt(end - 1))) end--; // never split a character
        return line.substring(0, end).stripTrailing() + "…";
    }
}
