package org.selaras.translation;

import java.util.Locale;

/** Where a translation stands: draft → translated → approved, or rejected by a reviewer. */
public enum Status {
    DRAFT, TRANSLATED, APPROVED, REJECTED;

    /** What {@link #parse} takes (also the constraint on {@link SaveRequest#status}). */
    public static final String PATTERN = "(?i)\\s*(draft|translated|approved|rejected)\\s*";

    /** Statuses a reviewer decides; translators may not set them. */
    public boolean isReview() {
        return this == APPROVED || this == REJECTED;
    }

    /** Counts as done for "next unconfirmed segment" and progress. */
    public boolean isConfirmed() {
        return this == TRANSLATED || this == APPROVED;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String s) {
        if (s == null) {
            return null;
        }
        for (Status st : values()) {
            if (st.id().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return st;
            }
        }
        throw new IllegalArgumentException(s);
    }
}
