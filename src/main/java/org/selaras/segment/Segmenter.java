package org.selaras.segment;

import java.util.ArrayList;
import java.util.List;

/** PROVISIONAL placeholder until the segmenter branch is merged (replaced wholesale). */
public final class Segmenter {
    public static Segmenter forLanguage(String lang) {
        if (!lang.startsWith("id") && !lang.startsWith("en")) throw new IllegalArgumentException("Unknown language " + lang);
        return new Segmenter();
    }

    public List<Span> segmentParagraph(CharSequence p) {
        List<Span> out = new ArrayList<>();
        int n = p.length(), s = 0;
        while (s < n && Character.isWhitespace(p.charAt(s))) s++;
        for (int i = s; i < n; i++) {
            char c = p.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && i + 1 < n && Character.isWhitespace(p.charAt(i + 1))) {
                out.add(new Span(s, i + 1, "x"));
                s = i + 1;
                while (s < n && Character.isWhitespace(p.charAt(s))) s++;
                i = s - 1;
            }
        }
        int e = n;
        while (e > s && Character.isWhitespace(p.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(s, e, null));
        return out;
    }

    public List<SegmentSpan> segmentText(CharSequence text) {
        List<SegmentSpan> out = new ArrayList<>();
        int para = 0;
        for (String line : text.toString().split("\r\n|\r|\n")) {
            if (line.isBlank()) continue;
            para++;
            for (Span sp : segmentParagraph(line)) out.add(new SegmentSpan(para, sp.start(), sp.end(), line.substring(sp.start(), sp.end())));
        }
        return out;
    }
}
