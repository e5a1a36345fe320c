package org.selaras.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordCounterTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "ETIndonesia.|1",
            "Perang Rusia-Ukraina menjadi semakin internasional.|5",
            "setidaknya ada 10.000 tentara|4",
            "sarana—kemampuan jarak jauh|3",
            "‘Ini adalah masalah’ — kata dia.|5",
            "'   '|0",
            "Sumber : Epochtimes.com|2",
            "(jhon)|1",
    })
    void countsWordsLikeACatTool(String text, int words) {
        assertEquals(words, WordCounter.count(text));
    }
}
