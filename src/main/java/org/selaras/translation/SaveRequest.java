package org.selaras.translation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A save from the editor or a script. {@code version} is the version the client edited
 * (0 for a segment not translated yet); origin defaults to human. {@code override} is a
 * reviewer's reason for approving despite glossary errors. The constraints are checked at the edge;
 * what needs the caller's roles or the stored translation is checked by {@link TranslationService#save}.
 */
public record SaveRequest(
        @Size(max = TranslationService.MAX_TEXT, message = "a translation has at most {max} characters")
        String text,
        @NotNull(message = "give a status: draft, translated, approved or rejected")
        @Pattern(regexp = Status.PATTERN, message = "unknown status; use draft, translated, approved or rejected")
        String status,
        @NotNull(message = "give the version you edited (0 for a segment not translated yet)")
        @PositiveOrZero(message = "give the version you edited (0 for a segment not translated yet)")
        Integer version,
        @Size(max = TranslationService.MAX_COMMENT, message = "a comment has at most {max} characters")
        String comment,
        @Pattern(regexp = "\\s*(" + Origin.PATTERN + ")?\\s*",
                message = "unknown origin; use human, mt:<engine>, tm, aligned or imported")
        String origin,
        @Size(max = TranslationService.MAX_COMMENT, message = "an override reason has at most {max} characters")
        String override) {

    public SaveRequest(String text, String status, Integer version, String comment, String origin) {
        this(text, status, version, comment, origin, null);
    }
}
