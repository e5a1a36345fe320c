package org.selaras.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict precision and recall over aligned groups, as vecalign scores them: a test bead counts only when a
 * gold bead has exactly the same source and target sentences. {@code withOmissions = false} leaves out
 * 1-0 and 0-1 beads on both sides (links only).
 */
public record AlignmentScore(int correct, int test, int gold, double precision, double recall) {

    public static AlignmentScore of(List<Bead> goldBeads, List<Bead> testBeads, boolean withOmissions) {
        Set<List<Integer>> gold = groups(goldBeads, withOmissions);
        Set<List<Integer>> test = groups(testBeads, withOmissions);
        int correct = 0;
        for (List<Integer> g : test) if (gold.contains(g)) correct++;
        return new AlignmentScore(correct, test.size(), gold.size(),
                test.isEmpty() ? 1 : (double) correct / test.size(), gold.isEmpty() ? 1 : (double) correct / gold.size());
    }

    private static Set<List<Integer>> groups(List<Bead> beads, boolean withOmissions) {
        Set<List<Integer>> out = new HashSet<>();
        for (Bead b : beads) {
            if (!withOmissions && (b.sourceCount() == 0 || b.targetCount() == 0)) continue;
            if (b.sourceCount() == 0 && b.targetCount() == 0) continue;
            // an omission is keyed by its sentence only (its position on the other side is not a link)
            out.add(List.of(b.sourceCount() == 0 ? -1 : b.sourceStart(), b.sourceEnd(),
                    b.targetCount() == 0 ? -1 : b.targetStart(), b.targetEnd()));
        }
        return out;
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.4f (%d/%d), recall %.4f (%d/%d), F1 %.4f",
                precision, correct, test, recall, correct, gold, f1());
    }
}
