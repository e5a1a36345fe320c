package org.selaras.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * JSON Lines: one segment object per line, {@code {"document","id","segments","paragraph","index","source",
 * "target","status","origin","updated","author"}}, as in {@link JsonWriter} plus the document id.
 * Line breaks inside texts are escaped by JSON, so every record is exactly one line. With {@code tagged}, the
 * tagged forms and codes as in {@link JsonWriter}.
 */
public final class JsonlWriter implements CorpusWriter {

    private final boolean tagged;

    public JsonlWriter() {
        this(false);
    }

    public JsonlWriter(boolean tagged) {
        this.tagged = tagged;
    }

    @Override
    public void write(List<ExportDocument> documents, Iterator<ExportUnit> units, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonWriter.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            boolean any = false;
            while (units.hasNext()) {
                JsonWriter.segment(g, units.next(), true, tagged);
                any = true;
            }
            if (any) {
                g.writeRaw('\n');
            }
        }
    }
}
