package org.selaras.desk;

import java.time.Instant;

/**
 * One row of the desk's event table. Kinds: {@code saved} (a translation was stored: segment and version),
 * {@code here} (an editor is in the document, on segment or none; repeated as a heartbeat) and {@code gone} (it left).
 * Other kinds come from {@link org.selaras.translation.DocumentChanged}: {@code joined}, {@code split} (segment: the
 * group's first), {@code imported} (no segment) and {@code comment} (the commented segment).
 * {@code connection} names the editor's socket across instances (instance id and socket id).
 */
public record DeskEvent(long id, long documentId, String kind, Long segmentId, Integer version, String user,
                        String connection, Instant created) {
    public static final String SAVED = "saved";
    public static final String HERE = "here";
    public static final String GONE = "gone";

    public boolean presence() {
        return HERE.equals(kind) || GONE.equals(kind);
    }
}
