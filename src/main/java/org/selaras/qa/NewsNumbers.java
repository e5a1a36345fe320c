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
 * Reads the numbers of news text and gives each comparable keys, the Indonesian way ({@code .} groups
 * thousands, {@code ,} marks decimals, H.MM is a time, ribu/juta/miliar/triliun multiply) or the English way
 * (10,000; 2.5; 9:00 and a.m./p.m.; thousand/million/billion/trillion; one…ten spelled out). Shared by the
 * number check and the aligner's anchors. Pure Java.
 */
public final class NewsNumbers {

    private NewsNumbers() {
    }

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

    /** A number as written: span (with its multiplier word), comparison keys ("n:10000", "t:540"), its English form. */
    public record Num(int start, int end, String text, Set<String> keys, String english, boolean spelled) {
    }

    /** Every number of the text, read the Indonesian or the English way. */
    public static List<Num> scan(String text, boolean indonesian) {
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
}
