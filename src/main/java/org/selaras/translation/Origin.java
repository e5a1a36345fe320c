package org.selaras.translation;

import java.util.regex.Pattern;

/** Where a translation's text came from: human, mt:&lt;engine&gt;, tm, aligned, imported. */
public final class Origin {
    public static final String HUMAN = "human";
    public static final String TM = "tm";
    public static final String ALIGNED = "aligned";
    public static final String IMPORTED = "imported";
    /** Every valid origin (also the constraint on {@link SaveRequest#origin}). */
    public static final String PATTERN = "human|tm|aligned|imported|mt:[a-z0-9][a-z0-9._-]{0,58}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Origin() {
    }

    public static boolean isValid(String origin) {
        return origin != null && VALID.matcher(origin).matches();
    }
}
