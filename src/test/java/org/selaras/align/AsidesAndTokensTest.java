package org.selaras.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsidesAndTokensTest {

    @Test
    void editorsLinesAndCreditsAreAsides() {
        assertTrue(Asides.isAside("Baca juga: Harga cabai naik menjelang Lebaran.", true));
        assertTrue(Asides.isAside("Laporan ini disusun oleh tim redaksi (red).", true));
        assertTrue(Asides.isAside("Editor: Rina Marlina", true));
        assertTrue(Asides.isAside("Sumber : Epochtimes.com", true));
        assertTrue(Asides.isAside("(Reporting by Dewi Kurniawati; Editing by John Smith)", false));
        assertTrue(Asides.isAside("Source: Epochtimes.com", false));
        // the same words in ordinary sentences
        assertFalse(Asides.isAside("Sumber itu mengatakan harga akan turun.", true));
        assertFalse(Asides.isAside("Editor senior itu pensiun tahun lalu.", true));
        assertFalse(Asides.isAside("Sources said the talks would resume.", false));
        assertFalse(Asides.isAside("(jhon)", true));
    }

    @Test
    void namesAcronymsUrlsAndAddressesAreCopyableTokens() {
        int[] id = SharedTokens.of("Menurut Arief, data BPS ada di https://bps.go.id dan humas@bps.go.id.");
        int[] en = SharedTokens.of("According to Arief, BPS data is at https://bps.go.id and humas@bps.go.id.");
        // Menurut and According open their sentences: not names; the rest is copied as it is
        assertEquals(4, id.length);
        assertArrayEquals(id, en);
        assertEquals(0, SharedTokens.of("Harga beras turun pada Senin.").length - 1); // only "Senin"
    }
}
