package org.selaras.qa;

import org.selaras.glossary.GlossaryTerm;

import java.util.ArrayList;
import java.util.List;

/** Runs a fixed list of checks over a segment pair. Immutable and thread-safe when the checks are. */
public final class QaRunner {

    private final List<QaCheck> checks;

    public QaRunner(List<QaCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** All checks of the house, with the glossary given and default severities. */
    public static QaRunner standard(List<GlossaryTerm> glossary) {
        return standard(new GlossaryCheck(glossary));
    }

    /** All checks of the house, in the order their issues are listed: the one list of checks. */
    public static QaRunner standard(GlossaryCheck glossary) {
        return new QaRunner(List.of(glossary, new NumberCheck(), new BracketQuoteCheck(),
                new FinalPunctuationCheck(), new SameAsSourceCheck(), new EmptyTargetCheck(),
                new DoubleSpaceCheck(), new TagCheck()));
    }

    public List<QaCheck> checks() {
        return checks;
    }

    /** Issues of all checks, check by check in list order. A blank target only gets the checks meant for it. */
    public List<Issue> run(SegmentPair pair) {
        SegmentPair plain = pair.plain();
        boolean blank = plain.target().isBlank();
        List<Issue> issues = new ArrayList<>();
        for (QaCheck c : checks) {
            if (!blank || c.checksEmptyTarget()) issues.addAll(c.check(c.readsTags() ? pair : plain));
        }
        return List.copyOf(issues);
    }
}
