package org.selaras.tags;

/** A tag found in a tagged text, with its place (UTF-16 offsets, end exclusive). */
public record Tag(int id, InlineCode.Kind kind, int start, int end) {

    /** The same tag as text, e.g. {@code {/2}}. */
    public String text() {
        return new InlineCode(id, kind, "", "").tag();
    }
}
