package org.selaras.tags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** A segment's inline codes in their stored form, JSON: {@code [{"id":1,"kind":"OPEN","type":"bold","data":"<b>"}]}. */
public final class InlineCodes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<InlineCode>> LIST = new TypeReference<>() { };

    private InlineCodes() {
    }

    public static String toJson(List<InlineCode> codes) {
        try {
            return JSON.writeValueAsString(codes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The codes of a stored JSON list; null or blank: none. */
    public static List<InlineCode> fromJson(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inline codes do not parse: " + e.getOriginalMessage(), e);
        }
    }

    /** The codes whose tags occur in {@code tagged}, in the order they occur there. */
    public static List<InlineCode> in(String tagged, List<InlineCode> codes) {
        return TaggedText.tags(tagged).stream()
                .flatMap(t -> codes.stream().filter(c -> c.id() == t.id() && c.kind() == t.kind()).limit(1))
                .toList();
    }
}
