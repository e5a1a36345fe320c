package org.selaras.exchange;

import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.TermMatcher;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Validation and value names shared by the TBX and table formats (package-private helpers). */
final class Entries {

    private Entries() {
    }

    /** Kind from its lower-case name; US spelling "organization" accepted. Null when unknown. */
    static GlossaryTerm.Kind kind(String s) {
        String k = s.strip().toUpperCase(Locale.ROOT);
        if (k.equals("ORGANIZATION")) k = "ORGANISATION";
        for (GlossaryTerm.Kind kind : GlossaryTerm.Kind.values()) {
            if (kind.name().equals(k)) return kind;
        }
        return null;
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Problems inside one entry (a form both allowed and forbidden...), or null when fine. */
    static String check(GlossaryTerm t) {
        for (String f : t.forbidden()) {
            if (t.allowedForms().contains(f)) return "'" + f + "' is both allowed and forbidden";
        }
        return null;
    }

    /**
     * Remembers each Indonesian term with its line so a second entry for the same term (same words under the
     * entry's case rule) is reported: two entries would make the source match ambiguous.
     */
    static final class Duplicates {
        private final Map<String, Integer> lineByKey = new HashMap<>();

        /** Null, or the message for a duplicate. */
        String add(GlossaryTerm t, int line) {
            String key = TermMatcher.key(t.source(), t.caseSensitive());
            Integer first = lineByKey.putIfAbsent(key, line);
            return first == null ? null : "duplicate term '" + t.source() + "' (first on line " + first + ")";
        }

    }
}
