package org.selaras.memory;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeCursorTest {

    final AtomicLong now = new AtomicLong();
    final ChangeCursor cursor = new ChangeCursor(5, Duration.ofSeconds(60), now::get);

    @Test
    void anIdCommittedLateIsAskedForUntilItComes() {
        cursor.saw(6);
        cursor.saw(9); // 7 and 8 were handed out but are not committed yet
        assertEquals(9, cursor.seen());
        assertEquals(List.of(new ChangeCursor.Gap(7, 8, 0)), cursor.gaps());
        assertEquals(6, cursor.applied(), "a restart reads on from below the hole");
        cursor.saw(8);
        assertEquals(List.of(new ChangeCursor.Gap(7, 7, 0)), cursor.gaps());
        cursor.saw(7);
        assertTrue(cursor.gaps().isEmpty());
        assertEquals(9, cursor.applied());
    }

    @Test
    void aHoleIsSplitWhereAnIdInsideItComesFirst() {
        cursor.saw(20); // 6..19 open: one range, not fourteen entries
        cursor.saw(12);
        assertEquals(List.of(new ChangeCursor.Gap(6, 11, 0), new ChangeCursor.Gap(13, 19, 0)), cursor.gaps());
        cursor.saw(12); // again: nothing changes
        assertEquals(2, cursor.gaps().size());
    }

    @Test
    void aHoleLeftByARollbackIsGivenUpAfterTheGiveUpTime() {
        cursor.saw(8);
        now.set(Duration.ofSeconds(30).toNanos());
        assertFalse(cursor.expire());
        assertEquals(5, cursor.applied());
        now.set(Duration.ofSeconds(61).toNanos());
        assertTrue(cursor.expire());
        assertEquals(8, cursor.applied());
    }
}
