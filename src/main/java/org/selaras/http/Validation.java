package org.selaras.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.selaras.error.Invalid;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bean Validation at the edge. REST resources validate their bodies with {@code @Valid}; pages, which build the
 * same request records from form fields, call {@link #valid} so that both refuse with the same words.
 */
@ApplicationScoped
public class Validation {

    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    /** The request if it satisfies its constraints; otherwise an {@link Invalid} naming each field. */
    public <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new Invalid(detail(violations));
        }
        return request;
    }

    /** "field: message" for each violation (a message alone where no field is to blame), sorted, "; " between. */
    static String detail(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> {
            String field = field(v.getPropertyPath());
            return field.isEmpty() ? v.getMessage() : field + ": " + v.getMessage();
        }).sorted().collect(Collectors.joining("; "));
    }

    /** The JSON path within the body ("version", "beads[2].source"); the method and its parameter left out. */
    private static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.PARAMETER
                    || n.getKind() == ElementKind.CROSS_PARAMETER || n.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (n.isInIterable()) {
                Object at = n.getIndex() != null ? n.getIndex() : n.getKey();
                sb.append('[').append(at == null ? "" : at).append(']');
            }
            String name = n.getName();
            if (name != null && !name.startsWith("<")) {
                sb.append(sb.isEmpty() ? "" : ".").append(name);
            }
        }
        return sb.toString();
    }
}
