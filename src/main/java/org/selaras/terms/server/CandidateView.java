package org.selaras.terms.server;

import org.selaras.terms.Occurrence;
import org.selaras.terms.Suggestion;

import java.util.List;
import java.util.Locale;

/** A candidate as the API shows it. */
public record CandidateView(String id, String kind, String text, String key, int frequency, long documents,
                            int untranslatedSegments, String coverage, String glossarySource,
                            List<String> variantsInText, String alias, SuggestionView suggestion,
                            List<Occurrence> occurrences) {

    /** Suggested English: basis corpus (seen in confirmed translations) or table (title words only). */
    public record SuggestionView(String english, String basis, int seen, int translatedOccurrences,
                                 List<Occurrence> evidence) {
    }

    static CandidateView of(TermsService.Found f) {
        var c = f.candidate();
        Suggestion s = f.suggestion();
        return new CandidateView(f.id(), c.kind().name().toLowerCase(Locale.ROOT), c.text(), c.key(), c.frequency(),
                c.documents(), f.untranslatedSegments(), c.coverage().name().toLowerCase(Locale.ROOT),
                c.glossarySource(), c.variantsInText(), c.alias(),
                s == null ? null : new SuggestionView(s.english(), s.basis().name().toLowerCase(Locale.ROOT), s.seen(),
                        s.translatedOccurrences(), s.evidence()),
                c.occurrences());
    }
}
