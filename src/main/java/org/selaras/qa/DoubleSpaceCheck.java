package org.selaras.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two or more spaces in a row in the target (plain, no-break or narrow no-break spaces). Line breaks and
 * tabs are left alone: they are layout, not typing slips. Leading and trailing spaces are trimmed by the
 * editor, so they are not reported either.
 */
public final class DoubleSpaceCheck implements QaCheck {

    public static final String ID = "double-space";

    private static final Pattern RUN = Pattern.compile("[ \\u00A0\\u202F]{2,}");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String t = pair.target();
        int from = t.length() - t.stripLeading().length();
        int to = t.stripTrailing().length();
        if (from >= to) return List.of();
        List<Issue> issues = new ArrayList<>();
        Matcher m = RUN.matcher(t).region(from, to);
        while (m.find()) {
            issues.add(Issue.inTarget(ID, Issue.Severity.WARNING, "double space", " ", m.group(),
                    m.start(), m.end()));
        }
        return issues;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example("Dia pergi.", "He left."),
                new Example("Dia pergi.", "  He left.  "),
                new Example("Dia pergi.", "He<marker>  </marker>left."),
                new Example("Dia pergi.", "He<marker> \u00A0</marker>left, she<marker>   </marker>stayed."));
    }
}
