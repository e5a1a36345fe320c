package org.selaras.qa;

import java.util.List;

/** One QA check: a small, immutable, thread-safe class with a stable id (LanguageTool-style rule). */
public interface QaCheck {

    /** Stable id, as in the API's {@code "check"} field. */
    String id();

    /** Issues of this check for one segment pair, in text order; empty when clean. */
    List<Issue> check(SegmentPair pair);

    /**
     * Whether the check is meaningful on an empty target. Most are not (every term would be "missing"),
     * so {@link QaRunner} skips them until there is something to check.
     */
    default boolean checksEmptyTarget() {
        return false;
    }

    /** Whether the check wants the tags of a formatted segment; the others get its plain text. */
    default boolean readsTags() {
        return false;
    }

    /** Correct and incorrect examples of this check, run by the test suite (LanguageTool's rule examples). */
    List<Example> examples();
}
