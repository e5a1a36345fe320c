package org.selaras.tags;

/**
 * One piece of formatting inside a segment (bold, italic, a link, a line break, a footnote mark): the translator
 * sees it as a tag and moves it; the original markup comes back in the translated file.
 *
 * @param id   the tag number, shared by the opening and closing tag of a pair
 * @param kind open, close or standalone
 * @param type what it is: bold, italic, link, lb, or the format's own name for it
 * @param data the original markup, such as {@code <a href="…">}, kept for exports and the tag's tooltip
 */
public record InlineCode(int id, Kind kind, String type, String data) {

    public enum Kind { OPEN, CLOSE, STANDALONE }

    /** The tag as it stands in a tagged text: {@code {1}}, {@code {/1}} or {@code {1/}}. */
    public String tag() {
        return switch (kind) {
            case OPEN -> "{" + id + "}";
            case CLOSE -> "{/" + id + "}";
            case STANDALONE -> "{" + id + "/}";
        };
    }
}
