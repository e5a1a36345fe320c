package org.selaras.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class JsonWritersTest {

    public static final ObjectMapper JSON = new ObjectMapper();

    static String write(CorpusWriter writer, List<ExportDocument> docs, List<ExportUnit> units) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(docs, units.iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneDocumentHasTheIssuesShape() throws Exception {
        List<ExportUnit> units = Samples.units().subList(0, 3);
        JsonNode root = JSON.readTree(write(new JsonWriter(false), List.of(Samples.DOC), units));
        assertEquals(List.of("document", "segments"), fields(root));
        assertEquals("{\"id\":7,\"name\":\"Korea <Utara> & \\\"Rusia\\\"\",\"sourceLanguage\":\"id\",\"targetLanguage\":\"en\"}",
                root.get("document").toString());
        JsonNode first = root.get("segments").get(0);
        assertEquals(List.of("id", "segments", "paragraph", "index", "source", "target", "status", "origin", "updated",
                "author"), fields(first));
        assertEquals(101, first.get("id").asLong());
        assertEquals("[101]", first.get("segments").toString());
        assertEquals("approved", first.get("status").asText());
        assertEquals("2025-02-03T04:05:06.789Z", first.get("updated").asText());
        assertEquals("tina", first.get("author").asText());
        JsonNode untranslated = root.get("segments").get(1);
        assertEquals("", untranslated.get("target").asText());
        assertEquals("untranslated", untranslated.get("status").asText());
        assertTrue(untranslated.get("origin").isNull());
        // round trip of the nasty text: only lone surrogates go (JSON escapes the controls)
        String expected = Samples.NASTY.replace("\uD800", "").replace("\uDC00", "");
        assertEquals(expected, root.get("segments").get(2).get("source").asText());
        assertEquals(expected, root.get("segments").get(2).get("target").asText());
    }

    @Test
    void severalDocumentsAreAListOfThatShape() throws Exception {
        JsonNode root = JSON.readTree(write(new JsonWriter(true), Samples.documents(), Samples.units()));
        assertEquals(List.of("documents"), fields(root));
        assertEquals(2, root.get("documents").size());
        assertEquals(7, root.get("documents").get(0).get("document").get("id").asLong());
        assertEquals(3, root.get("documents").get(0).get("segments").size());
        assertEquals(9, root.get("documents").get(1).get("document").get("id").asLong());
        assertEquals(List.of(201L, 202L), List.of(root.get("documents").get(1).get("segments").get(0).get("id").asLong(),
                root.get("documents").get(1).get("segments").get(1).get("id").asLong()));
        JsonNode empty = JSON.readTree(write(new JsonWriter(true), Samples.documents(), List.of()));
        assertEquals(0, empty.get("documents").get(1).get("segments").size());
    }

    @Test
    void jsonlIsOneSegmentPerLineWithItsDocument() throws Exception {
        String text = write(new JsonlWriter(), Samples.documents(), Samples.units());
        assertTrue(text.endsWith("}\n"));
        String[] lines = text.split("\n", -1);
        assertEquals(6, lines.length, "five records and the final newline");
        assertEquals("", lines[5]);
        JsonNode third = JSON.readTree(lines[2]);
        assertEquals(List.of("document", "id", "segments", "paragraph", "index", "source", "target", "status",
                "origin", "updated", "author"), fields(third));
        assertEquals(7, third.get("document").asLong());
        assertEquals(Samples.NASTY.replace("\uD800", "").replace("\uDC00", ""), third.get("target").asText());
        assertEquals(9, JSON.readTree(lines[4]).get("document").asLong());
        assertEquals("", write(new JsonlWriter(), Samples.documents(), List.of()));
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
