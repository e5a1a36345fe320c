package org.selaras.exchange;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Okapi's XLIFF filter (okapi-filter-xliff 1.48.0), the reader of Rainbow and many pipelines, reads our XLIFF 1.2. */
class Xliff12OkapiTest {

    record Read(String source, String target, String approved) {
    }

    static List<Read> readWithOkapi(byte[] xliff) {
        LocaleId en = LocaleId.fromString("en");
        List<Read> out = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter();
             RawDocument doc = new RawDocument(new ByteArrayInputStream(xliff), "UTF-8", LocaleId.fromString("id"), en)) {
            filter.open(doc);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    TextContainer target = tu.getTarget(en);
                    Property approved = tu.getTargetProperty(en, Property.APPROVED);
                    out.add(new Read(tu.getSource().toString(), target == null ? null : target.toString(),
                            approved == null ? null : approved.getValue()));
                }
            }
        }
        return out;
    }

    @Test
    void okapiReadsSourcesTargetsAndApproval() throws Exception {
        List<Read> units = readWithOkapi(XliffShapesTest.xliff12(Samples.documents(), Samples.units()));
        assertEquals(5, units.size(), units.toString());
        assertEquals(new Read("Tentara Korea Utara baru-baru ini ditempatkan di Rusia.",
                "North Korean troops have recently been deployed to Russia.", "yes"), units.get(0));
        assertEquals("Harga naik menjadi Rp 13.500 pada pukul 09.00.", units.get(1).source());
        assertEquals(null, units.get(1).target());
        assertEquals(Samples.NASTY_CLEAN, units.get(2).source());
        assertEquals(Samples.NASTY_CLEAN, units.get(2).target());
        assertEquals(new Read("Dia pergi.", "She left.", null), units.get(3));
    }
}
