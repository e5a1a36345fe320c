package org.selaras.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article must split exactly as the hand-aligned seed (column "id" of seed-aligned.tsv). */
class SeedSegmentationTest {

    @Test
    void seedArticleGivesTheFortyAlignedSegments() throws IOException {
        String seed = Files.readString(Path.of("seeds/000_ca1151ea58444d6d.txt"), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/data/seed-aligned.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals("paragraph\tid\ten", lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] cols = line.split("\t", -1);
                expected.add(cols[0] + "\t" + cols[1]);
            }
        }
        assertEquals(40, expected.size());
        List<String> actual = new ArrayList<>();
        for (SegmentSpan s : Segmenter.forLanguage("id").segmentText(seed)) {
            actual.add(s.paragraph() + "\t" + s.text());
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
