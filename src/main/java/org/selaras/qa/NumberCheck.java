package org.selaras.qa;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,:]\\d+)*");
    private static final Pattern ID_GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern ID_DECIMAL = Pattern.compile("\\d+,\\d+");
    private static final Pattern EN_GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern EN_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[.:](\\d{2})");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern ID_CLOCK_WORD = Pattern.compile("(?i)(?:pukul|pk\\.?|jam)\\s+$");
    private static final Pattern AM_PM = Pattern.compile("(?i)\\s*([ap])\\.?\\s?m\\b\\.?");
    private static final Pattern SPELLED = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(one|two|three|four|five|six|seven"
            + "|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![\\p{L}\\p{N}])");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));
    private static final Pattern ID_MULTIPLIER = Pattern.compile("(?iu)[\\s\\u00A0]*(ribu|juta|miliar|milyar|triliun)(?![\\p{L}])");
    private static final Pattern EN_MULTIPLIER = Pattern.compile("(?iu)[\\s\\u00A0]*(thousand|million|billion|trillion)(?![\\p{L}])");
    private static final Map<String, Integer> POWER = Map.of("ribu", 3, "juta", 6, "miliar", 9, "milyar", 9,
            "triliun", 12, "thousand", 3, "million", 6, "billion", 9, "trillion", 12);
    private static final Map<String, String> EN_WORD = Map.of("ribu", "thousand", "juta", "million",
            "miliar", "billion", "milyar", "billion", "triliun", "trillion");

    /** A number as written: span (with its multiplier word), comparison keys, and its English form. */
    private record Num(int start, int end, String text, Set<String> keys, String english, boolean spelled) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        List<Num> source = scan(pair.source(), true);
        List<Num> target = scan(pair.target(), false);
        if (source.isEmpty() && target.isEmpty()) return List.of();
        boolean[] used = new boolean[target.size()];
        List<Num> missing = new ArrayList<>();
        for (Num s : source) {
            int hit = -1;
            for (int j = 0; j < target.size() && hit < 0; j++) {
                if (!used[j] && intersects(s.keys(), target.get(j).keys())) hit = j;
            }
            if (hit >= 0) used[hit] = true;
            else missing.add(s);
        }
        List<Num> extra = new ArrayList<>();
        for (int j = 0; j < target.size(); j++) {
            if (!used[j] && !target.get(j).spelled()) extra.add(target.get(j));
        }
        List<Issue> issues = new ArrayList<>();
        int paired = Math.min(missing.size(), extra.size());
        for (int k = 0; k < paired; k++) {
            Num s = missing.get(k);
            Num t = extra.get(k);
            issues.add(Issue.inTarget(ID, Issue.Severity.WARNING, "number '" + s.text() + "' became '" + t.text()
                    + "': expected " + s.english(), s.english(), t.text(), t.start(), t.end()));
        }
        for (Num s : missing.subList(paired, missing.size())) {
            issues.add(new Issue(ID, Issue.Severity.WARNING, "number '" + s.text() + "' is missing from the "
                    + "translation: expected " + s.english(), null, s.english(), null, s.start(), s.end(),
                    Issue.Side.SOURCE));
        }
        for (Num t : extra.subList(paired, extra.size())) {
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

    private static List<Num> scan(String text, boolean indonesian) {
        List<Num> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String tok = m.group();
            int start = m.start();
            Set<String> keys = new HashSet<>();
            String english;
            BigDecimal value = null;
            Matcher clock = CLOCK.matcher(tok);
            boolean isClock = clock.matches() && Integer.parseInt(clock.group(1)) <= 24
                    && Integer.parseInt(clock.group(2)) < 60;
            if (indonesian ? ID_GROUPED.matcher(tok).matches() : EN_GROUPED.matcher(tok).matches()) {
                value = new BigDecimal(indonesian ? tok.replace(".", "").replace(',', '.') : tok.replace(",", ""));
                english = indonesian ? swapSeparators(tok) : tok;
            } else if (indonesian && ID_DECIMAL.matcher(tok).matches()) {
                value = new BigDecimal(tok.replace(',', '.'));
                english = tok.replace(',', '.');
            } else if (isClock && (indonesian || tok.indexOf(':') >= 0)) {
                english = clock.group(1) + ":" + clock.group(2);
            } else if (!indonesian && EN_DECIMAL.matcher(tok).matches()) {
                value = new BigDecimal(tok);
                english = tok;
            } else if (INTEGER.matcher(tok).matches()) {
                value = new BigDecimal(tok);
                english = tok;
            } else {
                // an odd shape (1.2.3, 2,5 in English): each digit run on its own
                Matcher runs = INTEGER.matcher(tok);
                while (runs.find()) {
                    out.add(new Num(start + runs.start(), start + runs.end(), runs.group(),
                            Set.of(key(new BigDecimal(runs.group()))), runs.group(), false));
                }
                continue;
            }
            int end = m.end();
            if (isClock) keys.add("t:" + minutes(clock, text, end, indonesian));
            if (value != null) {
                Matcher mult = (indonesian ? ID_MULTIPLIER : EN_MULTIPLIER).matcher(text).region(end, text.length());
                if (mult.lookingAt()) {
                    String word = mult.group(1).toLowerCase(Locale.ROOT);
                    value = value.scaleByPowerOfTen(POWER.get(word));
                    english += " " + (indonesian ? EN_WORD.get(word) : word);
                    end = mult.end();
                }
                keys.add(key(value));
                if (indonesian && value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(24)) <= 0
                        && ID_CLOCK_WORD.matcher(text.substring(Math.max(0, start - 8), start)).find()) {
                    keys.add("t:" + value.intValue() * 60); // pukul 9
                }
                if (!indonesian && value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(12)) <= 0) {
                    Matcher ampm = AM_PM.matcher(text).region(m.end(), text.length());
                    if (ampm.lookingAt()) keys.add("t:" + (value.intValue() % 12 + pm(ampm)) * 60);
                }
            }
            out.add(new Num(start, end, text.substring(start, end), Set.copyOf(keys), english, false));
        }
        if (!indonesian) {
            Matcher w = SPELLED.matcher(text);
            while (w.find()) {
                BigDecimal value = BigDecimal.valueOf(WORDS.get(w.group(1).toLowerCase(Locale.ROOT)));
                int end = w.end();
                Matcher mult = EN_MULTIPLIER.matcher(text).region(end, text.length());
                if (mult.lookingAt()) {
                    value = value.scaleByPowerOfTen(POWER.get(mult.group(1).toLowerCase(Locale.ROOT)));
                    end = mult.end();
                }
                out.add(new Num(w.start(), end, text.substring(w.start(), end), Set.of(key(value)),
                        w.group(), true));
            }
        }
        return out;
    }

    private static int minutes(Matcher clock, String text, int end, boolean indonesian) {
        int h = Integer.parseInt(clock.group(1));
        int min = Integer.parseInt(clock.group(2));
        if (!indonesian && h <= 12) {
            Matcher ampm = AM_PM.matcher(text).region(end, text.length());
            if (ampm.lookingAt()) h = h % 12 + pm(ampm);
        }
        return h * 60 + min;
    }

    private static int pm(Matcher ampm) {
        return Character.toLowerCase(ampm.group(1).charAt(0)) == 'p' ? 12 : 0;
    }

    private static String key(BigDecimal v) {
        return "n:" + v.stripTrailingZeros().toPlainString();
    }

    private static String swapSeparators(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) sb.append(c == '.' ? ',' : c == ',' ? '.' : c);
        return sb.toString();
    }

    public static List<Example> examples() {
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
