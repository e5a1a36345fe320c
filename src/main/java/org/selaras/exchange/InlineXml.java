package org.selaras.exchange;

import org.selaras.tags.InlineCode;
import org.selaras.tags.Tag;
import org.selaras.tags.TaggedText;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A tagged segment ({@link TaggedText}) as each exchange format writes inline codes: TMX {@code <bpt>/<ept>/<ph>}
 * (the original markup inside), XLIFF 2.0 {@code <pc>/<ph>}, XLIFF 1.2 {@code <g>/<x>}. A pair that is cut by a
 * sentence break or crosses another pair is written with the formats' isolated forms ({@code <it>},
 * {@code <sc>/<ec>}, {@code <bx>/<ex>}). Tags of no code of the segment stay text.
 */
public final class InlineXml {

    public enum Dialect { TMX, XLIFF2, XLIFF12 }

    private InlineXml() {
    }

    /** Writes {@code tagged} with its codes as the dialect's inline elements (text escaped). */
    public static void write(Writer w, String tagged, List<InlineCode> codes, Dialect d) throws IOException {
        List<Tag> tags = TaggedText.tags(tagged).stream().filter(t -> code(codes, t) != null).toList();
        Set<Integer> nested = nestedPairs(tags);
        int pos = 0;
        for (Tag t : tags) {
            Xml.text(w, tagged.substring(pos, t.start()));
            pos = t.end();
            InlineCode c = code(codes, t);
            boolean pair = nested.contains(t.id());
            String id = Integer.toString(t.id());
            switch (d) {
                case TMX -> tmx(w, t, c, pair, id);
                case XLIFF2 -> xliff2(w, t, pair, id);
                case XLIFF12 -> xliff12(w, t, c, pair, id);
            }
        }
        Xml.text(w, tagged.substring(pos));
    }

    private static void tmx(Writer w, Tag t, InlineCode c, boolean pair, String id) throws IOException {
        String type = type(c);
        switch (t.kind()) {
            case OPEN -> element(w, pair ? "bpt" : "it", (pair ? " i=\"" + id + "\"" : " pos=\"begin\" x=\"" + id + "\"")
                    + typeAttr(type), c.data());
            case CLOSE -> element(w, pair ? "ept" : "it", pair ? " i=\"" + id + "\"" : " pos=\"end\" x=\"" + id + "\"",
                    c.data());
            case STANDALONE -> element(w, "ph", " x=\"" + id + "\"" + typeAttr(type), c.data());
        }
    }

    private static void xliff2(Writer w, Tag t, boolean pair, String id) throws IOException {
        switch (t.kind()) {
            case OPEN -> w.write(pair ? "<pc id=\"" + id + "\">" : "<sc id=\"" + id + "\" isolated=\"yes\"/>");
            case CLOSE -> w.write(pair ? "</pc>" : "<ec id=\"" + id + "\" isolated=\"yes\"/>");
            case STANDALONE -> w.write("<ph id=\"" + id + "\"/>");
        }
    }

    private static void xliff12(Writer w, Tag t, InlineCode c, boolean pair, String id) throws IOException {
        String ctype = ctype(c);
        switch (t.kind()) {
            case OPEN -> w.write(pair ? "<g id=\"" + id + "\"" + ctype + ">" : "<bx id=\"" + id + "\"" + ctype + "/>");
            case CLOSE -> w.write(pair ? "</g>" : "<ex id=\"" + id + "\"/>");
            case STANDALONE -> w.write("<x id=\"" + id + "\"" + ctype + "/>");
        }
    }

    /** Ids of pairs whose opening and closing tag are both here, nested properly in every other pair. */
    private static Set<Integer> nestedPairs(List<Tag> tags) {
        Set<Integer> ok = new HashSet<>();
        Set<Integer> broken = new HashSet<>();
        Deque<Tag> open = new ArrayDeque<>();
        for (Tag t : tags) {
            if (t.kind() == InlineCode.Kind.OPEN) {
                open.push(t);
            } else if (t.kind() == InlineCode.Kind.CLOSE) {
                if (!open.isEmpty() && open.peek().id() == t.id()) {
                    ok.add(open.pop().id());
                } else if (open.stream().anyMatch(o -> o.id() == t.id())) {
                    // crossing pairs: this one and everything opened inside it cannot nest
                    while (!open.isEmpty() && open.peek().id() != t.id()) broken.add(open.pop().id());
                    open.pop();
                    broken.add(t.id());
                }
            }
        }
        ok.removeAll(broken);
        // a pair whose tags occur twice cannot be told apart: leave it isolated
        for (Tag t : tags) {
            if (tags.stream().filter(o -> o.id() == t.id() && o.kind() == t.kind()).count() > 1) ok.remove(t.id());
        }
        return ok;
    }

    private static InlineCode code(List<InlineCode> codes, Tag t) {
        for (InlineCode c : codes) {
            if (c.id() == t.id() && c.kind() == t.kind()) return c;
        }
        return null;
    }

    private static void element(Writer w, String name, String attrs, String data) throws IOException {
        w.write("<" + name + attrs + ">");
        Xml.text(w, data == null ? "" : data);
        w.write("</" + name + ">");
    }

    /** TMX's type values for what we know (bold, italic, link, lb); others go without. */
    private static String type(InlineCode c) {
        String t = c.type() == null ? "" : c.type();
        if (t.contains("bold")) return "bold";
        if (t.contains("italic")) return "italic";
        if (t.contains("link")) return "link";
        if (t.equals("lb") || t.equals("br")) return "lb";
        return null;
    }

    private static String typeAttr(String type) {
        return type == null ? "" : " type=\"" + type + "\"";
    }

    private static String ctype(InlineCode c) {
        String t = type(c);
        if (t == null) return "";
        return " ctype=\"" + switch (t) {
            case "bold" -> "bold";
            case "italic" -> "italic";
            case "link" -> "link";
            default -> "lb";
        } + "\"";
    }
}
