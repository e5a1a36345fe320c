package org.selaras.exchange;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a TMX {@code <seg>} without its inline codes ({@code <bpt> <ept> <it> <ph> <ut>}, their
 * {@code <sub>} flows included; {@code <hi>} text is kept). A code is the other tool's markup, not text, but
 * taking it out must not change the words around it:
 * <ul>
 * <li>a code that stands for a line break or a block ({@code \n}, {@code <br/>}, {@code <p>}, {@code \r\n}…) is a
 * space: {@code befindet.<ph>\n</ph>2.} is "befindet. 2.";</li>
 * <li>a placeholder ({@code <ph>}, {@code <ut>}) between two word characters is a space, so no two words are glued
 * together; paired formatting ({@code <bpt>}/{@code <ept>}, {@code <it>}) is nothing, as it may sit inside a
 * word;</li>
 * <li>where the text on both sides of removed codes is white space, one side's is dropped (no double spaces), and
 * so is white space that a code at the start or end leaves at the edge.</li>
 * </ul>
 * Alongside, the text with its codes as our tags ({@code {1}…{/1}}, {@code {2/}}: bpt/ept by i, it by pos and x, ph
 * by x), for a tagged segment that takes the translation; none when a code has no number to be a tag by.
 */
final class SegText {

    /** {@code tagged}: the text with its codes as tags, null when there are no codes or one cannot be a tag. */
    record Read(String text, String tagged) {
    }

    private static final Set<String> CODES = Set.of("bpt", "ept", "it", "ph", "ut");
    private static final Set<String> PLACEHOLDERS = Set.of("ph", "ut");
    /** Native code that breaks a line or starts a block: a real or escaped newline, HTML br/p/div/li/tr, RTF \par. */
    private static final Pattern BREAK = Pattern.compile(
            "(\\s*(\\r?\\n|\\r|\\\\r\\\\n|\\\\n|\\\\r|\\u2028|\\u2029|\\\\par\\b.*|\\\\line\\b.*"
                    + "|</?\\s*(br|p|div|li|tr|h[1-6])\\b[^>]*>))+\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** What the codes removed since the last text ask for: nothing, a space between words, a space. */
    private enum Gap { NONE, BETWEEN_WORDS, SPACE }

    private final StringBuilder text = new StringBuilder();
    private Gap gap = Gap.NONE;
    private boolean codeSeen;
    private boolean startsWithCode;
    private final StringBuilder tagged = new StringBuilder();
    private boolean tags;
    private boolean untaggable;

    private SegText() {
    }

    /** Reads from a {@code <seg>} start element to its end. */
    static Read read(XMLStreamReader r) throws XMLStreamException, SafeXml.XmlException {
        SegText s = new SegText();
        int depth = 1;
        while (depth > 0) {
            int ev = SafeXml.next(r);
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = r.getLocalName().toLowerCase(Locale.ROOT);
                    if (CODES.contains(name)) {
                        s.tag(name, r.getAttributeValue(null, "i"), r.getAttributeValue(null, "x"),
                                r.getAttributeValue(null, "pos"));
                        s.code(name, SafeXml.text(r, Set.of()));
                    } else {
                        depth++; // <hi> and the like: their text is text
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        s.append(r.getText());
                default -> {
                }
            }
        }
        return new Read(s.result(), s.tags && !s.untaggable ? s.tagged.toString().strip() : null);
    }

    /** The code as our tag in {@link #tagged}: paired by i, isolated by pos and x, a placeholder by x. */
    private void tag(String name, String i, String x, String pos) {
        String id = switch (name) {
            case "bpt", "ept" -> number(i);
            default -> number(x);
        };
        if (id == null || name.equals("ut")) {
            untaggable = true;
            return;
        }
        tags = true;
        tagged.append(switch (name) {
            case "bpt" -> "{" + id + "}";
            case "ept" -> "{/" + id + "}";
            case "it" -> "end".equals(pos) ? "{/" + id + "}" : "{" + id + "}";
            default -> "{" + id + "/}";
        });
    }

    private static String number(String s) {
        return s != null && s.strip().matches("[0-9]{1,6}") ? String.valueOf(Integer.parseInt(s.strip())) : null;
    }

    private void code(String name, String content) {
        if (text.length() == 0) {
            startsWithCode = true;
        }
        codeSeen = true;
        Gap g = BREAK.matcher(content).matches() ? Gap.SPACE
                : PLACEHOLDERS.contains(name) ? Gap.BETWEEN_WORDS : Gap.NONE;
        if (g.compareTo(gap) > 0) {
            gap = g;
        }
    }

    private void append(String t) {
        if (t.isEmpty()) {
            return;
        }
        tagged.append(t); // as written: the tags keep their places
        if (codeSeen && text.length() > 0) {
            boolean before = Character.isWhitespace(text.charAt(text.length() - 1));
            boolean after = Character.isWhitespace(t.charAt(0));
            if (before && after) {
                t = t.stripLeading();
            } else if (!before && !after && (gap == Gap.SPACE
                    || gap == Gap.BETWEEN_WORDS && word(text.codePointBefore(text.length())) && word(t.codePointAt(0)))) {
                text.append(' ');
            }
        }
        gap = Gap.NONE;
        codeSeen = false;
        text.append(t);
    }

    private String result() {
        String s = text.toString();
        if (startsWithCode) {
            s = s.stripLeading();
        }
        return codeSeen ? s.stripTrailing() : s;
    }

    private static boolean word(int c) {
        return Character.isLetterOrDigit(c);
    }
}
