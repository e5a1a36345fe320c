package org.selaras.qa;

import java.util.List;

/** A source with text and a blank target (Okapi's MISSING_TARGETSEG). The one check that runs on it. */
public final class EmptyTargetCheck implements QaCheck {

    public static final String ID = "empty-target";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean checksEmptyTarget() {
        return true;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (pair.source().isBlank() || !pair.target().isBlank()) return List.of();
        return List.of(Issue.inTarget(ID, Issue.Severity.ERROR, "the translation is empty", null, null,
                0, pair.target().length()));
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example("Dia pergi.", "He left."),
                new Example(" ", ""),
                new Example("Dia pergi.", "<marker></marker>"),
                new Example("Dia pergi.", "<marker> \t</marker>"));
    }
}
