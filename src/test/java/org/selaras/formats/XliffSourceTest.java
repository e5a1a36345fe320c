package org.selaras.formats;

import org.junit.jupiter.api.Test;
import org.selaras.error.Invalid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An XLIFF file from another tool as a source document: sources in with their inline codes, targets out. */
class XliffSourceTest {

    static OkapiArticles xliff() {
        return new OkapiArticles(ArticleFormat.XLIFF, "id", "en", 1 << 26);
    }

    @Test
    void theFormatIsKnownByNameAndContent() throws IOException {
        byte[] v12 = OkapiArticlesTest.article("berita-12.xlf");
        byte[] v20 = OkapiArticlesTest.article("berita-20.xlf");
        assertEquals(ArticleFormat.XLIFF, ArticleFormat.detect("berita.xlf", v12));
        assertEquals(ArticleFormat.XLIFF, ArticleFormat.detect("berita.xliff", v20));
        assertEquals(ArticleFormat.XLIFF, ArticleFormat.detect(null, v20));
        assertTrue(ArticleFormat.isXliff2(v20));
        assertFalse(ArticleFormat.isXliff2(v12));
        assertThrows(Invalid.class, () -> ArticleFormat.detect("berita.xlf", "Banjir rob.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ArticleFormat.TEXT, ArticleFormat.detect(null, "Berkas <xliff> dibahas di rapat.".getBytes(StandardCharsets.UTF_8)),
                "a text that mentions XLIFF is still text");
    }

    @Test
    void sourcesBecomeTaggedBlocksAndTheTranslationsFillTheTargets() throws IOException {
        for (String name : List.of("berita-12.xlf", "berita-20.xlf")) {
            byte[] original = OkapiArticlesTest.article(name);
            List<ArticleParagraph> blocks = xliff().read(original);
            assertEquals(List.of("Banjir rob menggenangi {1}Muara Angke{/1} pada Senin pagi.",
                            "Warga diminta memantau {2}peringatan dini{/2}.{3/}Bantuan dikirim sore ini."),
                    blocks.stream().map(ArticleParagraph::tagged).toList(), name);
            String out = new String(xliff().write(original, (n, source) -> n == 1
                    ? "Tidal flooding swamped {1}Muara Angke{/1} on Monday morning."
                    : "Residents were asked to follow the {2}early warnings{/2}.{3/}Aid is sent this afternoon."),
                    StandardCharsets.UTF_8);
            assertTrue(out.contains(name.equals("berita-12.xlf")
                    ? "<target xml:lang=\"en\">Tidal flooding swamped <g id=\"1\" ctype=\"bold\">Muara Angke</g> on Monday morning.</target>"
                    : "<target>Tidal flooding swamped <pc id=\"1\">Muara Angke</pc> on Monday morning.</target>"), out);
            assertTrue(out.contains(name.equals("berita-12.xlf")
                    ? "Residents were asked to follow the <g id=\"2\" ctype=\"link\">early warnings</g>.<x id=\"3\" ctype=\"lb\"/>Aid"
                    : "Residents were asked to follow the <pc id=\"2\">early warnings</pc>.<ph id=\"3\"/>Aid"), out);
        }
    }

    /** Another tool's segments stay apart: each is a block of its own and gets its own target. */
    @Test
    void eachSegmentOfAnXliff2UnitIsABlockAndGetsItsTarget() throws IOException {
        byte[] original = OkapiArticlesTest.article("berita-20-segments.xlf");
        List<ArticleParagraph> blocks = xliff().read(original);
        assertEquals(List.of("Banjir rob menggenangi {1}Muara Angke{/1} pada Senin pagi.",
                        "Air laut naik hingga {2}40 sentimeter{/2}.", "Warga diminta memantau peringatan dini.",
                        "Bantuan dikirim sore ini."),
                blocks.stream().map(ArticleParagraph::tagged).toList());
        List<String> english = List.of("Tidal flooding swamped {1}Muara Angke{/1} on Monday morning.",
                "Sea water rose by up to {2}40 centimetres{/2}.", "Residents were asked to follow the early warnings.");
        String out = new String(xliff().write(original, (n, source) -> n <= english.size() ? english.get(n - 1) : null),
                StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
        assertTrue(out.contains("<segment id=\"s1\"><source>Banjir rob menggenangi <pc id=\"1\">Muara Angke</pc> pada "
                + "Senin pagi.</source><target>Tidal flooding swamped <pc id=\"1\">Muara Angke</pc> on Monday morning."
                + "</target></segment>"), out);
        assertTrue(out.contains("<target>Sea water rose by up to <pc id=\"2\">40 centimetres</pc>.</target>"), out);
        assertTrue(out.contains("<source>Warga diminta memantau peringatan dini.</source><target>Residents were asked "
                + "to follow the early warnings.</target>"), out);
        assertTrue(out.contains("<source>Bantuan dikirim sore ini.</source><target>Bantuan dikirim sore ini.</target>"),
                "an untranslated segment keeps its source: " + out);
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyParserSeesIt() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"id\" "
                + "datatype=\"plaintext\" original=\"a\"><body><trans-unit id=\"1\"><source>&x;</source></trans-unit>"
                + "</body></file></xliff>";
        Invalid e = assertThrows(Invalid.class, () -> xliff().read(xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
