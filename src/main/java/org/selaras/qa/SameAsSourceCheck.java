package org.selaras.qa;

import java.util.List;

/**
 * The target is the source, unchanged (Okapi's TARGET_SAME_AS_SOURCE): usually a forgotten segment.
 *
 * <p>Not reported when copying is the translation: the source has no letters ("2024", "—"), has fewer
 * than three words (bylines "(jhon)", datelines, "ETIndonesia."), or every word is capitalised (a name or
 * an organisation: "Ursula von der Leyen" — the particles von, van, der, de, bin, binti are allowed).
 */
public final class SameAsSourceCheck implements QaCheck {

    public static final String ID = "same-as-source";

    private static final List<String> PARTICLES = List.of("von", "van", "der", "den", "de", "del", "la", "bin",
            "binti", "al", "el");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String source = pair.source().strip();
        if (source.isEmpty() || !source.equals(pair.target().strip()) || copyIsFine(source)) return List.of();
        int start = pair.target().indexOf(source);
        return List.of(Issue.inTarget(ID, Issue.Severity.WARNING, "the target is the same as the source",
                null, null, start, start + source.length()));
    }

    private static boolean copyIsFine(String s) {
        int words = 0;
        boolean allCapitalised = true;
        for (String w : s.split("[\\s\\u00A0]+")) {
            int first = firstLetter(w);
            if (first < 0) continue;
            words++;
            if (!Character.isUpperCase(w.codePointAt(first)) && !PARTICLES.contains(w)) allCapitalised = false;
        }
        return words < 3 || allCapitalised;
    }

    private static int firstLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) return i;
        }
        return -1;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example("(jhon)", "(jhon)"),
                new Example("ETIndonesia.", "ETIndonesia."),
                new Example("10.000", "10.000"),
                new Example("Ursula von der Leyen", "Ursula von der Leyen"),
                new Example("Korean Central News Agency", "Korean Central News Agency"),
                new Example("Dia pergi ke pasar.", "He went to the market."),
                new Example("Dia pergi ke pasar.", "<marker>Dia pergi ke pasar.</marker>"));
    }
}
