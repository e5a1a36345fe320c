package org.selaras.document;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNamesTest {

    @Test
    void theFirstLineThatIsNotBlankIsTheHeadline() {
        assertEquals(Optional.of("Gempa M 5,6 guncang Cianjur"),
                DocumentNames.headline("\n  \n  Gempa   M 5,6\tguncang Cianjur \nIsi berita.\n"));
    }

    @Test
    void aHeadlineWithoutLettersOrDigitsIsNoName() {
        assertEquals(Optional.empty(), DocumentNames.headline("* * *\nIsi berita."));
        assertEquals(Optional.empty(), DocumentNames.headline(" \n "));
        assertEquals(Optional.empty(), DocumentNames.headline(null));
    }

    @Test
    void aLongHeadlineIsCutOnAWordBoundary() {
        String name = DocumentNames.headline("Kata ".repeat(40)).orElseThrow();
        assertTrue(name.length() <= DocumentNames.MAX, name);
        assertEquals("Kata ".repeat(24).strip() + "…", name);
    }

    @Test
    void aLongWordIsCutHardButNeverInsideACharacter() {
        String name = DocumentNames.headline("a".repeat(118) + "😀😀😀").orElseThrow();
        assertTrue(name.length() <= DocumentNames.MAX, name);
        assertEquals("a".repeat(118) + "…", name); // the emoji would straddle the limit: it is left out whole
    }
}
