package org.selaras.exchange.server;

import org.selaras.error.Invalid;
import org.selaras.translation.Origin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which translations an export takes: minimum status, origins, changed since; and whether
 * segments without such a translation are kept with an empty target.
 *
 * @param status   any (every translation but rejected ones), translated (translated or approved), approved
 * @param origins  empty for all; "mt" stands for every mt:&lt;engine&gt;
 * @param rejected with status any, rejected translations too (a reviewer said they are wrong: only when asked)
 */
public record ExportFilter(String status, List<String> origins, Instant since, boolean untranslated, boolean rejected) {

    public static final List<String> STATUSES = List.of("any", "translated", "approved");

    /** The same filter with or without the segments it leaves out (formats that hold no empty targets). */
    public ExportFilter keepingUntranslated(boolean keep) {
        return new ExportFilter(status, origins, since, keep, rejected);
    }

    /** Parses the query parameters; a bad one is a 400 that says what is accepted. */
    public static ExportFilter parse(String status, String origin, String since, boolean untranslated,
                                     boolean rejected) {
        String st = status == null || status.isBlank() ? "any" : status.trim().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(st)) {
            throw new Invalid("Unknown status \"" + status + "\"; use any, translated or approved.");
        }
        List<String> origins = new ArrayList<>();
        if (origin != null && !origin.isBlank()) {
            for (String o : origin.split(",")) {
                String id = o.trim().toLowerCase(Locale.ROOT);
                if (id.isEmpty() || id.equals("any")) {
                    continue;
                }
                if (!id.equals("mt") && !Origin.isValid(id)) {
                    throw new Invalid("Unknown origin \"" + o.trim()
                            + "\"; use human, mt (any engine), mt:<engine>, tm, aligned or imported.");
                }
                if (!origins.contains(id)) {
                    origins.add(id);
                }
            }
        }
        return new ExportFilter(st, List.copyOf(origins), parseSince(since), untranslated, rejected);
    }

    static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        String s = since.trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid("\"since\" must be an ISO date (2025-01-31, midnight UTC) or date-time "
                    + "(2025-01-31T08:00:00Z); got \"" + since + "\".");
        }
    }
}
