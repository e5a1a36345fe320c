package org.selaras.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.selaras.tags.InlineCode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * JSON, written with Jackson's streaming generator. One document:
 * {@code {"document": {"id","name","sourceLanguage","targetLanguage"}, "segments": [{"id","segments",
 * "paragraph","index","source","target","status","origin","updated","author"}]}}; several ({@code multi}):
 * {@code {"documents": [ <one such object per document> ]}}. A segment kept untranslated has
 * {@code "target": ""}, {@code "status": "untranslated"} (or the status of a translation the filter left out,
 * such as rejected) and null origin, updated and author. {@code "segments"} lists the ids of the segments a
 * record covers: its own, or those of a group of joined segments, whose
 * {@code "source"} is the joined source text ({@code "id"} and {@code "index"} are the group's first segment's).
 * With {@code tagged}, every segment also has {@code "sourceTagged"} and {@code "targetTagged"} (a formatted
 * article's text with its tags, {@code {1}…{/1}}; the plain text for a segment without tags) and {@code "codes"}
 * (what the tags stand for: {@code [{"id","kind","type","data"}]}, empty without tags).
 */
public final class JsonWriter implements CorpusWriter {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final boolean multi;
    private final boolean tagged;

    /** @param multi the several-documents shape, even for one document */
    public JsonWriter(boolean multi) {
        this(multi, false);
    }

    /** @param tagged the tagged forms besides the plain text */
    public JsonWriter(boolean multi, boolean tagged) {
        this.multi = multi;
        this.tagged = tagged;
    }

    @Override
    public void write(List<ExportDocument> documents, Iterator<ExportUnit> units, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            if (multi) {
                g.writeArrayFieldStart("documents");
            }
            PeekingIterator it = new PeekingIterator(units);
            for (ExportDocument doc : documents) {
                if (!multi && doc != documents.get(0)) {
                    break;
                }
                if (multi) {
                    g.writeStartObject();
                }
                g.writeObjectFieldStart("document");
                g.writeNumberField("id", doc.id());
                g.writeStringField("name", Text.dropLoneSurrogates(doc.name()));
                g.writeStringField("sourceLanguage", doc.sourceLanguage());
                g.writeStringField("targetLanguage", doc.targetLanguage());
                g.writeEndObject();
                g.writeArrayFieldStart("segments");
                while (it.hasNext() && it.peek().documentId() == doc.id()) {
                    segment(g, it.next(), false, tagged);
                }
                g.writeEndArray();
                if (multi) {
                    g.writeEndObject();
                }
            }
            if (multi) {
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    /** One segment object; {@code withDocument} adds the document id first (JSONL), {@code tagged} the tagged forms. */
    static void segment(JsonGenerator g, ExportUnit u, boolean withDocument, boolean tagged) throws IOException {
        g.writeStartObject();
        if (withDocument) {
            g.writeNumberField("document", u.documentId());
        }
        g.writeNumberField("id", u.segmentId());
        g.writeArrayFieldStart("segments"); // more than one for a group of joined segments
        for (long id : u.segmentIds()) {
            g.writeNumber(id);
        }
        g.writeEndArray();
        g.writeNumberField("paragraph", u.paragraph());
        g.writeNumberField("index", u.index());
        g.writeStringField("source", Text.dropLoneSurrogates(u.source()));
        boolean t = u.translated();
        g.writeStringField("target", t ? Text.dropLoneSurrogates(u.target()) : "");
        // a translation the filter left out (a rejected one, say) keeps its status: "untranslated" would be untrue
        g.writeStringField("status", t || u.status() == null ? (t ? u.status() : "untranslated") : u.status());
        g.writeStringField("origin", t ? u.origin() : null);
        g.writeStringField("updated", t && u.updated() != null ? u.updated().toString() : null);
        g.writeStringField("author", t ? u.author() : null);
        if (tagged) {
            boolean tags = u.tagged();
            g.writeStringField("sourceTagged", Text.dropLoneSurrogates(tags ? u.taggedSource() : u.source()));
            String target = tags && u.taggedTarget() != null ? u.taggedTarget() : u.target();
            g.writeStringField("targetTagged", t ? Text.dropLoneSurrogates(target) : "");
            g.writeArrayFieldStart("codes");
            for (InlineCode c : tags ? u.codes() : List.<InlineCode>of()) {
                g.writeStartObject();
                g.writeNumberField("id", c.id());
                g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("type", c.type());
                g.writeStringField("data", Text.dropLoneSurrogates(c.data()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
