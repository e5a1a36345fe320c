package org.selaras.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

public class TsvZipWriterTest {

    public static Map<String, String> entries(byte[] zip) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void threeLineAlignedFilesOfTranslatedPairs(@TempDir Path spill) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TsvZipWriter(spill).write(Samples.documents(), Samples.units().iterator(), out);
        Map<String, String> files = entries(out.toByteArray());
        assertEquals(List.of("corpus.id", "corpus.en", "corpus.tsv"), List.copyOf(files.keySet()));
        String nasty = "A & B < C > D \"q\" 'a' ]]> x\uFFFEyz 😀 tab here line  end";
        List<String> id = files.get("corpus.id").lines().toList();
        List<String> en = files.get("corpus.en").lines().toList();
        List<String> tsv = files.get("corpus.tsv").lines().toList();
        assertEquals(List.of("Tentara Korea Utara baru-baru ini ditempatkan di Rusia.", nasty, "Dia pergi.",
                "Mereka ‘berdiri bersama’ dengan Rusia."), id);
        assertEquals(List.of("North Korean troops have recently been deployed to Russia.", nasty, "She left.",
                "They ‘stand together’ with Russia."), en);
        for (int i = 0; i < id.size(); i++) {
            assertEquals(id.get(i) + "\t" + en.get(i), tsv.get(i));
        }
        assertEquals(4, files.get("corpus.tsv").split("\n", -1).length - 1, "every line ends with a newline");
        try (var left = Files.list(spill)) {
            assertEquals(0, left.count(), "spill files are deleted");
        }
    }

    static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"x\")";

    static List<ExportUnit> formulaUnits() {
        return List.of(
                Samples.unit(301, 7, 1, EVIL, "+62 21 555", "translated"),
                Samples.unit(302, 7, 2, "-5 derajat", "@handle", "translated"),
                Samples.unit(303, 7, 3, "\t=1+1 di depan", "'=quoted", "translated"),
                Samples.unit(304, 7, 4, "Dia pergi.", "She left.", "translated"));
    }

    @Test
    void corpusTsvCellsAreNeutralisedAndTheMosesFilesKeptAsTheyAre(@TempDir Path spill) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TsvZipWriter(spill).write(Samples.documents(), formulaUnits().iterator(), out);
        Map<String, String> files = entries(out.toByteArray());
        assertEquals(List.of(
                "'" + EVIL + "\t'+62 21 555",
                "'-5 derajat\t'@handle",
                "' =1+1 di depan\t''=quoted",  // the tab became a space (oneLine); a trigger after spaces counts too
                "Dia pergi.\tShe left."), files.get("corpus.tsv").lines().toList());
        assertEquals(List.of(EVIL, "-5 derajat", " =1+1 di depan", "Dia pergi."), files.get("corpus.id").lines().toList());
        assertEquals(List.of("+62 21 555", "@handle", "'=quoted", "She left."), files.get("corpus.en").lines().toList());
        // every corpus.tsv cell gives back the corpus.id / corpus.en line by the documented rule
        List<String> id = files.get("corpus.id").lines().toList();
        List<String> en = files.get("corpus.en").lines().toList();
        List<String> tsv = files.get("corpus.tsv").lines().toList();
        for (int i = 0; i < tsv.size(); i++) {
            String[] cells = tsv.get(i).split("\t", -1);
            assertEquals(List.of(id.get(i), en.get(i)),
                    List.of(SpreadsheetCells.restore(cells[0]), SpreadsheetCells.restore(cells[1])));
        }
    }

    @Test
    void rawCellsLeaveCorpusTsvAsItIs(@TempDir Path spill) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TsvZipWriter(spill, true).write(Samples.documents(), formulaUnits().iterator(), out);
        assertEquals(List.of(EVIL + "\t+62 21 555", "-5 derajat\t@handle", " =1+1 di depan\t'=quoted",
                "Dia pergi.\tShe left."), entries(out.toByteArray()).get("corpus.tsv").lines().toList());
    }

    @Test
    void oneLineReplacesEveryLineBreakAToolMightSee() {
        assertEquals("a b c d e f g h i j", Text.oneLine("a\tb\nc\rd\u000Be\u000Cf\u001Cg\u0085h\u2028i\u2029j"));
        assertEquals("ab", Text.oneLine("a\u0001\u007F\uD800b"));
    }
}
