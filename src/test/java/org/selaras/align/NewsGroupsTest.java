package org.selaras.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A news text with the groups real translations have and the seed lacks: one English sentence split into three
 * Indonesian ones (3-1) and the reverse (1-3), 2-1 joins, editor's lines with no English ("Baca juga: …",
 * "(red)", "Editor: …") and an English credit line with no Indonesian. Scored like vecalign (strict precision and
 * recall over groups).
 */
class NewsGroupsTest {

    record Text(List<Sentence> source, List<Sentence> target, List<Bead> gold) {
    }

    static Text load(String resource) throws IOException {
        List<Sentence> src = new ArrayList<>();
        List<Sentence> tgt = new ArrayList<>();
        List<Bead> gold = new ArrayList<>();
        try (InputStream in = NewsGroupsTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                int paragraph = Integer.parseInt(c[0]);
                int s0 = src.size();
                int t0 = tgt.size();
                for (String s : sentences(c[1])) src.add(new Sentence(s, paragraph));
                for (String s : sentences(c[2])) tgt.add(new Sentence(s, paragraph));
                gold.add(new Bead(s0, src.size(), t0, tgt.size(), 1));
            }
        }
        return new Text(src, tgt, gold);
    }

    private static List<String> sentences(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split(" \\| "));
    }

    private static String shape(Bead b) {
        return b.sourceIndexes() + "=" + b.targetIndexes();
    }

    @Test
    void threeWayGroupsEditorsLinesAndCreditsAreFound() throws IOException {
        Text text = load("/align/news-groups.tsv");
        for (boolean paragraphs : new boolean[] {true, false}) {
            List<Sentence> t = paragraphs ? text.target()
                    : text.target().stream().map(x -> new Sentence(x.text(), 0)).toList();
            List<Bead> beads = Aligner.standard().align(text.source(), t);
            assertEquals(text.gold().stream().map(NewsGroupsTest::shape).toList(),
                    beads.stream().map(NewsGroupsTest::shape).toList(), "English paragraphs " + paragraphs);
            AlignmentScore score = AlignmentScore.of(text.gold(), beads, true);
            System.out.println("news-groups.tsv, English paragraphs " + paragraphs + ": " + score);
            assertEquals(1.0, score.precision());
            assertEquals(1.0, score.recall());
        }
    }
}
