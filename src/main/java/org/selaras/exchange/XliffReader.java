package org.selaras.exchange;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the translation units of an XLIFF file, 1.2 or 2.x, from Selaras or any other tool, through
 * {@link SafeXml}. What it gives per unit: id, source and target text, a state in XLIFF 2 words
 * (initial, translated, reviewed, final) and the Selaras version where our export put one.
 * <ul>
 * <li>XLIFF 1.2 (and 1.0, 1.1): {@code <trans-unit>}; with {@code <seg-source>}, each {@code <mrk mtype="seg">} is a unit
 * of its own ({@code <trans-unit id>/<mid>}), its target the {@code <mrk>} with the same mid. State: approved="yes",
 * final and signed-off → final; translated and needs-review-* → translated; no state on a target → translated
 * (most tools write none); new, needs-translation and the rest → initial. {@code <alt-trans>}, notes and
 * other namespaces are not read.</li>
 * <li>XLIFF 2.x: {@code <unit>}; a unit with several {@code <segment>}s gives one unit per segment. Module
 * elements ({@code mtc:matches}, {@code gls:glossary}, {@code ctr:changeTrack}…) are not read (a match holds a
 * source and target of its own); {@code mda:meta type="version"} is.</li>
 * </ul>
 * Inline codes: the text inside {@code g}, {@code pc} and {@code mrk} is kept; the codes themselves
 * ({@code x}, {@code ph}, {@code bx}, {@code ex}, {@code bpt}, {@code ept}, {@code it}, {@code sc}, {@code ec}…)
 * are left out, a placeholder between two words becoming one space, and no code leaves two spaces.
 * Whitespace: under {@code xml:space="default"} (the default) runs of spaces, tabs and line breaks are
 * one space and the ends are trimmed (indentation is layout, not text); under {@code preserve} it is kept.
 */
public final class XliffReader {

    /**
     * One unit; {@code target} is null when the unit has none, {@code version} when the file does not say;
     * {@code taggedTarget}: the target with its inline codes as our tags, null when it has none (or one cannot be).
     */
    public record Unit(int line, String id, String source, String target, String state, Integer version,
                       String taggedTarget) {

        public Unit(int line, String id, String source, String target, String state, Integer version) {
            this(line, id, source, target, state, version, null);
        }
    }

    public static final String NS12 = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String NS11 = "urn:oasis:names:tc:xliff:document:1.1";
    private static final String NS10 = "urn:oasis:names:tc:xliff:document:1.0";
    /** Written on XLIFF 1.2 trans-units by {@link Xliff12Writer} (slr:version): the translation's version. */
    public static final String SELARAS_NS = "urn:x-selaras:xliff";

    // a placeholder (may stand for a break or an image: a space between words) and a paired code (nothing)
    private static final char PLACEHOLDER = '\uFFFE';
    private static final char PAIRED = '\uFFFF';
    // where a g or pc starts or ends: nothing in the text, a tag in the tagged text
    private static final char SPAN = '\uFDD0';
    private static final Set<String> PLACEHOLDERS = Set.of("x", "ph");
    private static final Set<String> PAIRED_CODES = Set.of("bx", "ex", "bpt", "ept", "it", "sc", "ec", "sm", "em", "cp");

    private static final int MAX_NESTING = 1000;

    private final XMLStreamReader r;
    private String ns;
    private int nesting;
    private final List<Unit> units = new ArrayList<>();
    private final List<String[]> languages = new ArrayList<>();

    private XliffReader(XMLStreamReader r) {
        this.r = r;
    }

    /** Every unit, languages unchecked. */
    public static List<Unit> read(InputStream in) throws SafeXml.XmlException {
        return parse(in).units;
    }

    /**
     * Every unit of a file whose languages are {@code sourceLanguage} → {@code targetLanguage} (in any form
     * {@link LanguageTags} knows); a file that declares others is refused, naming them. A file that does not
     * declare its target language (translate-toolkit's po2xliff) is taken to be in the target language.
     */
    public static List<Unit> read(InputStream in, String sourceLanguage, String targetLanguage)
            throws SafeXml.XmlException {
        XliffReader x = parse(in);
        for (String[] l : x.languages) {
            boolean sourceOk = l[0] == null || LanguageTags.same(l[0], sourceLanguage);
            boolean targetOk = l[1] == null || LanguageTags.same(l[1], targetLanguage);
            if (!sourceOk || !targetOk) {
                throw new SafeXml.XmlException("This file translates from " + name(l[0]) + " into " + name(l[1])
                        + "; this document needs " + sourceLanguage + " (Indonesian: id, id-ID, in, ind) into "
                        + targetLanguage + " (English: en, en-US, en-GB, eng). If the labels are wrong (translate-toolkit's "
                        + "po2xliff always writes en-US), import it with languages=ignore.", Integer.parseInt(l[2]));
            }
        }
        return x.units;
    }

