package org.selaras.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.Collection;

/** Says in a person's words why a JSON body could not be read: where it broke, or which field has what type. */
final class JsonProblems {

    private JsonProblems() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof WellFormedStrings.IllFormed bad) {
            String field = field(bad);
            return (field.isEmpty() ? "The body" : "\"" + field + "\"") + " is not well-formed Unicode: it holds a "
                    + "lone surrogate (half of a UTF-16 pair) at character " + bad.index + ". Send the text as UTF-8.";
        }
        if (e instanceof MismatchedInputException m) {
            return mismatch(m);
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof JsonProcessingException inner) {
            return describe(inner);
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String why = e instanceof JsonParseException && e.getOriginalMessage() != null
                ? ": " + firstLine(e.getOriginalMessage()) : "";
        return "The body is not valid JSON" + where + why + ".";
    }

    private static String mismatch(MismatchedInputException e) {
        String field = field(e);
        String expected = expected(e.getTargetType());
        String got = got(e);
        if (field.isEmpty()) {
            return "The body must be " + expected + (got.isEmpty() ? "" : "; got " + got) + ".";
        }
        return "\"" + field + "\" must be " + expected + (got.isEmpty() ? "" : "; got " + got) + ".";
    }

    /** The JSON path of the field, e.g. beads[2].source; empty for the body itself. */
    private static String field(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) return "of another type";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) return "a whole number";
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class || type == Character.class || type == char.class) return "a string";
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "a list";
        return "a JSON object";
    }

    private static String got(MismatchedInputException e) {
        if (e instanceof InvalidFormatException f && f.getValue() != null) {
            return f.getValue() instanceof String s ? "\"" + shorten(s) + "\"" : String.valueOf(f.getValue());
        }
        if (!(e.getProcessor() instanceof JsonParser p)) return "";
        JsonToken t = p.currentToken();
        if (t == null) return "";
        return switch (t) {
            case START_ARRAY, END_ARRAY -> "a list";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case VALUE_STRING -> text(p, true);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> text(p, false);
            case VALUE_NULL -> "null";
            default -> "";
        };
    }

    private static String text(JsonParser p, boolean quoted) {
        try {
            String s = shorten(p.getText());
            return quoted ? "\"" + s + "\"" : s;
        } catch (java.io.IOException ignored) {
            return "";
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
