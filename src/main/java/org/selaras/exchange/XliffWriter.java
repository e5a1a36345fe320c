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
 * XLIFF 2.0 (OASIS core, valid against xliff_core_2.0.xsd): one {@code <file id="d<document id>"
 * original="<name>">} per document, one {@code <unit id="s<segment id>">} per segment holding one
 * {@code <segment state>}: draft and rejected → initial, translated → translated, approved → final;
 * a segment kept untranslated has state initial and an empty {@code <target/>}.
 * <p>
 * Each unit carries what a re-import needs in the Metadata module ({@code mda:}, category
 * "selaras"): paragraph, index, and for a translation its status, origin and version, so that an
 * import can tell whether the translation changed in Selaras since the export. A document with no
 * exported unit gets an empty {@code <group id="empty"/>} (a file needs at least one unit or group).
 * A group of joined segments is one unit (id of its first segment) with the joined source and the metadata
 * "segments" (the ids, space-separated).
 * A source or target whose whitespace a reader may collapse gets {@code xml:space="preserve"}.
 */
public final class XliffWriter implements CorpusWriter {

    public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
    public static final String CATEGORY = "selaras";

    @Override
    public void write(List<ExportDocument> documents, Iterator<ExportUnit> units, OutputStream out) throws IOException {
        String srcLang = documents.isEmpty() ? "id" : documents.get(0).sourceLanguage();
        String trgLang = documents.isEmpty() ? "en" : documents.get(0).targetLanguage();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"" + NS + "\" xmlns:mda=\"" + MDA
                + "\" version=\"2.0\" srcLang=\"");
        Xml.attr(w, srcLang);
        w.write("\" trgLang=\"");
        Xml.attr(w, trgLang);
        w.write("\">\n");
        PeekingIterator it = new PeekingIterator(units);
        List<ExportDocument> docs = documents.isEmpty()
                ? List.of(new ExportDocument(0, "", srcLang, trgLang)) : documents;
        for (ExportDocument doc : docs) {
            w.write(" <file id=\"d");
            w.write(Long.toString(doc.id()));
            w.write("\" original=\"");
            Xml.attr(w, doc.name());
            w.write("\">\n");
            boolean any = false;
            while (it.hasNext() && it.peek().documentId() == doc.id()) {
                unit(w, it.next());
                any = true;
            }
            if (!any) {
                w.write("  <group id=\"empty\"/>\n");
            }
            w.write(" </file>\n");
        }
        w.write("</xliff>\n");
        w.flush();
    }

    public static String state(String status) {
        if (status == null) {
            return "initial";
        }
        return switch (status) {
            case "translated" -> "translated";
            case "approved" -> "final";
            default -> "initial";
        };
    }

    private static void unit(Writer w, ExportUnit u) throws IOException {
        w.write("  <unit id=\"s");
        w.write(Long.toString(u.segmentId()));
        w.write("\">\n   <mda:metadata><mda:metaGroup category=\"" + CATEGORY + "\">");
        meta(w, "paragraph", Integer.toString(u.paragraph()));
        meta(w, "index", Integer.toString(u.index()));
        if (u.joined()) {
            meta(w, "segments", TmxWriter.ids(u)); // a group: its source is the joined source
        }
        if (u.translated()) {
            meta(w, "status", u.status());
            meta(w, "origin", u.origin());
            meta(w, "version", Integer.toString(u.version()));
        }
        w.write("</mda:metaGroup></mda:metadata>\n   <segment state=\"");
        w.write(state(u.translated() ? u.status() : null));
        w.write("\">\n    <source");
        preserve(w, u.source());
        if (u.tagged()) InlineXml.write(w, u.taggedSource(), u.codes(), InlineXml.Dialect.XLIFF2);
        else Xml.text(w, u.source());
        w.write("</source>\n    ");
        if (u.translated()) {
            w.write("<target");
            preserve(w, u.target());
            if (u.tagged()) InlineXml.write(w, u.taggedTarget(), u.codes(), InlineXml.Dialect.XLIFF2);
            else Xml.text(w, u.target());
            w.write("</target>\n");
        } else {
            w.write("<target/>\n");
        }
        w.write("   </segment>\n  </unit>\n");
    }

    /** Ends a start tag, with xml:space="preserve" when the text's whitespace would not survive the default. */
    private static void preserve(Writer w, String text) throws IOException {
        w.write(Xml.needsPreserve(text) ? " xml:space=\"preserve\">" : ">");
    }

    private static void meta(Writer w, String type, String value) throws IOException {
        if (value == null) {
            return;
        }
        w.write("<mda:meta type=\"");
        w.write(type);
        w.write("\">");
        Xml.text(w, value);
        w.write("</mda:meta>");
    }
}
