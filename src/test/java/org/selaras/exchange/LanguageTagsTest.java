package org.selaras.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void everyFormOfIndonesianIsIndonesian() {
        for (String tag : new String[] {"id", "ID", "id-ID", "id_ID", "in", "ind", "IND", " in-ID "}) {
            assertTrue(LanguageTags.isIndonesian(tag), tag);
        }
        assertFalse(LanguageTags.isIndonesian("ms"));
        assertFalse(LanguageTags.isIndonesian("inh"));
    }

    @Test
    void everyFormOfEnglishIsEnglish() {
        for (String tag : new String[] {"en", "en-US", "en-GB", "EN_us", "eng"}) {
            assertTrue(LanguageTags.isEnglish(tag), tag);
        }
        assertFalse(LanguageTags.isEnglish("enm")); // Middle English is another language
        assertFalse(LanguageTags.isEnglish(null));
    }

    @Test
    void otherLanguagesFoldToTheirTwoLetterCode() {
        assertEquals("cs", LanguageTags.primary("ces"));
        assertEquals("de", LanguageTags.primary("de-AT"));
        assertTrue(LanguageTags.same("ger", "de-DE"));
        assertFalse(LanguageTags.same("", ""));
    }
}
