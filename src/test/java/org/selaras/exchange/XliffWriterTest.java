package org.selaras.exchange;

import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class XliffWriterTest {

    static byte[] xliff(List<ExportDocument> docs, List<ExportUnit> units) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XliffWriter().write(docs, units.iterator(), out);
        return out.toByteArray();
    }

    /** The OASIS XLIFF 2.0 core XSD and the Metadata module XSD, as shipped in okapi-lib-xliff2. */
    static Schema schema() throws Exception {
        URL core = Unit.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        URL mda = Unit.class.getResource("/net/sf/okapi/lib/xliff2/modules/metadata.xsd");
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new Source[]{
                new StreamSource(core.openStream(), core.toExternalForm()),
                new StreamSource(mda.openStream(), mda.toExternalForm())});
    }

    public static void validate(byte[] xliff) throws Exception {
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }

    public record Read(String id, String source, String target, String state) {
    }

    public static List<Read> readWithOkapi(byte[] xliff) {
        List<Read> out = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xliff));
            while (reader.hasNext()) {
                Event e = reader.next();
                if (e.isUnit()) {
                    Unit u = e.getUnit();
                    Segment s = u.getSegment(0);
                    out.add(new Read(u.getId(), s.getSource().getPlainText(),
                            s.hasTarget() ? s.getTarget().getPlainText() : null, s.getState().toString()));
                }
            }
        }
        return out;
    }

    @Test
    void validatesAgainstTheXliff20CoreSchema() throws Exception {
        validate(xliff(Samples.documents(), Samples.units()));
        validate(xliff(Samples.documents(), List.of()));
        validate(xliff(List.of(), List.of()));
    }

    @Test
    void okapiReadsItBackWithStates() throws Exception {
        List<Read> units = readWithOkapi(xliff(Samples.documents(), Samples.units()));
        assertEquals(5, units.size());
        assertEquals(new Read("s101", "Tentara Korea Utara baru-baru ini ditempatkan di Rusia.",
                "North Korean troops have recently been deployed to Russia.", "final"), units.get(0));
        assertEquals(new Read("s102", "Harga naik menjadi Rp 13.500 pada pukul 09.00.", "", "initial"), units.get(1));
        assertEquals(new Read("s103", Samples.NASTY_CLEAN, Samples.NASTY_CLEAN, "translated"), units.get(2));
        assertEquals("initial", units.get(3).state(), "draft");
        assertEquals("initial", units.get(4).state(), "rejected");
    }

    @Test
    void oneFilePerDocumentWithMetadataForReimport() throws Exception {
        String xml = new String(xliff(Samples.documents(), Samples.units()), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""), xml);
        assertTrue(xml.contains("version=\"2.0\" srcLang=\"id\" trgLang=\"en\">"), xml);
        assertTrue(xml.contains("<file id=\"d7\" original=\"Korea &lt;Utara&gt; &amp; &quot;Rusia&quot;\">"), xml);
        assertTrue(xml.contains("<file id=\"d9\" original=\"Kedua\">"), xml);
        assertTrue(xml.contains("<mda:meta type=\"status\">approved</mda:meta><mda:meta type=\"origin\">human</mda:meta>"
                + "<mda:meta type=\"version\">2</mda:meta>"), xml);
    }

    @Test
    void theSchemaInTheseTestsCatchesAnInvalidFile() {
        byte[] bad = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"id\"><file id=\"f\"/></xliff>"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXParseException.class, () -> validate(bad));
    }
}
