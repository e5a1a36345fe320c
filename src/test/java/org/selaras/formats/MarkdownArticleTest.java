package org.selaras.formats;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Markdown article through Okapi's Markdown filter: its blocks with emphasis and links as tags, and the
 * translated file parses (CommonMark's reference parser for Java) to the same structure with the same links.
 */
class MarkdownArticleTest {

    static final String ARTICLE = "gempa-cianjur.md";

    static OkapiArticles markdown() {
        return new OkapiArticles(ArticleFormat.MARKDOWN, "id", "en", 1 << 26);
    }

    @Test
    void blocksCarryEmphasisAndLinksAsTags() throws IOException {
        List<ArticleParagraph> blocks = markdown().read(OkapiArticlesTest.article(ARTICLE));
        List<String> plain = blocks.stream().map(ArticleParagraph::plain).toList();
        assertTrue(plain.contains("Gempa guncang Cianjur"), plain.toString());
        ArticleParagraph bold = blocks.stream().filter(b -> b.plain().startsWith("Gempa bermagnitudo")).findFirst().orElseThrow();
        assertTrue(bold.tagged().contains("{1}Cianjur{/1}"), bold.tagged());
        assertTrue(bold.plain().contains("Warga diminta memantau informasi resmi BMKG setiap saat."), bold.plain());
        assertTrue(blocks.stream().noneMatch(b -> b.plain().contains("https://")), "addresses are no text: " + plain);
    }

    @Test
    void theTranslatedFileHasTheSameStructureAndLinks() throws IOException {
        byte[] original = OkapiArticlesTest.article(ARTICLE);
        // a stand-in translation: every block marked as English, its tags kept where they were
        byte[] translated = markdown().write(original, (n, source) -> "EN " + source.tagged());
        String md = new String(translated, StandardCharsets.UTF_8);
        assertTrue(md.contains("EN Gempa guncang Cianjur"), md);
        Shape before = Shape.of(new String(original, StandardCharsets.UTF_8));
        Shape after = Shape.of(md);
        assertEquals(before.kinds(), after.kinds(), md);
        assertEquals(before.links(), after.links(), md);
        assertEquals(List.of("https://bmkg.go.id/gempa", "https://bnpb.go.id/posko",
                "image https://example.org/rumah.jpg"), before.links(), "the test article has its links");
        assertTrue(after.text().contains("EN Kepala BNPB Suharyanto meninjau"), after.text());
        assertTrue(md.contains("(https://bmkg.go.id/gempa \"EN Info gempa\")"), "a link's title is translated too: " + md);
    }

    /** What a reader sees of a Markdown text: its node kinds in order, its links (with titles), its text. */
    record Shape(List<String> kinds, List<String> links, String text) {
        static Shape of(String markdown) {
            List<String> kinds = new ArrayList<>();
            List<String> links = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Node doc = Parser.builder().build().parse(markdown);
            doc.accept(new AbstractVisitor() {
                @Override
                protected void visitChildren(Node parent) {
                    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                        kinds.add(n.getClass().getSimpleName());
                        if (n instanceof Link l) links.add(l.getDestination());
                        if (n instanceof Image i) links.add("image " + i.getDestination());
                        if (n instanceof Text t) text.append(t.getLiteral());
                        n.accept(this);
                    }
                }
            });
            return new Shape(kinds, links, text.toString());
        }
    }
}
