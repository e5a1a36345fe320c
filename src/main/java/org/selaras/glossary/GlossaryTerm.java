package org.selaras.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One glossary entry as plain data: an Indonesian term and how it must come out in English.
 *
 * <p>Lists are copied and unmodifiable; blank forms are dropped and duplicates removed (first wins),
 * so an entry read from a sloppy spreadsheet still compares equal to the same entry read from TBX.
 *
 * @param id            glossary id; 0 = not stored yet
 * @param source        the Indonesian term, matched in the source text
 * @param target        the preferred English term
 * @param variants      other English forms that are allowed (admitted)
 * @param forbidden     English forms that must not be used (deprecated)
 * @param kind          what the term names; decides the QA severity
 * @param caseSensitive whether {@code source} (and the English forms) must match with the same case
 * @param status        the status of the Indonesian term; DEPRECATED entries are not looked for in sources
 * @param note          free text for the translator, never null
 */
public record GlossaryTerm(long id, String source, String target, List<String> variants, List<String> forbidden,
                           Kind kind, boolean caseSensitive, Status status, String note) {

    /** What a term names. */
    public enum Kind { PERSON, TITLE, ORGANISATION, PLACE, EVENT, OTHER }

    /** Status of the Indonesian term (TBX administrativeStatus). */
    public enum Status { PREFERRED, ADMITTED, DEPRECATED }

    public GlossaryTerm {
        source = requireText(source, "source");
        target = requireText(target, "target");
        variants = cleanForms(variants);
        forbidden = cleanForms(forbidden);
        kind = kind == null ? Kind.OTHER : kind;
        status = status == null ? Status.PREFERRED : status;
        note = note == null ? "" : note.strip();
    }

    /** An entry with the default case rule, preferred status and no note. */
    public static GlossaryTerm of(long id, String source, String target, Kind kind,
                                  List<String> variants, List<String> forbidden) {
        return new GlossaryTerm(id, source, target, variants, forbidden, kind,
                defaultCaseSensitive(source), Status.PREFERRED, "");
    }

    /**
     * Short all-capitals terms match case-sensitively by default: "AS" (Amerika Serikat) must not match the
     * Indonesian word "as" (axle), nor "US" the English "us". Rule: no whitespace, 1–4 letters, all of them
     * upper case (digits allowed: "G20").
     */
    public static boolean defaultCaseSensitive(String term) {
        if (term == null || term.isBlank()) return false;
        int letters = 0;
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u00A0') return false;
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp)) return false;
                letters++;
            }
        }
        return letters >= 1 && letters <= 4;
    }

    /** All English forms that satisfy the entry: the preferred term first, then the variants. */
    public List<String> allowedForms() {
        List<String> all = new ArrayList<>(variants.size() + 1);
        all.add(target);
        all.addAll(variants);
        return List.copyOf(all);
    }

    private static String requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        String t = s.strip();
        if (t.isEmpty()) throw new IllegalArgumentException(what + " must not be blank");
        return t;
    }

    private static List<String> cleanForms(List<String> forms) {
        if (forms == null || forms.isEmpty()) return List.of();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String f : forms) {
            if (f != null && !f.isBlank()) out.add(f.strip());
        }
        return List.copyOf(out);
    }
}
