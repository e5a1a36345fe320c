package org.selaras.exchange;

import java.time.Instant;
import java.util.List;

/** Units for the writer tests: ordinary news sentences plus every character that needs care. */
final class Samples {

    /** Characters XML 1.0 forbids (U+0001, U+FFFE, a lone high and a lone low surrogate) among ones it allows. */
    static final String NASTY = "A & B < C > D \"q\" 'a' ]]> \u0001x\uFFFEy\uD800z\uDC00 😀 tab\there\nline\r\nend";
    /** What an XML reader gives back for {@link #NASTY}: the forbidden characters dropped, the rest intact. */
    static final String NASTY_CLEAN = "A & B < C > D \"q\" 'a' ]]> xyz 😀 tab\there\nline\r\nend";

    static final ExportDocument DOC = new ExportDocument(7, "Korea <Utara> & \"Rusia\"", "id", "en");
    static final ExportDocument DOC2 = new ExportDocument(9, "Kedua", "id", "en");
    static final Instant CREATED = Instant.parse("2025-01-02T03:04:05Z");
    static final Instant UPDATED = Instant.parse("2025-02-03T04:05:06.789Z");

    private Samples() {
    }

    static ExportUnit unit(long id, long doc, int index, String source, String target, String status) {
        return new ExportUnit(id, doc, doc == DOC.id() ? DOC.name() : DOC2.name(), 1 + index / 3, index, source,
                target, status, target == null ? null : "human", target == null ? null : "tina",
                target == null ? null : CREATED, target == null ? null : UPDATED, target == null ? 0 : 2);
    }

    /** Three units of {@link #DOC} (one untranslated) and two of {@link #DOC2}. */
    static List<ExportUnit> units() {
        return List.of(
                unit(101, 7, 1, "Tentara Korea Utara baru-baru ini ditempatkan di Rusia.",
                        "North Korean troops have recently been deployed to Russia.", "approved"),
                unit(102, 7, 2, "Harga naik menjadi Rp 13.500 pada pukul 09.00.", null, null),
                unit(103, 7, 3, NASTY, NASTY, "translated"),
                unit(201, 9, 1, "Dia pergi.", "She left.", "draft"),
                unit(202, 9, 2, "Mereka ‘berdiri bersama’ dengan Rusia.", "They ‘stand together’ with Russia.", "rejected"));
    }

    static List<ExportDocument> documents() {
        return List.of(DOC, DOC2);
    }
}
