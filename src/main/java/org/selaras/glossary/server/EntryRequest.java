package org.selaras.glossary.server;

import java.util.List;

/**
 * An entry to create or update. kind: person|title|organisation|place|event|other; status:
 * preferred|admitted|deprecated; caseSensitive null = the default rule (short all-capitals terms);
 * version: the version edited (updates and deletes).
 */
public record EntryRequest(String source, String target, List<String> variants, List<String> forbidden, String kind,
                           Boolean caseSensitive, String status, String note, Integer version) {
}
