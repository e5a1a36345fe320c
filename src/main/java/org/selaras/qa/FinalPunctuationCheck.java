package org.selaras.qa;

import java.util.List;

/**
 * The sentence must end the same way: when the source ends with . ? ! or … (possibly followed by closing
 * quotes or brackets, as in {@code .’}), the target must end with the same kind. A source without final
 * punctuation (a byline "(jhon)", a heading) sets no rule. "..." counts as "…".
 */
public final class FinalPunctuationCheck implements QaCheck {

    public static final String ID = "final-punctuation";

    private static final String CLOSERS = "’”\"')]»›";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String want = finalMark(pair.source());
        if (want == null) return List.of();
        String target = pair.target();
        String got = finalMark(target);
        if (want.equals(got)) return List.of();
        int last = target.stripTrailing().length();
        int at = Math.max(0, last - 1);
        return List.of(Issue.inTarget(ID, Issue.Severity.WARNING,
                got == null ? "the source ends with '" + want + "', the target has no final punctuation"
                        : "the source ends with '" + want + "', the target with '" + got + "'",
                want, got, at, last));
    }

    /** ".", "?", "!", "…" or null; closing quotes and brackets after it are skipped. */
    static String finalMark(String s) {
        int i = s.stripTrailing().length() - 1;
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) i--;
        if (i < 0) return null;
        char c = s.charAt(i);
        if (c == '…' || (c == '.' && i >= 2 && s.startsWith("...", i - 2))) return "…";
        return c == '.' || c == '?' || c == '!' ? String.valueOf(c) : null;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example("Dia pergi.", "He left."),
                new Example("Ke mana dia pergi?", "Where did he go?"),
                new Example("dalam perang.’", "in the war.’"),
                new Example("dalam perang.’", "in the war’."),
                new Example("(jhon)", "(jhon)"),
                new Example("Tunggu...", "Wait…"),
                new Example("Dia pergi.", "He lef<marker>t</marker>"),
                new Example("Ke mana dia pergi?", "Where did he go<marker>.</marker>"),
                new Example("dalam perang.’", "in the war<marker>’</marker>"));
    }
}
