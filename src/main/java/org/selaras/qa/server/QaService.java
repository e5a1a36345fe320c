package org.selaras.qa.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.glossary.server.GlossaryService;
import org.selaras.qa.GlossaryCheck;
import org.selaras.qa.Issue;
import org.selaras.qa.QaRunner;
import org.selaras.qa.SegmentPair;
import org.selaras.tags.InlineCode;

import java.util.List;

/**
 * The one place the QA checks are put together ({@link QaRunner#standard}, with the current glossary
 * and the configured severities): saves, the on-demand API and the alignment commit all check here.
 * The runner is rebuilt when the glossary's revision moves, so every instance sees every change.
 */
@ApplicationScoped
@Transactional
public class QaService {

    private record Snapshot(long glossaryRevision, QaRunner qa) {
    }

    private final GlossaryService glossary;
    private volatile Snapshot snapshot;

    public QaService(GlossaryService glossary) {
        this.glossary = glossary;
    }

    /** Issues of a pair with the current glossary; null sides count as empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Issue> check(String source, String target) {
        return runner().run(new SegmentPair(source == null ? "" : source, target == null ? "" : target));
    }

    /**
     * Issues of a segment of a formatted article: source and target with their tags, and what the tags stand
     * for (the tag check gives a missing link more weight).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Issue> check(String source, String target, List<InlineCode> codes) {
        return runner().run(new SegmentPair(source, target, codes));
    }

    /** The checks at the current glossary revision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QaRunner runner() {
        GlossaryService.Snapshot g = glossary.snapshot();
        Snapshot s = snapshot;
        if (s == null || s.glossaryRevision() != g.revision()) {
            s = new Snapshot(g.revision(), QaRunner.standard(new GlossaryCheck(g.glossary(), glossary.severity())));
            snapshot = s;
        }
        return s.qa();
    }
}
