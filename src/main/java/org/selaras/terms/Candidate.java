package org.selaras.terms;

import org.selaras.glossary.GlossaryTerm;

import java.util.List;

/**
 * A term the glossary may want: its kind, its text as first seen, its normalised key, where it occurs, how
 * the glossary covers it ({@code glossarySource}: the entry's Indonesian term, or "") and the other spellings
 * of it in the same texts ({@code variantsInText}: a consistency issue of the source on its own).
 */
public record Candidate(GlossaryTerm.Kind kind, String text, String key, List<Occurrence> occurrences,
                        Coverage coverage, String glossarySource, List<String> variantsInText, String alias) {

    public Candidate {
        occurrences = List.copyOf(occurrences);
        variantsInText = List.copyOf(variantsInText);
        glossarySource = glossarySource == null ? "" : glossarySource;
        alias = alias == null ? "" : alias;
    }

    /** How often it occurs, across all documents. */
    public int frequency() {
        return occurrences.size();
    }

    /** In how many documents it occurs. */
    public long documents() {
        return occurrences.stream().mapToLong(Occurrence::documentId).distinct().count();
    }
}
