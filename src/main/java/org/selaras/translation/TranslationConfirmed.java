package org.selaras.translation;

import org.selaras.document.Segment;

/**
 * Fired synchronously inside the save's transaction when a translation is saved as translated or
 * approved; the memory observes it, so no confirmed save commits without its memory unit and
 * translation need not know the memory.
 */
public record TranslationConfirmed(Segment segment, Translation translation) {
}
