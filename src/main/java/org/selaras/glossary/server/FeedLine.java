package org.selaras.glossary.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One glossary change as the change feed shows it to a terminologist: the term (not "entry 51"), what changed
 * field by field (before → after), and the time both machine-readable (for the browser's local time) and readable
 * without JavaScript.
 */
public record FeedLine(long entryId, String action, String author, String iso, String when, String term,
                       List<FieldChange> fields) {

    /** One field that differs between the entry before and after the change. */
    public record FieldChange(String field, String before, String after) {
    }

    /** The fields of an entry, in the order the entry page shows them, with their labels. */
    private static final String[][] FIELDS = {
            {"source", "Indonesian"}, {"target", "English"}, {"variants", "Also allowed"}, {"forbidden", "Forbidden"},
            {"kind", "Kind"}, {"status", "Status"}, {"caseSensitive", "Case-sensitive"}, {"note", "Note"}};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static FeedLine of(ChangeView c) {
        JsonNode before = read(c.before());
        JsonNode after = read(c.after());
        JsonNode shown = after.isMissingNode() || after.isNull() ? before : after;
        String term = text(shown.path("source")) + " → " + text(shown.path("target"));
        List<FieldChange> fields = new ArrayList<>();
        for (String[] f : FIELDS) {
            String b = text(before.path(f[0]));
            String a = text(after.path(f[0]));
            if (!b.equals(a)) {
                fields.add(new FieldChange(f[1], b, a));
            }
        }
        Instant at = c.created();
        return new FeedLine(c.entryId(), c.action(), c.author(), at == null ? "" : at.toString(),
                at == null ? "" : READABLE.format(at), term, fields);
    }

    private static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.missingNode();
        }
    }

    /** A field as text: lists joined with "; ", absent as "". */
    private static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return "";
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(v -> parts.add(v.asText()));
            return String.join("; ", parts);
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? "yes" : "no";
        }
        return n.asText();
    }
}
