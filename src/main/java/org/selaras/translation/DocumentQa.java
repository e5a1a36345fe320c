package org.selaras.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.document.Segment;
import org.selaras.qa.Issue;
import org.selaras.qa.server.QaService;
import org.selaras.tags.TaggedGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * QA at a glance: how many errors and warnings each stored translation of a document has, under the same checks
 * (and the glossary as it is now) as a save. Counted on request, not stored, so a glossary change shows at once.
 */
@ApplicationScoped
public class DocumentQa {

    /** A segment's QA state: its stored translation's errors and warnings. */
    public record SegmentQa(long segment, int errors, int warnings) {
    }

    private final QaService qa;
    private final TranslationService translations;

    public DocumentQa(QaService qa, TranslationService translations) {
        this.qa = qa;
        this.translations = translations;
    }

    /** Every translated segment (a group on its first segment) with at least one error or warning. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SegmentQa> of(long documentId) {
        Map<Long, Translation> byId = translations.ofDocument(documentId);
        List<SegmentQa> counts = new ArrayList<>();
        for (Segment s : Segment.ofDocument(documentId)) {
            Translation t = byId.get(s.id);
            if (t == null || t.text == null || t.text.isBlank()) {
                continue;
            }
            TaggedGroup source = Groups.checkedSource(s, t);
            List<Issue> issues = qa.check(source.tagged(), t.text, source.codes());
            int errors = (int) issues.stream().filter(i -> i.severity() == Issue.Severity.ERROR).count();
            int warnings = (int) issues.stream().filter(i -> i.severity() == Issue.Severity.WARNING).count();
            if (errors + warnings > 0) {
                counts.add(new SegmentQa(s.id, errors, warnings));
            }
        }
        return counts;
    }
}
