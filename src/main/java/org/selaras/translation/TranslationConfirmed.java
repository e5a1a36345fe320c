package org.selaras.translation;

import org.selaras.document.Segment;

/**
 * Fired synchronously inside the save's transaction when a translation is saved as translated or
 * approved; the memory observes it, so no confirmed save commits without its memory unit and
 * translation need not know the memory. {@code source} is the text the translation answers: the segment's,
 * or the joined source of the group that starts at it.
 */
public record TranslationConfirmed(Segment segment, String source, Translation translation) {
}
