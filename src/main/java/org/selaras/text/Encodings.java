package org.selaras.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for the bytes of every upload (documents, TMX, TBX, XLIFF, glossary tables): a byte order mark
 * names the encoding (UTF-8, UTF-16 LE/BE); else an XML file's own {@code encoding=} declaration does; else it
 * is UTF-8. Decoding is strict: a byte that does not belong to the encoding refuses the file, because a silently
 * replaced character would corrupt a segment or a term for good.
 */
public final class Encodings {

    private static final Pattern DECLARED = Pattern.compile(
            "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private Encodings() {
    }

    /** Why the bytes are not text in the encoding they claim (or UTF-8). */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** Text (a document, a CSV/TSV table): a BOM's encoding, else UTF-8; the BOM is not part of the text. */
    public static String text(byte[] bytes) throws Unreadable {
        Charset bom = bom(bytes);
        Charset cs = bom == null ? StandardCharsets.UTF_8 : bom;
        return decode(bytes, bomLength(bom), cs, bom == null ? "" : " (its byte order mark says so)");
    }

    /**
     * An XML file: a BOM's encoding, else UTF-16 by the first bytes of {@code <?}, else the declared
     * {@code encoding=}, else UTF-8. The answer no longer holds a BOM; a parser reads it as characters, so the
     * declaration it still carries is not applied twice.
     */
    public static String xml(byte[] bytes) throws Unreadable {
        XmlCharset c = xmlCharset(bytes);
        return decode(bytes, c.from(), c.charset(), c.why());
    }

    /**
     * As {@link #xml}, decoding while the stream is read (a file of a gigabyte): the same choice of encoding from the
     * first bytes, the same strictness; a bad byte ends the reading with a {@link java.nio.charset.CharacterCodingException},
     * which an XML parser reports as a read error.
     */
    public static Reader xmlReader(InputStream in) throws IOException, Unreadable {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(HEAD);
        byte[] head = b.readNBytes(HEAD);
        b.reset();
        XmlCharset c = xmlCharset(head);
        b.skipNBytes(c.from());
        return new InputStreamReader(b, c.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static final int HEAD = 200;

    /** An XML file's encoding, where its text starts (after a BOM) and why, for the messages. */
    private record XmlCharset(Charset charset, int from, String why) {
    }

    private static XmlCharset xmlCharset(byte[] bytes) throws Unreadable {
        Charset bom = bom(bytes);
        if (bom != null) {
            return new XmlCharset(bom, bomLength(bom), " (its byte order mark says so)");
        }
        if (bytes.length >= 2 && bytes[0] == 0 && bytes[1] == '<') {
            return new XmlCharset(StandardCharsets.UTF_16BE, 0, "");
        }
        if (bytes.length >= 2 && bytes[0] == '<' && bytes[1] == 0) {
            return new XmlCharset(StandardCharsets.UTF_16LE, 0, "");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return new XmlCharset(StandardCharsets.UTF_8, 0, " (it declares no other encoding)");
        }
        String name = m.group(1);
        try {
            return new XmlCharset(Charset.forName(name), 0, " (as its encoding=\"" + name + "\" declares)");
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Unreadable("The file declares encoding=\"" + name + "\", which this server does not know. "
                    + "Save it as UTF-8 and try again.");
        }
    }

    /** Whether the file starts like XML ("<" after a BOM and white space), whatever its encoding. */
    public static boolean looksLikeXml(byte[] bytes) {
        Charset bom = bom(bytes);
        Charset cs = bom != null ? bom
                : bytes.length >= 2 && bytes[0] == 0 ? StandardCharsets.UTF_16BE
                : bytes.length >= 2 && bytes[1] == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1;
        int from = bomLength(bom);
        String head = new String(bytes, from, Math.max(0, Math.min(bytes.length, from + 400) - from), cs);
        return head.stripLeading().startsWith("<");
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int bomLength(Charset bom) {
        return bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static String decode(byte[] bytes, int from, Charset cs, String why) throws Unreadable {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - from) * (double) d.maxCharsPerByte()) + 1);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new Unreadable("The file is not valid " + cs.name() + why + ": bad byte 0x"
                    + String.format("%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF) + " at byte " + at
                    + " (line " + line(out) + "). Save it as UTF-8 and try again.");
        }
        out.flip();
        return out.toString();
    }

    /** The 1-based line where decoding stopped: line breaks in what was decoded, plus one. */
    private static int line(CharBuffer decoded) {
        int lines = 1;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
