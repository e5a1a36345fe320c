package org.selaras.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule for the bytes of every upload: BOM, else the XML declaration, else strict UTF-8. */
class EncodingsTest {

    static final String TEXT = "Menteri Luar Negeri ‘berdiri bersama’ İstanbul\tRp 13.500";

    static byte[] withBom(String s, Charset cs, int... bom) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int x : bom) {
            b.write(x);
        }
        b.writeBytes(s.getBytes(cs));
        return b.toByteArray();
    }

    @Test
    void textWithOrWithoutByteOrderMark() throws Exception {
        assertEquals(TEXT, Encodings.text(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, Encodings.text(withBom(TEXT, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF)));
        assertEquals(TEXT, Encodings.text(withBom(TEXT, StandardCharsets.UTF_16LE, 0xFF, 0xFE)));
        assertEquals(TEXT, Encodings.text(withBom(TEXT, StandardCharsets.UTF_16BE, 0xFE, 0xFF)));
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsPlace() {
        byte[] latin = "Baris satu\nHarga ¼ naik".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(Encodings.Unreadable.class, () -> Encodings.text(latin));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("0xBC"), e.getMessage());
    }

    @Test
    void xmlHonoursItsOwnDeclaration() throws Exception {
        String turkish = "<?xml version=\"1.0\" encoding=\"windows-1254\"?><seg>İstanbul’da şoför</seg>";
        assertEquals(turkish, Encodings.xml(turkish.getBytes("windows-1254")));
        String latin = "<?xml version='1.0' encoding='ISO-8859-1'?><seg>Café ¼</seg>";
        assertEquals(latin, Encodings.xml(latin.getBytes(StandardCharsets.ISO_8859_1)));
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><seg>İstanbul</seg>";
        assertEquals(utf16, Encodings.xml(withBom(utf16, StandardCharsets.UTF_16LE, 0xFF, 0xFE)));
        assertEquals(utf16, Encodings.xml(withBom(utf16, StandardCharsets.UTF_16BE, 0xFE, 0xFF)));
        assertEquals(utf16, Encodings.xml(utf16.getBytes(StandardCharsets.UTF_16LE)), "UTF-16 without a BOM, by its <?");
        assertEquals("<a>é</a>", Encodings.xml(withBom("<a>é</a>", StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF)));
    }

    @Test
    void xmlWithBadBytesOrAnUnknownEncodingIsRefused() {
        byte[] undeclared = "<?xml version=\"1.0\"?>\n<seg>Café</seg>".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(Encodings.Unreadable.class, () -> Encodings.xml(undeclared));
        assertTrue(e.getMessage().contains("UTF-8") && e.getMessage().contains("line 2"), e.getMessage());
        byte[] unknown = "<?xml version=\"1.0\" encoding=\"x-klingon\"?><a/>".getBytes(StandardCharsets.US_ASCII);
        e = assertThrows(Encodings.Unreadable.class, () -> Encodings.xml(unknown));
        assertTrue(e.getMessage().contains("x-klingon"), e.getMessage());
    }

    @Test
    void xmlIsRecognisedInAnyEncoding() {
        assertTrue(Encodings.looksLikeXml("  <martif/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Encodings.looksLikeXml(withBom("<martif/>", StandardCharsets.UTF_16LE, 0xFF, 0xFE)));
        assertTrue(Encodings.looksLikeXml("<martif/>".getBytes(StandardCharsets.UTF_16BE)));
        assertFalse(Encodings.looksLikeXml(withBom("id\ten", StandardCharsets.UTF_16LE, 0xFF, 0xFE)));
    }
}
