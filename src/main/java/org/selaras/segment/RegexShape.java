package org.selaras.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A small, conservative analysis of one {@code java.util.regex} pattern, written by hand for the
 * segmenter's fast path. It parses the subset of the regex syntax that SRX rules use and derives:
 * <ul>
 *   <li>{@link #lastChars()}: a superset of the characters that can be the <em>last</em> character of a
 *       non-empty match ({@code null} = any character, or the pattern can match the empty string);</li>
 *   <li>{@link #firstChars()}: the same for the first character;</li>
 *   <li>{@link #reversed()}: an equivalent pattern for the reversed text (so that "the beforebreak matches
 *       ending exactly at position p" becomes one anchored {@code lookingAt} on a reversed view), or
 *       {@code null} when the pattern uses something that cannot be reversed exactly (back-references,
 *       atomic groups, possessive quantifiers, {@code \G}, multi-line anchors, comments mode, unbounded
 *       look-ahead...).</li>
 * </ul>
 * Anything the parser does not understand makes the result "unknown" (null sets, not reversible), which
 * sends the engine to its slow but exact fallback. Character sets of single-character atoms (classes,
 * escapes, literals under case-insensitivity) are computed by probing the atom against every BMP char,
 * once per distinct atom; surrogates are always included so supplementary characters stay correct.
 */
final class RegexShape {

    /** Flags every SRX pattern is compiled with (Unicode-aware \s, \w, \b, \d and case folding). */
    static final int BASE_FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;

    private static final Map<String, CharSet> PROBE_CACHE = new ConcurrentHashMap<>();

    private final CharSet first;
    private final CharSet last;
    private final boolean nullable;
    private final String reversed;

    private RegexShape(CharSet first, CharSet last, boolean nullable, String reversed) {
        this.first = first;
        this.last = last;
        this.nullable = nullable;
        this.reversed = reversed;
    }

    static RegexShape of(String regex) {
        try {
            Node n = new Parser(regex).parseAll();
            boolean nullable = n.nullable();
            CharSet f = nullable ? null : n.first();
            CharSet l = nullable ? null : n.last();
            String rev = n.reversible() ? n.reverse() : null;
            if (rev != null) {
                Pattern.compile(rev, BASE_FLAGS); // must compile; otherwise use the fallback
            }
            return new RegexShape(f, l, nullable, rev);
        } catch (RuntimeException unsupported) {
            return new RegexShape(null, null, true, null);
        }
    }

    /** Superset of possible first chars of a match; null = unknown/any or the pattern can match empty. */
    CharSet firstChars() { return first; }

    /** Superset of possible last chars of a match; null = unknown/any or the pattern can match empty. */
    CharSet lastChars() { return last; }

    boolean nullable() { return nullable; }

    /** The pattern for reversed text, or null. */
    String reversed() { return reversed; }

    // ---------------------------------------------------------------- char sets

    /** An immutable set of BMP chars (UTF-16 code units). */
    static final class CharSet {
        private final long[] bits;

        private CharSet(long[] bits) { this.bits = bits; }

        static CharSet of(char... cs) {
            long[] b = new long[1024];
            for (char c : cs) b[c >>> 6] |= 1L << c;
            return new CharSet(b);
        }

        boolean contains(char c) { return (bits[c >>> 6] & (1L << c)) != 0; }

        CharSet union(CharSet o) {
            if (o == null) return null;
            long[] b = bits.clone();
            for (int i = 0; i < b.length; i++) b[i] |= o.bits[i];
            return new CharSet(b);
        }

        static CharSet union(CharSet a, CharSet b) { return a == null || b == null ? null : a.union(b); }

        int size() {
            int n = 0;
            for (long l : bits) n += Long.bitCount(l);
            return n;
        }
    }

    private static CharSet probe(String atom, int flags) {
        return PROBE_CACHE.computeIfAbsent(flags + ":" + atom, k -> {
            Pattern p = Pattern.compile(atom, flags);
            long[] b = new long[1024];
            java.util.regex.Matcher m = p.matcher("");
            char[] one = new char[1];
            for (int c = 0; c < 0x10000; c++) {
                if (c >= 0xD800 && c <= 0xDFFF) { b[c >>> 6] |= 1L << c; continue; }
                one[0] = (char) c;
                if (m.reset(new String(one)).matches()) b[c >>> 6] |= 1L << c;
            }
            return new CharSet(b);
        });
    }

    // ---------------------------------------------------------------- AST

    private abstract static class Node {
        abstract boolean nullable();
        abstract CharSet first();   // of non-empty matches; null = any
        abstract CharSet last();
        abstract boolean bounded(); // finite maximum length
        abstract boolean reversible();
        abstract String reverse();
    }

    /** One character: a literal, an escape such as \s or \p{Lu}, a [class] or '.'. */
    private static final class Atom extends Node {
        final String src;
        final int flags;
        Atom(String src, int flags) { this.src = src; this.flags = flags; }
        boolean nullable() { return false; }
        CharSet first() { return set(); }
        CharSet last() { return set(); }
        boolean bounded() { return true; }
        boolean reversible() { return (flags & Pattern.COMMENTS) == 0; }
        String reverse() {
            return flags == BASE_FLAGS ? src : "(?" + flagString(flags) + ":" + src + ")";
        }
        private CharSet set() {
            if (src.length() == 1 && (flags & Pattern.CASE_INSENSITIVE) == 0 && "\\[.^$|()?*+{}".indexOf(src.charAt(0)) < 0) {
                return CharSet.of(src.charAt(0));
            }
            return probe(src, flags);
        }
    }

    /** Zero-width: \b \B ^ $ \A \z \Z \G and standalone flag groups. */
    private static final class Anchor extends Node {
        final String src;
        final int flags;
        Anchor(String src, int flags) { this.src = src; this.flags = flags; }
        boolean nullable() { return true; }
        CharSet first() { return CharSet.of(); }
        CharSet last() { return CharSet.of(); }
        boolean bounded() { return true; }
        boolean reversible() {
            if (src.isEmpty()) return true; // flags marker
            if ((flags & Pattern.MULTILINE) != 0 && (src.equals("^") || src.equals("$"))) return false;
            return !src.equals("\\G");
        }
        String reverse() {
            switch (src) {
                case "": return "";
                case "\\b": case "\\B": return src;
                case "^": case "\\A": return "\\z";
                case "\\z": return "\\A";
                case "$": case "\\Z":
                    // end of input, or before a final line terminator (Java semantics), mirrored
                    return "(?<=\\A(?:\\n\\r|[\\n\\r\\u0085\\u2028\\u2029])?)";
                default: throw new IllegalStateException(src);
            }
        }
    }

    private static final class Seq extends Node {
        final List<Node> items;
        Seq(List<Node> items) { this.items = items; }
        boolean nullable() {
            for (Node n : items) if (!n.nullable()) return false;
            return true;
        }
        CharSet first() {
            CharSet acc = CharSet.of();
            for (Node n : items) {
                acc = CharSet.union(acc, n.first());
                if (acc == null || !n.nullable()) return acc;
            }
            return acc;
        }
        CharSet last() {
            CharSet acc = CharSet.of();
            for (int i = items.size() - 1; i >= 0; i--) {
                Node n = items.get(i);
                acc = CharSet.union(acc, n.last());
                if (acc == null || !n.nullable()) return acc;
            }
            return acc;
        }
        boolean bounded() {
            for (Node n : items) if (!n.bounded()) return false;
            return true;
        }
        boolean reversible() {
            for (Node n : items) if (!n.reversible()) return false;
            return true;
        }
        String reverse() {
            StringBuilder sb = new StringBuilder();
            for (int i = items.size() - 1; i >= 0; i--) sb.append(items.get(i).reverse());
            return sb.toString();
        }
    }

    private static final class Alt extends Node {
        final List<Node> alts;
        Alt(List<Node> alts) { this.alts = alts; }
        boolean nullable() {
            for (Node n : alts) if (n.nullable()) return true;
            return false;
        }
        CharSet first() {
            CharSet acc = CharSet.of();
            for (Node n : alts) if ((acc = CharSet.union(acc, n.first())) == null) return null;
            return acc;
        }
        CharSet last() {
            CharSet acc = CharSet.of();
            for (Node n : alts) if ((acc = CharSet.union(acc, n.last())) == null) return null;
            return acc;
        }
        boolean bounded() {
            for (Node n : alts) if (!n.bounded()) return false;
            return true;
        }
        boolean reversible() {
            for (Node n : alts) if (!n.reversible()) return false;
            return true;
        }
        String reverse() {
            StringBuilder sb = new StringBuilder("(?:");
            for (int i = 0; i < alts.size(); i++) {
                if (i > 0) sb.append('|');
                sb.append(alts.get(i).reverse());
            }
            return sb.append(')').toString();
        }
    }

    private static final class Repeat extends Node {
        final Node body;
        final int min;
        final int max; // -1 = unbounded
        final String quantifier;
        final boolean possessive;
        Repeat(Node body, int min, int max, String quantifier, boolean possessive) {
            this.body = body; this.min = min; this.max = max; this.quantifier = quantifier; this.possessive = possessive;
        }
        boolean nullable() { return min == 0 || body.nullable() || max == 0; }
        CharSet first() { return max == 0 ? CharSet.of() : body.first(); }
        CharSet last() { return max == 0 ? CharSet.of() : body.last(); }
        boolean bounded() { return max >= 0 && body.bounded(); }
        boolean reversible() { return !possessive && body.reversible(); }
        String reverse() { return "(?:" + body.reverse() + ")" + quantifier; }
    }

    /** Groups: kind is one of ':' (plain/capturing), '=' '!' (look-ahead), '<' ',' (look-behind +/-), 'f' (scoped flags), '>' atomic. */
    private static final class Group extends Node {
        final char kind;
        final Node body;
        Group(char kind, Node body) { this.kind = kind; this.body = body; }
        boolean look() { return kind == '=' || kind == '!' || kind == '<' || kind == ','; }
        boolean nullable() { return look() || body.nullable(); }
        CharSet first() { return look() ? CharSet.of() : body.first(); }
        CharSet last() { return look() ? CharSet.of() : body.last(); }
        boolean bounded() { return look() || body.bounded(); }
        boolean reversible() {
            if (kind == '>') return false;
            if ((kind == '=' || kind == '!') && !body.bounded()) return false; // would become a look-behind
            return body.reversible();
        }
        String reverse() {
            String b = body.reverse();
            switch (kind) {
                case '=': return "(?<=" + b + ")";
                case '!': return "(?<!" + b + ")";
                case '<': return "(?=" + b + ")";
                case ',': return "(?!" + b + ")";
                default: return "(?:" + b + ")";
            }
        }
    }

    private static final class Unsupported extends Node {
        boolean nullable() { return true; }
        CharSet first() { return null; }
        CharSet last() { return null; }
        boolean bounded() { return false; }
        boolean reversible() { return false; }
        String reverse() { throw new IllegalStateException(); }
    }

    private static String flagString(int flags) {
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        append(flags, Pattern.CASE_INSENSITIVE, 'i', on, off);
        append(flags, Pattern.MULTILINE, 'm', on, off);
        append(flags, Pattern.DOTALL, 's', on, off);
        append(flags, Pattern.UNICODE_CASE, 'u', on, off);
        append(flags, Pattern.UNIX_LINES, 'd', on, off);
        append(flags, Pattern.UNICODE_CHARACTER_CLASS, 'U', on, off);
        return off.length() == 0 ? on.toString() : on + "-" + off;
    }

    private static void append(int flags, int f, char c, StringBuilder on, StringBuilder off) {
        ((flags & f) != 0 ? on : off).append(c);
    }

    // ---------------------------------------------------------------- parser

    private static final class Parser {
        private final String s;
        private int i;
        private int flags = BASE_FLAGS;

        Parser(String s) { this.s = s; }

        Node parseAll() {
            Node n = parseAlt();
            if (i != s.length()) throw new IllegalArgumentException("unbalanced ) at " + i);
            return n;
        }

        private Node parseAlt() {
            List<Node> alts = new ArrayList<>();
            alts.add(parseSeq());
            while (i < s.length() && s.charAt(i) == '|') {
                i++;
                alts.add(parseSeq());
            }
            return alts.size() == 1 ? alts.get(0) : new Alt(alts);
        }

        private Node parseSeq() {
            List<Node> items = new ArrayList<>();
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                items.addAll(parseQuantified());
            }
            return items.size() == 1 ? items.get(0) : new Seq(items);
        }

        private List<Node> parseQuantified() {
            List<Node> atoms = parseItem();
            if (i >= s.length() || atoms.isEmpty()) return atoms;
            char c = s.charAt(i);
            int min;
            int max;
            int start = i;
            if (c == '?') { min = 0; max = 1; i++; }
            else if (c == '*') { min = 0; max = -1; i++; }
            else if (c == '+') { min = 1; max = -1; i++; }
            else if (c == '{' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int close = s.indexOf('}', i);
                if (close < 0) throw new IllegalArgumentException("bad {");
                String[] parts = s.substring(i + 1, close).split(",", -1);
                min = Integer.parseInt(parts[0].trim());
                max = parts.length == 1 ? min : parts[1].trim().isEmpty() ? -1 : Integer.parseInt(parts[1].trim());
                i = close + 1;
            } else {
                return atoms;
            }
            boolean possessive = false;
            if (i < s.length() && s.charAt(i) == '?') i++;
            else if (i < s.length() && s.charAt(i) == '+') { possessive = true; i++; }
            // a quantifier binds to the last atom only (\Q..\E expands to several)
            Node lastAtom = atoms.remove(atoms.size() - 1);
            atoms.add(new Repeat(lastAtom, min, max, s.substring(start, i), possessive));
            return atoms;
        }

        private List<Node> parseItem() {
            char c = s.charAt(i);
            List<Node> out = new ArrayList<>(1);
            switch (c) {
                case '(':
                    out.add(parseGroup());
                    return out;
                case '[':
                    out.add(new Atom(s.substring(i, i = classEnd(i)), flags));
                    return out;
                case '\\':
                    return parseEscape();
                case '.':
                    i++;
                    out.add(new Atom(".", flags));
                    return out;
                case '^':
                case '$':
                    i++;
                    out.add(new Anchor(String.valueOf(c), flags));
                    return out;
                case '*': case '+': case '?': case '{':
                    throw new IllegalArgumentException("dangling quantifier");
                default:
                    if ((flags & Pattern.COMMENTS) != 0) throw new IllegalArgumentException("comments mode");
                    int cp = s.codePointAt(i);
                    int len = Character.charCount(cp);
                    String lit = s.substring(i, i + len);
                    i += len;
                    out.add(len == 1 ? new Atom(lit, flags) : new Atom("\\x{" + Integer.toHexString(cp) + "}", flags));
                    return out;
            }
        }

        private Node parseGroup() {
            int saved = flags;
            i++; // (
            char kind = ':';
            if (s.startsWith("?", i)) {
                i++;
                if (s.startsWith(":", i)) { i++; }
                else if (s.startsWith("=", i)) { kind = '='; i++; }
                else if (s.startsWith("!", i)) { kind = '!'; i++; }
                else if (s.startsWith("<=", i)) { kind = '<'; i += 2; }
                else if (s.startsWith("<!", i)) { kind = ','; i += 2; }
                else if (s.startsWith(">", i)) { kind = '>'; i++; }
                else if (s.startsWith("<", i)) { i = s.indexOf('>', i) + 1; if (i == 0) throw new IllegalArgumentException("bad name"); }
                else {
                    // inline flags: (?idmsuxU-idmsuxU) or (?flags:X)
                    int f = flags;
                    boolean on = true;
                    while (i < s.length() && s.charAt(i) != ')' && s.charAt(i) != ':') {
                        char fc = s.charAt(i++);
                        if (fc == '-') { on = false; continue; }
                        int bit = flagBit(fc);
                        f = on ? f | bit : f & ~bit;
                    }
                    if (i >= s.length()) throw new IllegalArgumentException("bad flags");
                    if (s.charAt(i) == ')') { // standalone: applies to the rest of the enclosing group
                        i++;
                        flags = f;
                        return new Anchor("", f);
                    }
                    i++; // ':'
                    flags = f;
                    kind = 'f';
                }
            }
            Node body = parseAlt();
            if (i >= s.length() || s.charAt(i) != ')') throw new IllegalArgumentException("unclosed (");
            i++;
            flags = saved;
            return new Group(kind, body);
        }

        private static int flagBit(char c) {
            switch (c) {
                case 'i': return Pattern.CASE_INSENSITIVE;
                case 'm': return Pattern.MULTILINE;
                case 's': return Pattern.DOTALL;
                case 'u': return Pattern.UNICODE_CASE;
                case 'd': return Pattern.UNIX_LINES;
                case 'x': return Pattern.COMMENTS;
                case 'U': return Pattern.UNICODE_CHARACTER_CLASS;
                default: throw new IllegalArgumentException("flag " + c);
            }
        }

        private List<Node> parseEscape() {
            List<Node> out = new ArrayList<>(1);
            if (i + 1 >= s.length()) throw new IllegalArgumentException("trailing \\");
            char e = s.charAt(i + 1);
            int start = i;
            i += 2;
            switch (e) {
                case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                    if (e == 'b' && s.startsWith("{", i)) throw new IllegalArgumentException("\\b{g}");
                    out.add(new Anchor("\\" + e, flags));
                    return out;
                case 'Q': {
                    int end = s.indexOf("\\E", i);
                    String lit = end < 0 ? s.substring(i) : s.substring(i, end);
                    i = end < 0 ? s.length() : end + 2;
                    lit.codePoints().forEach(cp -> out.add(new Atom(Pattern.quote(new String(Character.toChars(cp))), flags)));
                    return out;
                }
                case 'p': case 'P': case 'N':
                    if (s.startsWith("{", i)) {
                        int close = s.indexOf('}', i);
                        if (close < 0) throw new IllegalArgumentException("bad \\p");
                        i = close + 1;
                    } else {
                        i++;
                    }
                    break;
                case 'x':
                    if (s.startsWith("{", i)) {
                        int close = s.indexOf('}', i);
                        if (close < 0) throw new IllegalArgumentException("bad \\x");
                        i = close + 1;
                    } else {
                        i += 2;
                    }
                    break;
                case 'u': i += 4; break;
                case 'c': i += 1; break;
                case '0': {
                    int k = 0;
                    while (k < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') { i++; k++; }
                    break;
                }
                case 'k': case 'R': case 'X':
                    out.add(new Unsupported());
                    if (e == 'k') { int close = s.indexOf('>', i); i = close < 0 ? s.length() : close + 1; }
                    return out;
                default:
                    if (e >= '1' && e <= '9') {
                        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                        out.add(new Unsupported());
                        return out;
                    }
                    if (Character.isLetter(e) && "tnrfaedDsSwWhHvV".indexOf(e) < 0) {
                        throw new IllegalArgumentException("escape \\" + e);
                    }
            }
            if (i > s.length()) throw new IllegalArgumentException("bad escape");
            out.add(new Atom(s.substring(start, i), flags));
            return out;
        }

        /** Index just after the ']' closing the class that opens at {@code open}. */
        private int classEnd(int open) {
            int depth = 0;
            int j = open;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '\\') {
                    if (j + 1 < s.length() && s.charAt(j + 1) == 'Q') throw new IllegalArgumentException("\\Q in class");
                    j += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    j++;
                    if (j < s.length() && s.charAt(j) == '^') j++;
                    continue;
                }
                if (c == ']') {
                    depth--;
                    j++;
                    if (depth == 0) return j;
                    continue;
                }
                j++;
            }
            throw new IllegalArgumentException("unclosed [");
        }
    }
}
