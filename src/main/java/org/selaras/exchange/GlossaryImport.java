package org.selaras.exchange;

import org.selaras.glossary.GlossaryTerm;

import java.util.List;

/**
 * What an import read: either all entries, or (when any row is bad) no entries and every row error.
 * Imports are all-or-nothing so a half-read spreadsheet never half-replaces a glossary. {@code skipped} are
 * well-formed parts that are not ours to keep (a TBX concept with no Indonesian or no English term): they are
 * reported, not a reason to refuse the file.
 */
public record GlossaryImport(List<GlossaryTerm> terms, List<RowError> errors, List<RowError> skipped) {

    /** A rejected row or element: 1-based line in the file, and what to fix. */
    public record RowError(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    public GlossaryImport {
        errors = List.copyOf(errors);
        terms = errors.isEmpty() ? List.copyOf(terms) : List.of();
        skipped = List.copyOf(skipped);
    }

    public GlossaryImport(List<GlossaryTerm> terms, List<RowError> errors) {
        this(terms, errors, List.of());
    }

    static GlossaryImport of(List<GlossaryTerm> terms, List<RowError> errors) {
        return new GlossaryImport(terms, errors);
    }

    static GlossaryImport failed(int line, String message) {
        return new GlossaryImport(List.of(), List.of(new RowError(line, message)));
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
