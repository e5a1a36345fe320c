package org.selaras.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * The glossary as the matchers see it: the entries in use (deprecated ones are not looked for) and one
 * matcher over their Indonesian terms. Immutable; built once per glossary revision and shared by the
 * QA checks, the term panel and MT term protection.
 */
public final class Glossary {

    private final List<GlossaryTerm> all;
    private final List<GlossaryTerm> inUse;
    private final TermMatcher<GlossaryTerm> sourceMatcher;

    public Glossary(List<GlossaryTerm> terms) {
        this.all = List.copyOf(terms);
        this.inUse = all.stream().filter(t -> t.status() != GlossaryTerm.Status.DEPRECATED).toList();
        List<TermMatcher.Phrase<GlossaryTerm>> phrases = new ArrayList<>(inUse.size());
        for (GlossaryTerm t : inUse) phrases.add(new TermMatcher.Phrase<>(t.source(), t.caseSensitive(), t));
        this.sourceMatcher = TermMatcher.of(phrases);
    }

    /** Every entry, deprecated ones too. */
    public List<GlossaryTerm> all() {
        return all;
    }

    /** The entries looked for in sources, in glossary order. */
    public List<GlossaryTerm> inUse() {
        return inUse;
    }

    /** Leftmost-longest matcher over the Indonesian terms in use; payload: the entry. */
    public TermMatcher<GlossaryTerm> sourceMatcher() {
        return sourceMatcher;
    }
}