    private static String name(String tag) {
        return tag == null ? "an undeclared language" : "\"" + tag + "\"";
    }

    private static XliffReader parse(InputStream in) throws SafeXml.XmlException {
        XliffReader x = new XliffReader(SafeXml.open(in));
        try {
            x.document();
            x.r.close();
        } catch (XMLStreamException e) {
            throw SafeXml.wrap(e);
        }
        return x;
    }

    private void document() throws XMLStreamException, SafeXml.XmlException {
        while (r.hasNext()) {
            if (SafeXml.next(r) != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String version = r.getAttributeValue(null, "version");
            ns = Objects.toString(r.getNamespaceURI(), "");
            if (!r.getLocalName().equals("xliff")) {
                throw new SafeXml.XmlException("This is not an XLIFF file: its root element is <" + r.getLocalName()
                        + ">, not <xliff>.", SafeXml.line(r));
            }
            boolean v2 = ns.equals(XliffWriter.NS);
            // 1.0 and 1.1 (translate-toolkit's po2xliff still writes 1.1) have the same units as 1.2
            boolean v12 = ns.equals(NS12) || ns.equals(NS11) || ns.equals(NS10)
                    || (ns.isEmpty() && version != null && version.startsWith("1."));
            if (!v2 && !v12) {
                throw new SafeXml.XmlException("This XLIFF file is neither 1.2 nor 2.x: version " + version
                        + ", namespace " + (ns.isEmpty() ? "none" : ns) + ".", SafeXml.line(r));
            }
            if (v2) {
                language(r.getAttributeValue(null, "srcLang"), r.getAttributeValue(null, "trgLang"));
            }
            container(space(false), v2);
            return;
        }
        throw new SafeXml.XmlException("This is not an XLIFF file: it has no <xliff> element.", -1);
    }

    /** Reads the children of xliff, file, body or group up to its end. */
    private void container(boolean preserve, boolean v2) throws XMLStreamException, SafeXml.XmlException {
        // groups in groups recurse: a hostile file must not exhaust the stack
        if (++nesting > MAX_NESTING) {
            throw new SafeXml.XmlException("Groups are nested deeper than " + MAX_NESTING + " levels.", SafeXml.line(r));
        }
        while (true) {
            int ev = SafeXml.next(r);
            if (ev == XMLStreamConstants.END_ELEMENT) {
                nesting--;
                return;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = core() ? r.getLocalName() : "";
            if (name.equals("file") && !v2) {
                language(r.getAttributeValue(null, "source-language"), r.getAttributeValue(null, "target-language"));
            }
            switch (name) {
                case "file", "body", "group" -> container(space(preserve), v2);
                case "trans-unit" -> transUnit(space(preserve));
                case "unit" -> {
                    if (v2) {
                        unit(space(preserve));
                    } else {
                        skip();
                    }
                }
                default -> skip();
            }
        }
    }

    // ------------------------------------------------------------------ XLIFF 1.2

    private void transUnit(boolean preserve) throws XMLStreamException, SafeXml.XmlException {
        int line = SafeXml.line(r);
        String id = r.getAttributeValue(null, "id");
        boolean approved = "yes".equals(r.getAttributeValue(null, "approved"));
        Integer version = version(r.getAttributeValue(SELARAS_NS, "version"), id);
        Content source = null;
        Content segSource = null;
        Content target = null;
        String state = null;
        while (true) {
            int ev = SafeXml.next(r);
            if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = core() ? r.getLocalName() : "";
            switch (name) {
                case "source" -> source = content(space(preserve));
                case "seg-source" -> segSource = content(space(preserve));
                case "target" -> {
                    state = r.getAttributeValue(null, "state");
                    language(null, r.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
                    target = content(space(preserve));
                }
                default -> skip(); // alt-trans (a source and target of its own), note, context-group, other tools'
            }
        }
        String st = target == null || target.text.isBlank() ? "initial" : state12(state, approved);
        if (segSource != null && !segSource.segments.isEmpty()
                && (segSource.segments.size() == 1 || target == null || !target.segments.isEmpty())) {
            boolean one = segSource.segments.size() == 1;
            for (Map.Entry<String, String> seg : segSource.segments.entrySet()) {
                boolean whole = target != null && target.segments.isEmpty() && one;
                String t = target == null ? null : whole ? target.text : target.segments.get(seg.getKey());
                String tagged = target == null ? null : whole ? target.tagged : target.taggedSegments.get(seg.getKey());
                units.add(new Unit(line, one ? id : id + "/" + seg.getKey(), seg.getValue(), t, st, version, tagged));
            }
        } else if (source != null) {
            // no seg-source, or several segments against one unsegmented target: the unit as a whole
            units.add(new Unit(line, id, source.text, target == null ? null : target.text, st, version,
                    target == null ? null : target.tagged));
        }
    }

    static String state12(String state, boolean approved) {
        if (approved) {
            return "final";
        }
        if (state == null) {
            return "translated";
        }
        return switch (state) {
            case "final", "signed-off" -> "final";
            case "translated", "needs-review-translation", "needs-review-l10n", "needs-review-adaptation" -> "translated";
            default -> "initial";
        };
    }

    // ------------------------------------------------------------------ XLIFF 2.x

    private void unit(boolean preserve) throws XMLStreamException, SafeXml.XmlException {
        int line = SafeXml.line(r);
        String id = r.getAttributeValue(null, "id");
        Integer version = null;
        record Seg(String id, String state, String source, String target, String tagged) {
        }
        List<Seg> segments = new ArrayList<>();
        while (true) {
            int ev = SafeXml.next(r);
            if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (XliffWriter.MDA.equals(r.getNamespaceURI()) && r.getLocalName().equals("metadata")) {
                version = metadataVersion(id);
            } else if (core() && r.getLocalName().equals("segment")) {
                String segId = r.getAttributeValue(null, "id");
                String state = Objects.requireNonNullElse(r.getAttributeValue(null, "state"), "initial");
                boolean p = space(preserve);
                String source = null;
                String target = null;
                String tagged = null;
                while (true) {
                    int e = SafeXml.next(r);
                    if (e == XMLStreamConstants.END_ELEMENT) {
                        break;
                    }
                    if (e != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (core() && r.getLocalName().equals("source")) {
                        source = content(space(p)).text;
                    } else if (core() && r.getLocalName().equals("target")) {
                        language(null, r.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
                        Content c = content(space(p));
                        target = c.text;
                        tagged = c.tagged;
                    } else {
                        skip();
                    }
                }
                segments.add(new Seg(segId, state, source == null ? "" : source, target, tagged));
            } else {
                skip(); // ignorable (whitespace between segments), notes, originalData, mtc:matches, gls:glossary…
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            Seg s = segments.get(i);
            String unitId = segments.size() == 1 ? id : id + "/" + (s.id() == null ? String.valueOf(i + 1) : s.id());
            units.add(new Unit(line, unitId, s.source(), s.target(), s.state(), version, s.tagged()));
        }
    }

    /** The version in a Selaras unit's Metadata module; reads mda:metadata up to its end. */
    private Integer metadataVersion(String id) throws XMLStreamException, SafeXml.XmlException {
        Integer version = null;
        int depth = 1;
        while (depth > 0) {
            int ev = SafeXml.next(r);
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("meta") && "version".equals(r.getAttributeValue(null, "type"))) {
                    version = version(SafeXml.text(r, Set.of()).strip(), id);
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return version;
    }

    // ------------------------------------------------------------------ shared

    /** Text of an element with inline content; {@code segments}: its {@code <mrk mtype="seg">}s by mid. */
    private record Content(String text, Map<String, String> segments, String tagged, Map<String, String> taggedSegments) {
    }

    private Content content(boolean preserve) throws XMLStreamException, SafeXml.XmlException {
        StringBuilder b = new StringBuilder();
        Map<String, String> segments = new LinkedHashMap<>();
        Map<String, String> taggedSegments = new LinkedHashMap<>();
        Map<Integer, String> tags = new HashMap<>(); // by the place of the code's mark in b; null: no tag for it
        Deque<String> closers = new ArrayDeque<>();
        String mid = null;
        int segStart = 0;
        int segDepth = -1;
        int depth = 1;
        while (depth > 0) {
            int ev = SafeXml.next(r);
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        b.append(r.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = core() ? r.getLocalName() : "";
                    if (PLACEHOLDERS.contains(name) || PAIRED_CODES.contains(name)) {
                        tags.put(b.length(), tag(name));
                        b.append(PLACEHOLDERS.contains(name) ? PLACEHOLDER : PAIRED);
                        skip(); // native code (bpt's "<b>"), not text
                    } else if (name.equals("mrk") && "seg".equals(r.getAttributeValue(null, "mtype")) && segDepth < 0) {
                        mid = Objects.requireNonNullElse(r.getAttributeValue(null, "mid"), String.valueOf(segments.size() + 1));
                        segStart = b.length();
                        segDepth = depth;
                        depth++;
                        closers.push("");
                    } else if (name.isEmpty()) {
                        skip(); // another tool's element: not text we know
                    } else {
                        depth++; // g, pc, mrk, sub…: their text is text
                        String id = (name.equals("g") || name.equals("pc")) ? number(r.getAttributeValue(null, "id")) : "";
                        if (id == null || !id.isEmpty()) {
                            tags.put(b.length(), id == null ? null : "{" + id + "}");
                            b.append(SPAN);
                        }
                        closers.push(id == null ? "?" : id);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        String id = closers.pop();
                        if (!id.isEmpty()) {
                            tags.put(b.length(), id.equals("?") ? null : "{/" + id + "}");
                            b.append(SPAN);
                        }
                    }
                    if (depth == segDepth) {
                        segments.put(mid, clean(b.substring(segStart), preserve));
                        taggedSegments.put(mid, tagged(b, segStart, tags, preserve));
                        segDepth = -1;
                    }
                }
                default -> {
                }
            }
        }
        return new Content(clean(b.toString(), preserve), segments, tagged(b, 0, tags, preserve), taggedSegments);
    }

    /** An inline code as our tag ({@code {1}}, {@code {/1}}, {@code {2/}}), or null when it has no number to be one by. */
    private String tag(String name) {
        String id = number(r.getAttributeValue(null, switch (name) {
            case "ec" -> r.getAttributeValue(null, "startRef") != null ? "startRef" : "id";
            case "bx", "ex" -> r.getAttributeValue(null, "rid") != null ? "rid" : "id";
            default -> "id";
        }));
        if (id == null) {
            return null;
        }
        return switch (name) {
            case "x", "ph" -> "{" + id + "/}";
            case "bx", "bpt", "sc" -> "{" + id + "}";
            case "ex", "ept", "ec" -> "{/" + id + "}";
            case "it" -> "close".equals(r.getAttributeValue(null, "pos")) ? "{/" + id + "}" : "{" + id + "}";
            default -> null; // sm, em, cp: annotations and characters, not tags
        };
    }

    private static String number(String s) {
        return s != null && s.strip().matches("[0-9]{1,6}") ? String.valueOf(Integer.parseInt(s.strip())) : null;
    }

    /**
     * The text from {@code from} with its codes as tags, whitespace as {@code xml:space} says; null when it has no
     * codes, or one of them cannot be a tag.
     */
    private static String tagged(StringBuilder raw, int from, Map<Integer, String> tags, boolean preserve) {
        StringBuilder out = new StringBuilder(raw.length() - from + 16);
        boolean any = false;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == PLACEHOLDER || c == PAIRED || c == SPAN) {
                String tag = tags.get(i);
                if (tag == null) {
                    return null;
                }
                out.append(tag);
                any = true;
            } else {
                out.append(c);
            }
        }
        if (!any) {
            return null;
        }
        return preserve ? out.toString() : collapse(out);
    }

    /**
     * Codes out, and whitespace as {@code xml:space} says: a placeholder between two non-spaces becomes a
     * space, a code between two spaces takes one of them along.
     */
    static String clean(String raw, boolean preserve) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == SPAN) {
                i++;
                continue;
            }
            if (c != PLACEHOLDER && c != PAIRED) {
                out.append(c);
                i++;
                continue;
            }
            boolean placeholder = false;
            while (i < raw.length() && (raw.charAt(i) == PLACEHOLDER || raw.charAt(i) == PAIRED)) {
                placeholder |= raw.charAt(i) == PLACEHOLDER;
                i++;
            }
            if (out.length() == 0 || i == raw.length()) {
                continue;
            }
            boolean spaceBefore = Character.isWhitespace(out.charAt(out.length() - 1));
            boolean spaceAfter = Character.isWhitespace(raw.charAt(i));
            if (spaceBefore && spaceAfter) {
                i++;
            } else if (placeholder && !spaceBefore && !spaceAfter) {
                out.append(' ');
            }
        }
        return preserve ? out.toString() : collapse(out);
    }

    /** XML whitespace runs (space, tab, CR, LF) as one space, none at the ends. */
    private static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether the current element is in the file's XLIFF namespace (not a module or another tool's). */
    private boolean core() {
        return ns.equals(Objects.toString(r.getNamespaceURI(), ""));
    }

    /** xml:space of the current element, inherited when it says nothing. */
    private boolean space(boolean inherited) {
        String s = r.getAttributeValue(XMLConstants.XML_NS_URI, "space");
        return s == null ? inherited : s.equals("preserve");
    }

    private void language(String source, String target) {
        if (source != null || target != null) {
            languages.add(new String[]{source, target, String.valueOf(SafeXml.line(r))});
        }
    }

    private Integer version(String value, String id) throws SafeXml.XmlException {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new SafeXml.XmlException("Unit " + id + " has a version that is not a number: " + value + ".",
                    SafeXml.line(r));
        }
    }

    /** Skips the current element with everything in it. */
    private void skip() throws XMLStreamException, SafeXml.XmlException {
        int depth = 1;
        while (depth > 0) {
            int ev = SafeXml.next(r);
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
