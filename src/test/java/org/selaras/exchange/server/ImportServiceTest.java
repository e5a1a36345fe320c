package org.selaras.exchange.server;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportServiceTest {

    /**
     * How a TMX source finds its segment: NFC, runs of spaces (the Unicode ones too) as one, trimmed. The fast
     * path for text with single spaces must give exactly what the regex gives.
     */
    @Test
    void normaliseIsTheRegexWithOrWithoutItsFastPath() {
        char[] alphabet = {'a', 'B', '.', 'e', '\u0301', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007',
                '\u202F', '\u200B', '\uFEFF', '\u2003', '\u001F'};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            String regex = Normalizer.normalize(text, Normalizer.Form.NFC)
                    .replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").strip();
            assertEquals(regex, ImportService.normalise(text),
                    () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
        }
        assertEquals("Menteri itu tiba.", ImportService.normalise("\uFEFFMenteri\u00A0 itu\ttiba. "));
    }
}
