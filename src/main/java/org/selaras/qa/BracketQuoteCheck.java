package org.selaras.qa;

import org.selaras.text.Chars;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Unbalanced brackets and quotes in the target: ( ) [ ] “ ” " ‘ ’.
 *
 * <p>Two things make this harder than counting:
 * <ul>
 *   <li>’ is also the apostrophe ("Zelenskyy’s", "Russia’s", "soldiers’"). A ’ closes a quote only when
 *       a ‘ is open and the ’ is not between two word chars; otherwise it is an apostrophe. Straight ' is
 *       never counted (apostrophe far more often than quote).</li>
 *   <li>News quotes span sentences: a segment may open ‘ and the next one close it. So the target is only
 *       blamed when its imbalance differs from the source's: per family (round, square, double quotes
 *       “ ” and ", single quotes) the counts of unclosed openers and stray closers are compared, and
 *       when they differ each unbalanced mark of that family in the target is an issue.</li>
 * </ul>
 */
public final class BracketQuoteCheck implements QaCheck {

    public static final String ID = "brackets";

    private enum Family { ROUND, SQUARE, DOUBLE, SINGLE }

    /** An unbalanced mark: its offset, family, and whether it is an opener left open. */
    private record Mark(int at, char c, Family family, boolean open) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        List<Mark> source = unbalanced(pair.source());
        List<Mark> target = unbalanced(pair.target());
        List<Issue> issues = new ArrayList<>();
        for (Mark m : target) {
            if (signature(source, m.family()) == signature(target, m.family())) continue;
            String what = m.open() ? "'" + m.c() + "' is never closed" : "'" + m.c() + "' closes nothing";
            issues.add(Issue.inTarget(ID, Issue.Severity.WARNING, what + " (the source is balanced here)",
                    null, String.valueOf(m.c()), m.at(), m.at() + 1));
        }
        return issues;
    }

    /** Unclosed openers and stray closers of one family, packed as openers * 1000 + closers. */
    private static int signature(List<Mark> marks, Family f) {
        int sig = 0;
        for (Mark m : marks) {
            if (m.family() == f) sig += m.open() ? 1000 : 1;
        }
        return sig;
    }

    private static List<Mark> unbalanced(String s) {
        List<Mark> out = new ArrayList<>();
        Deque<Mark> round = new ArrayDeque<>();
        Deque<Mark> square = new ArrayDeque<>();
        Deque<Mark> curly = new ArrayDeque<>();
        Deque<Mark> single = new ArrayDeque<>();
        Mark straight = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '(' -> round.push(new Mark(i, c, Family.ROUND, true));
                case '[' -> square.push(new Mark(i, c, Family.SQUARE, true));
                case '“' -> curly.push(new Mark(i, c, Family.DOUBLE, true));
                case '‘' -> single.push(new Mark(i, c, Family.SINGLE, true));
                case ')' -> close(round, out, i, c, Family.ROUND);
                case ']' -> close(square, out, i, c, Family.SQUARE);
                case '”' -> close(curly, out, i, c, Family.DOUBLE);
                case '"' -> straight = straight == null ? new Mark(i, c, Family.DOUBLE, true) : null;
                case '’' -> {
                    boolean inWord = i > 0 && i + 1 < s.length()
                            && Chars.isWordChar(s.codePointBefore(i)) && Chars.isWordChar(s.codePointAt(i + 1));
                    if (!inWord && !single.isEmpty()) single.pop();
                }
                default -> {
                }
            }
        }
        out.addAll(round);
        out.addAll(square);
        out.addAll(curly);
        out.addAll(single);
        if (straight != null) out.add(straight);
        out.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return out;
    }

    private static void close(Deque<Mark> open, List<Mark> out, int at, char c, Family f) {
        if (open.isEmpty()) out.add(new Mark(at, c, f, false));
        else open.pop();
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example("Dia berkata (lagi).", "He said (again)."),
                new Example("‘berdiri bersama’ dengan Rusia", "‘stands together’ with Russia"),
                new Example("keluhan dari Zelenskyy", "Zelenskyy’s complaints and the soldiers’ families"),
                new Example("Dia menekankan bahwa ‘pemerintah akan", "He stressed that ‘the government will"),
                new Example("mengambil langkah.’", "take steps.’"),
                new Example("“Kami siap,” katanya.", "\"We are ready,\" he said."),
                new Example("Dia berkata (lagi).", "He said <marker>(</marker>again."),
                new Example("Dia berkata lagi.", "He said again<marker>]</marker>."),
                new Example("“Kami siap,” katanya.", "<marker>“</marker>We are ready, he said."),
                new Example("‘Kami siap’, katanya.", "<marker>‘</marker>We are ready, he said."),
                new Example("Kami siap, katanya.", "We are <marker>\"</marker>ready, he said."));
    }
}
