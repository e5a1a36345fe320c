package org.selaras.mt.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selaras.mt.MtException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What a translator reads when MT fails or pre-translation leaves segments out. */
class EngineMessagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0   | true  | DeepL cannot be reached just now. Try again in a moment; if it lasts, tell an admin.",
            "403 | false | DeepL refused Selaras's key (HTTP 403). An admin needs to check the MT settings.",
            "456 | false | DeepL is busy or its quota is used up (HTTP 456). Try again later.",
            "503 | true  | DeepL has a problem of its own (HTTP 503). Try again in a moment.",
            "400 | false | DeepL refused the text (HTTP 400). If it happens again, tell an admin.",
            "200 | false | DeepL answered with something Selaras cannot read. If it happens again, tell an admin."})
    void engineFailuresInTranslatorsWords(int status, boolean retryable, String expected) {
        MtException e = new MtException("DeepL answered HTTP " + status + ": {\"message\":\"raw\"}", status, retryable);
        assertEquals(expected, EngineMessages.failed("DeepL", e));
        assertFalse(EngineMessages.failed("DeepL", e).contains("raw"));
    }

    @Test
    void noEngineNamesTheLanguages() {
        assertEquals("No machine translation engine here translates Indonesian → Malay. An admin can add one in the "
                + "MT settings.", EngineMessages.noEngine("id", "ms"));
        assertEquals("Apertium does not translate Indonesian → English.", EngineMessages.notServed("Apertium", "id", "en"));
    }

    @Test
    void aSummarySaysWhatWasLeftOutAndWhy() {
        PretranslateJobs.Counts job = new PretranslateJobs.Counts(40, 2, 37, 2, 1);
        assertEquals("Done: 37 of 40 untranslated segments pre-translated as drafts. 2 skipped: someone translated "
                + "them meanwhile, and that translation stays. 1 failed: the engine gave no text or the draft could "
                + "not be saved. 2 segments already had a translation and were left alone.",
                PretranslateJobs.summary(job, "Done"));
        PretranslateJobs.Counts nothing = new PretranslateJobs.Counts(0, 40, 0, 0, 0);
        assertEquals("Nothing to pre-translate: all 40 segments already have a translation.",
                PretranslateJobs.summary(nothing, "Done"));
    }
}
