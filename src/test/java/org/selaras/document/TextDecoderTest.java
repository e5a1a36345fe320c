package org.selaras.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    @Test
    void decodesUtf8AndDropsTheByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFFMenteri Luar Negeri AS, ‘berdiri bersama’.".getBytes(StandardCharsets.UTF_8);
        assertEquals("Menteri Luar Negeri AS, ‘berdiri bersama’.", TextDecoder.decode(bytes));
    }

    @Test
    void refusesInvalidUtf8AndSaysWhere() {
        byte[] latin1 = "Rp 13.500 ¼".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(TextDecoder.NotTextException.class, () -> TextDecoder.decode(latin1));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("byte 10"), e.getMessage());
    }

    @Test
    void refusesBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        assertThrows(TextDecoder.NotTextException.class, () -> TextDecoder.decode(png));
        byte[] nul = "abc\0def".getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(TextDecoder.NotTextException.class, () -> TextDecoder.decode(nul));
        assertTrue(e.getMessage().contains("binary"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\r\n\t ", "\uFEFF"})
    void refusesEmptyText(String text) {
        assertThrows(TextDecoder.NotTextException.class,
                () -> TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsTabsAndLineBreaks() throws Exception {
        assertEquals("a\tb\r\nc", TextDecoder.decode("a\tb\r\nc".getBytes(StandardCharsets.UTF_8)));
    }
}
