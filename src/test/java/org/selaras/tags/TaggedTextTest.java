package org.selaras.tags;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selaras.formats.TaggedParagraph;
import org.selaras.segment.Segmenter;
import org.selaras.segment.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TaggedTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kata {1}Joko Widodo{/1} di {2/}sini.|Kata Joko Widodo di sini.",
            "Harga {naik} {1/2} persen.|Harga {naik} {1/2} persen.",
            "Tanpa tag.|Tanpa tag.",
    })
    void plainLeavesOutOnlyTags(String tagged, String plain) {
        assertEquals(plain, TaggedText.plain(tagged));
    }

    /** What a writer may put back: pairs that open before they close and do not cross, and standalone tags. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kata {1}Joko{/1} di {2/}sini.|{1}{/1}{2/}",
            "Kata {1}Joko di sini.|''",
            "Kata Joko{/1} di {1}sini.|''",
            "{1}Kata {2}Joko{/1} di{/2} sini.|{1}{/1}",
            "{1}Kata {2}Joko{/2}{/1}.|{1}{2}{/2}{/1}",
            "{1}a{/1} {1}b{/1}|{1}{/1}{1}{/1}",
    })
    void nestedLeavesOutHalfAndCrossingPairs(String tagged, String kept) {
        assertEquals(kept, String.join("", TaggedText.nested(tagged).stream().map(Tag::text).toList()));
    }

    /** Each sentence gets the tags that belong to it; the pieces glue back into the paragraph. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{1}Jokowi{/1} tiba. Ia {2}senang{/2}.|{1}Jokowi{/1} tiba.|Ia {2}senang{/2}.",
            "{1}Hujan turun.{/1} {2}Banjir{/2} datang.|{1}Hujan turun.{/1}|{2}Banjir{/2} datang.",
            "Ia {1}pergi. Ia pulang{/1} lagi.|Ia {1}pergi.|Ia pulang{/1} lagi.",
            "Satu.{1/} Dua.|Satu.{1/}|Dua.",
    })
    void sentencesTakeTheirTags(String paragraph, String first, String second) {
        TaggedParagraph p = new TaggedParagraph(paragraph);
        List<Span> spans = Segmenter.forLanguage("id").segmentParagraph(TaggedText.plain(paragraph));
        List<String> pieces = p.cut(spans);
        assertEquals(List.of(first, second), pieces);
        assertEquals(paragraph, p.glue(spans, pieces));
    }
}
