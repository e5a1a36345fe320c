package org.selaras.glossary.server;

import jakarta.validation.constraints.NotBlank;

import java.util.List;

/**
 * An entry to create or update. kind: person|title|organisation|place|event|other; status:
 * preferred|admitted|deprecated; caseSensitive null = the default rule (short all-capitals terms);
 * version: the version edited (updates and deletes). Kind, status and the term rules are the glossary's
 * own ({@link GlossaryService}), shared with imported rows.
 */
public record EntryRequest(@NotBlank(message = "give the Indonesian term") String source,
                           @NotBlank(message = "give the English term") String target,
                           List<String> variants, List<String> forbidden, String kind,
                           Boolean caseSensitive, String status, String note, Integer version) {
}
