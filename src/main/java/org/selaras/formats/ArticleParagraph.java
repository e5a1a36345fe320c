package org.selaras.formats;

import org.selaras.tags.InlineCode;

import java.util.List;

/**
 * One translatable block of an article (a paragraph, heading, table cell, footnote) as a filter gave it.
 *
 * @param tagged its text with the inline codes as tags ({@link org.selaras.tags.TaggedText})
 * @param plain  the same without tags: what the segmenter splits
 * @param codes  the inline codes its tags stand for, in order
 */
public record ArticleParagraph(String tagged, String plain, List<InlineCode> codes) {
}
