package org.selaras.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * XLIFF 1.2 (valid against the OASIS xliff-core-1.2-transitional.xsd), the version most CAT tools exchange:
 * one {@code <file original="<name>" source-language target-language datatype="plaintext">} per document,
 * one {@code <trans-unit id="s<segment id>">} per segment with {@code <source>} and, for a translation,
 * {@code <target state>}: draft and rejected → needs-translation, translated → translated, approved →
 * final with approved="yes". A segment kept untranslated has no target. A translation's version is in
 * {@code slr:version} (our namespace), so that a re-import can tell whether it changed in Selaras since.
 * A group of joined segments is one trans-unit (id of its first segment) with the joined source and
 * {@code slr:segments} (the ids, space-separated). A document with no exported unit has an empty {@code <body/>}.
 */
public final class Xliff12Writer implements CorpusWriter {

    private final String toolVersion;

    public Xliff12Writer(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(List<ExportDocument> documents, Iterator<ExportUnit> units, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"" + XliffReader.NS12
                + "\" xmlns:slr=\"" + XliffReader.SELARAS_NS + "\">\n");
        PeekingIterator it = new PeekingIterator(units);
        List<ExportDocument> docs = documents.isEmpty() ? List.of(new ExportDocument(0, "", "id", "en")) : documents;
        for (ExportDocument doc : docs) {
            w.write(" <file original=\"");
            Xml.attr(w, doc.name() == null || doc.name().isBlank() ? "d" + doc.id() : doc.name()); // original is required
            w.write("\" source-language=\"");
            Xml.attr(w, doc.sourceLanguage());
            w.write("\" target-language=\"");
            Xml.attr(w, doc.targetLanguage());
            w.write("\" datatype=\"plaintext\">\n  <header><tool tool-id=\"selaras\" tool-name=\"Selaras\" tool-version=\"");
            Xml.attr(w, toolVersion);
            w.write("\"/></header>\n  <body>\n");
            while (it.hasNext() && it.peek().documentId() == doc.id()) {
                unit(w, it.next());
            }
            w.write("  </body>\n </file>\n");
        }
        w.write("</xliff>\n");
        w.flush();
    }

    /** The XLIFF 1.2 state of a Selaras status. */
    public static String state(String status) {
        return switch (status) {
            case "translated" -> "translated";
            case "approved" -> "final";
            default -> "needs-translation";
        };
    }

    private static void unit(Writer w, ExportUnit u) throws IOException {
        w.write("   <trans-unit id=\"s");
        w.write(Long.toString(u.segmentId()));
        w.write('"');
        if (u.joined()) {
            w.write(" slr:segments=\"" + TmxWriter.ids(u) + "\""); // a group: its source is the joined source
        }
        if (u.translated()) {
            if (u.status().equals("approved")) {
                w.write(" approved=\"yes\"");
            }
            w.write(" slr:version=\"" + u.version() + "\"");
        }
        if (Xml.needsPreserve(u.source()) || (u.translated() && Xml.needsPreserve(u.target()))) {
            w.write(" xml:space=\"preserve\"");
        }
        w.write(">\n    <source>");
        if (u.tagged()) InlineXml.write(w, u.taggedSource(), u.codes(), InlineXml.Dialect.XLIFF12);
        else Xml.text(w, u.source());
        w.write("</source>\n");
        if (u.translated()) {
            w.write("    <target state=\"");
            w.write(state(u.status()));
            w.write("\">");
            if (u.tagged()) InlineXml.write(w, u.taggedTarget(), u.codes(), InlineXml.Dialect.XLIFF12);
            else Xml.text(w, u.target());
            w.write("</target>\n");
        }
        w.write("   </trans-unit>\n");
    }
}
