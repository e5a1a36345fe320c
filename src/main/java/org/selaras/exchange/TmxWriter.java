package org.selaras.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * TMX 1.4b, valid against tmx14.dtd: one {@code <tu>} per translated segment (tuid = segment id),
 * props x-document (document name), x-paragraph, x-status, x-origin, then the source and the target
 * {@code <tuv>}. Untranslated units are never written (a TMX pair needs both sides). A group of joined segments is
 * one {@code <tu>} (tuid = its first segment) with the joined source and prop x-segments (the ids, space-separated).
 */
public final class TmxWriter implements CorpusWriter {

    /** TMX date format: YYYYMMDDThhmmssZ, UTC. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String toolVersion;
    private final Clock clock;

    public TmxWriter(String toolVersion) {
        this(toolVersion, Clock.systemUTC());
    }

    public TmxWriter(String toolVersion, Clock clock) {
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    @Override
    public void write(List<ExportDocument> documents, Iterator<ExportUnit> units, OutputStream out) throws IOException {
        Map<Long, ExportDocument> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        String srcLang = documents.isEmpty() ? "id" : documents.get(0).sourceLanguage();
        String trgLang = documents.isEmpty() ? "en" : documents.get(0).targetLanguage();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n");
        w.write("  <header creationtool=\"Selaras\" creationtoolversion=\"");
        Xml.attr(w, toolVersion);
        w.write("\" segtype=\"sentence\" o-tmf=\"Selaras\" adminlang=\"en\" srclang=\"");
        Xml.attr(w, srcLang);
        w.write("\" datatype=\"plaintext\" creationdate=\"");
        w.write(DATE.format(clock.instant()));
        w.write("\"/>\n  <body>\n");
        while (units.hasNext()) {
            ExportUnit u = units.next();
            if (!u.translated()) {
                continue;
            }
            ExportDocument doc = byId.get(u.documentId());
            w.write("    <tu tuid=\"");
            w.write(Long.toString(u.segmentId()));
            date(w, "creationdate", u.created());
            attr(w, "creationid", u.author());
            date(w, "changedate", u.updated());
            attr(w, "changeid", u.author());
            w.write("\">\n");
            prop(w, "x-document", u.documentName());
            prop(w, "x-paragraph", Integer.toString(u.paragraph()));
            prop(w, "x-status", u.status());
            prop(w, "x-origin", u.origin());
            if (u.joined()) {
                prop(w, "x-segments", ids(u));
            }
            tuv(w, doc == null ? srcLang : doc.sourceLanguage(), u.source(), u.tagged() ? u.taggedSource() : null, u);
            tuv(w, doc == null ? trgLang : doc.targetLanguage(), u.target(), u.tagged() ? u.taggedTarget() : null, u);
            w.write("    </tu>\n");
        }
        w.write("  </body>\n</tmx>\n");
        w.flush();
    }

    /** The ids of a unit's segments, space-separated. */
    static String ids(ExportUnit u) {
        StringBuilder b = new StringBuilder();
        for (long id : u.segmentIds()) {
            b.append(b.length() == 0 ? "" : " ").append(id);
        }
        return b.toString();
    }

    private static void date(Writer w, String name, Instant when) throws IOException {
        if (when != null) {
            w.write("\" ");
            w.write(name);
            w.write("=\"");
            w.write(DATE.format(when));
        }
    }

    private static void attr(Writer w, String name, String value) throws IOException {
        if (value != null) {
            w.write("\" ");
            w.write(name);
            w.write("=\"");
            Xml.attr(w, value);
        }
    }

    private static void prop(Writer w, String type, String value) throws IOException {
        if (value == null) {
            return;
        }
        w.write("      <prop type=\"");
        w.write(type);
        w.write("\">");
        Xml.text(w, value);
        w.write("</prop>\n");
    }

    /** A variant; with {@code tagged} (a segment with inline codes) its codes as bpt/ept/ph. */
    private static void tuv(Writer w, String lang, String text, String tagged, ExportUnit u) throws IOException {
        w.write("      <tuv xml:lang=\"");
        Xml.attr(w, lang);
        w.write("\"><seg>");
        if (tagged != null) InlineXml.write(w, tagged, u.codes(), InlineXml.Dialect.TMX);
        else Xml.text(w, text);
        w.write("</seg></tuv>\n");
    }
}
