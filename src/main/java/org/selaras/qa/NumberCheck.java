package org.selaras.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every number of the Indonesian source must reappear, converted, in the English target.
 *
 * <p>Source numbers are read the Indonesian way: {@code .} groups thousands (10.000, 1.750.000,5),
 * {@code ,} marks decimals (2,5), {@code H.MM} is a time (pukul 09.00), and a following ribu / juta / miliar /
 * triliun multiplies (1,2 juta = 1,200,000). Target numbers are read the English way (10,000; 2.5;
 * 9:00 or 9.00, a.m./p.m.; thousand / million / billion / trillion). Numbers are compared by value, so
 * "1,2 juta" is satisfied by "1.2 million" or "1,200,000", "1 November" by "November 1"; currency signs
 * and units are not compared. Decisions where the brief was silent:
 * <ul>
 *   <li>English words one…ten and first…tenth count as the numbers 1–10 ("6 minggu" → "six weeks"),
 *       and "one million" as 1,000,000. They satisfy source numbers but are never reported as extra.</li>
 *   <li>A number after "pukul"/"jam" is also a time: "pukul 9" → "9 a.m." or "9:00".</li>
 *   <li>Digits inside words count (F-16, G20, COVID-19): they reappear unchanged in English.</li>
 *   <li>Unmatched source and target numbers are paired in text order as "changed" (offsets in the
 *       target); a source number left over is "missing" (offsets in the source), a target number left over
 *       is "not in the source" (target). All WARNING: a number is not a name, but worth a look.</li>
 * </ul>
 */
public final class NumberCheck implements QaCheck {

    public static final String ID = "number";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        List<NewsNumbers.Num> source = NewsNumbers.scan(pair.source(), true);
        List<NewsNumbers.Num> target = NewsNumbers.scan(pair.target(), false);
        if (source.isEmpty() && target.isEmpty()) return List.of();
        boolean[] used = new boolean[target.size()];
        List<NewsNumbers.Num> missing = new ArrayList<>();
        for (NewsNumbers.Num s : source) {
            int hit = -1;
            for (int j = 0; j < target.size() && hit < 0; j++) {
                if (!used[j] && intersects(s.keys(), target.get(j).keys())) hit = j;
            }
            if (hit >= 0) used[hit] = true;
            else missing.add(s);
        }
        List<NewsNumbers.Num> extra = new ArrayList<>();
        for (int j = 0; j < target.size(); j++) {
            if (!used[j] && !target.get(j).spelled()) extra.add(target.get(j));
        }
        List<Issue> issues = new ArrayList<>();
        int paired = Math.min(missing.size(), extra.size());
        for (int k = 0; k < paired; k++) {
            NewsNumbers.Num s = missing.get(k);
            NewsNumbers.Num t = extra.get(k);
            issues.add(Issue.inTarget(ID, Issue.Severity.WARNING, "number '" + s.text() + "' became '" + t.text()
                    + "': expected " + s.english(), s.english(), t.text(), t.start(), t.end()));
        }
        for (NewsNumbers.Num s : missing.subList(paired, missing.size())) {
            issues.add(new Issue(ID, Issue.Severity.WARNING, "number '" + s.text() + "' is missing from the "
                    + "translation: expected " + s.english(), null, s.english(), null, s.start(), s.end(),
                    Issue.Side.SOURCE));
        }
        for (NewsNumbers.Num t : extra.subList(paired, extra.size())) {
            issues.add(Issue.inTarget(ID, Issue.Severity.WARNING, "number '" + t.text() + "' is not in the source",
                    null, t.text(), t.start(), t.end()));
        }
        return issues;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String k : a) {
            if (b.contains(k)) return true;
        }
        return false;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example("setidaknya 10.000 tentara", "at least 10,000 soldiers"),
                new Example("tumbuh 2,5 persen", "grew 2.5 percent"),
                new Example("1,2 juta warga", "1.2 million people"),
                new Example("1,2 juta warga", "1,200,000 people"),
                new Example("Rp 1.750.000,5", "Rp 1,750,000.5"),
                new Example("$425 juta", "$425 million"),
                new Example("pada 1 November", "on November 1"),
                new Example("pukul 09.00 WIB", "at 9:00 WIB"),
                new Example("pukul 09.00 WIB", "at 09.00 WIB"),
                new Example("pukul 21.30", "at 9.30 p.m."),
                new Example("pukul 9 pagi", "at 9 a.m."),
                new Example("dalam 6 minggu", "in six weeks"),
                new Example("dalam enam minggu", "in six weeks"),
                new Example("jet F-16", "F-16 jets"),
                new Example("lebih dari 600.000 tentara", "more than <marker>60,000</marker> soldiers"),
                new Example("tumbuh 2,5 persen", "grew <marker>2</marker>,<marker>5</marker> percent"),
                new Example("sebanyak <marker>1.200</marker> personel", "many personnel"),
                new Example("pada 1 November", "on 1 November, <marker>2024</marker>"),
                new Example("1,2 juta warga", "<marker>1.2</marker> people"));
    }
}
