package org.selaras.formats;

import org.junit.jupiter.api.Test;
import org.selaras.error.Invalid;
import org.selaras.tags.InlineCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Okapi's filters as Selaras uses them: blocks with tags out, the same blocks translated back in. */
class OkapiArticlesTest {

    static byte[] article(String name) throws IOException {
        try (InputStream in = OkapiArticlesTest.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        }
    }

    static OkapiArticles html() {
        return new OkapiArticles(ArticleFormat.HTML, "id", "en", 1 << 26);
    }

    @Test
    void htmlBlocksCarryTheirFormattingAsTagsAndScriptsAreNoText() throws IOException {
        List<ArticleParagraph> blocks = html().read(article("banjir-jakarta.html"));
        assertTrue(blocks.stream().anyMatch(b -> b.tagged().startsWith("Kepala BPBD DKI {1}Isnawa Adji{/1} mengatakan")));
        ArticleParagraph br = blocks.stream().filter(b -> b.plain().startsWith("Gubernur")).findFirst().orElseThrow();
        assertEquals("Gubernur meminta warga tetap tenang.{1/}Bantuan logistik dikirim sore ini.", br.tagged());
        assertEquals(InlineCode.Kind.STANDALONE, br.codes().get(0).kind());
        assertTrue(blocks.stream().noneMatch(b -> b.plain().contains("dijalankan") || b.plain().contains("iklan")));
        ArticleParagraph link = blocks.stream().filter(b -> b.plain().startsWith("Kepala")).findFirst().orElseThrow();
        assertEquals(new InlineCode(2, InlineCode.Kind.OPEN, "link", "<a href=\"https://bmkg.go.id/peringatan\">"),
                link.codes().get(2), "a link's tag keeps its markup, the address filled in");
    }

    @Test
    void anOpenDocumentTextIsReadByNameAndBytesWithItsSpansAndLinksAsTags() throws IOException {
        byte[] odt = article("pasar-ikan.odt");
        assertEquals(ArticleFormat.ODT, ArticleFormat.detect("pasar-ikan.odt", odt));
        assertEquals(ArticleFormat.ODT, ArticleFormat.detect(null, odt), "its mimetype entry says what it is");
        assertEquals(ArticleFormat.DOCX, ArticleFormat.detect(null, article("pasar-ikan.docx")));
        List<ArticleParagraph> blocks = new OkapiArticles(ArticleFormat.ODT, "id", "en", 1 << 26).read(odt);
        assertTrue(blocks.stream().anyMatch(b -> b.tagged().equals("Ketua paguyuban {1}Slamet Riyadi{/1} mengatakan "
                + "nelayan jarang melaut. {2}Informasi cuaca{/2} dapat dibaca di {3}situs BMKG{/3}.")),
                blocks.stream().map(ArticleParagraph::tagged).toList().toString());
        assertTrue(blocks.stream().anyMatch(b -> b.plain().equals("Kembung")), "table cells are blocks");
    }

    @Test
    void writingWithoutTranslationsGivesTheSameTextBack() throws IOException {
        byte[] in = article("banjir-jakarta.html");
        String out = new String(html().write(in, (n, source) -> null), StandardCharsets.UTF_8);
        assertTrue(out.contains("<a href=\"https://bmkg.go.id/peringatan\">peringatan dini BMKG</a>"), out);
        assertTrue(out.contains("<script>document.title = \"dijalankan\";</script>"), "what is no text stays as it was");
    }

    @Test
    void aTagTheOriginalDoesNotHaveStaysText() throws IOException {
        byte[] in = article("banjir-jakarta.html");
        String out = new String(html().write(in, (n, source) -> source.plain().startsWith("Kepala")
                ? "Head {1}Isnawa Adji{/1} said {7}pumps{/7} are ready." : null), StandardCharsets.UTF_8);
        assertTrue(out.contains("Head <b>Isnawa Adji</b> said {7}pumps{/7} are ready."), out);
    }

    @Test
    void aDamagedWordFileIsRefused() {
        byte[] notZip = "PK\u0003\u0004 this is not a zip at all".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(Invalid.class, () -> new OkapiArticles(ArticleFormat.DOCX, "id", "en", 1 << 26).read(notZip));
    }

    @Test
    void wordBlocksIncludeTableCellsAndFootnotes() throws IOException {
        List<ArticleParagraph> blocks = new OkapiArticles(ArticleFormat.DOCX, "id", "en", 1 << 26)
                .read(article("pasar-ikan.docx"));
        assertTrue(blocks.stream().anyMatch(b -> b.plain().equals("Kembung")));
        ArticleParagraph bold = blocks.stream().filter(b -> b.plain().startsWith("Ketua")).findFirst().orElseThrow();
        assertEquals(List.of("bold", "bold", "italic", "italic", "link", "link"),
                bold.codes().stream().map(InlineCode::type).toList());
        assertTrue(blocks.stream().anyMatch(b -> b.plain().contains("Data Dinas Kelautan dan Perikanan")));
        assertFalse(blocks.isEmpty());
    }
}
