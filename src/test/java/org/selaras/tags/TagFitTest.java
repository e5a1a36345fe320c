package org.selaras.tags;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A memory match put into a tagged segment carries that segment's tags. */
class TagFitTest {

    static final String SEGMENT = "Kepala BPBD {1}Isnawa Adji{/1} memantau {2}peringatan dini{/2}.";

    @Test
    void theMatchsTagsAreRenumberedOntoTheSegments() {
        // the match was saved for a segment whose bold was tag 4 and whose link was tag 7
        assertEquals("BPBD head {1}Isnawa Adji{/1} monitors the {2}early warnings{/2}.",
                TagFit.fit("BPBD head {4}Isnawa Adji{/4} monitors the {7}early warnings{/7}.", SEGMENT));
    }

    @Test
    void aPlainMatchGetsTheTagsWhoseWordsItHolds() {
        // the name is in the match as it is; the link's words are translated, so that tag is left for F9
        assertEquals("BPBD head {1}Isnawa Adji{/1} monitors the early warnings.",
                TagFit.fit("BPBD head Isnawa Adji monitors the early warnings.", SEGMENT));
    }

    @Test
    void extraTagsOfTheMatchGoAndASegmentWithoutTagsGetsPlainText() {
        assertEquals("{1}Isnawa Adji{/1} said so.", TagFit.fit("{1}Isnawa Adji{/1} said {2}so{/2}.{3/}",
                "{1}Isnawa Adji{/1} berkata begitu."));
        assertEquals("Isnawa Adji said so.", TagFit.fit("{1}Isnawa Adji{/1} said so.{2/}", "Isnawa Adji berkata begitu."));
    }

    @Test
    void aPairAroundTheWholeSegmentAndABreakAtItsEndFitAnyMatch() {
        assertEquals("{1}The floods receded.{/1}{2/}", TagFit.fit("The floods receded.", "{1}Banjir surut.{/1}{2/}"));
    }

    @Test
    void aHalfPairOfTheMatchDoesNotDangle() {
        assertEquals("BPBD head Isnawa Adji monitors.", TagFit.fit("BPBD head {3}Isnawa Adji monitors.",
                "Kepala BPBD memantau {1}peringatan{/1}."));
    }
    @Test
    void aPairAroundTheSameNameIsThatPairAndAnUnsurePairIsLeftForF9() {
        // the segment has an extra italic pair first: order alone would put the bold on "Kepala BPBD"
        assertEquals("BPBD head {2}Isnawa Adji{/2} monitors the early warnings.",
                TagFit.fit("BPBD head {1}Isnawa Adji{/1} monitors the {2}early warnings{/2}.",
                        "{1}Kepala BPBD{/1} {2}Isnawa Adji{/2} memantau {3}peringatan dini{/3}."));
    }
}
