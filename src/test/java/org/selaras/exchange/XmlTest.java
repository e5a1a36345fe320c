package org.selaras.exchange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class XmlTest {

    static String text(String s) throws IOException {
        StringWriter w = new StringWriter();
        Xml.text(w, s);
        return w.toString();
    }

    static String attr(String s) throws IOException {
        StringWriter w = new StringWriter();
        Xml.attr(w, s);
        return w.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain text              | plain text",
            "a & b                   | a &amp; b",
            "<b>                     | &lt;b&gt;",
            "]]>                     | ]]&gt;",
            "\"quoted\" 'single'     | \"quoted\" 'single'",
            "Rp 13.500 · ‘kata’ 😀   | Rp 13.500 · ‘kata’ 😀",
    })
    void escapesText(String in, String out) throws IOException {
        assertEquals(out, text(in));
    }

    @ParameterizedTest
    @CsvSource({
            "'a\u0001b',       ab",
            "'a\u0000b',       ab",
            "'a\u001Fb',       ab",
            "'a\uFFFEb',       ab",
            "'a\uFFFFb',       ab",
            "'a\uD800b',       ab",
            "'a\uDC00b',       ab",
            "'a\uD800',        a",
            "'\uDC00\uD800a',  a",
    })
    void dropsCharactersXmlForbids(String in, String out) throws IOException {
        assertEquals(out, text(in));
        assertEquals(out, attr(in));
        assertEquals(out, Xml.clean(in));
    }

    @org.junit.jupiter.api.Test
    void keepsPairsAndLineBreaks() throws IOException {
        assertEquals("😀\t\n&#13;", text("😀\t\n\r"));
        assertEquals("&quot;😀&#9;&#10;&#13;&amp;&lt;", attr("\"😀\t\n\r&<"));
        String clean = "tidak ada yang perlu diubah 😀";
        assertSame(clean, Xml.clean(clean));
        assertEquals("", text(""));
        assertEquals("", text(null));
    }
}
