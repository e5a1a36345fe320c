package org.selaras.memory.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.selaras.error.Invalid;
import org.selaras.memory.UnitIndex;
import org.selaras.memory.WordDiff;
import org.selaras.tags.TagFit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Fuzzy lookup and concordance search in the translation memory (any logged-in user). */
@Path("/api/memory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
@Tag(name = "Memory")
public class MemoryResource {

    public static final int MAX_QUERY = 5000;

    /**
     * A fuzzy match. {@code score} is the adjusted score (OmegaT's token formula minus penalties),
     * {@code raw} the formula alone; {@code kind} is exact (same text, same context), 100 or fuzzy;
     * {@code diff} compares the looked-up text (del) with the match's source (ins). {@code insert} is the target
     * as it goes into the looked-up segment: with that segment's tags when it has any, without tags otherwise.
     */
    public record MatchView(long id, String source, String target, int score, int raw, String kind,
                            List<String> flags, String origin, Long document, Long segment, Instant updated,
                            List<WordDiff.Op> diff, String note, String insert) {
        static MatchView of(UnitIndex.Match m, String text, String segmentTagged) {
            UnitIndex.Unit u = m.unit();
            return new MatchView(u.id(), u.source(), u.target(), m.score().adjusted(), m.score().raw(),
                    m.score().kind().id(), m.score().flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT))
                    .sorted().toList(), u.origin(), u.documentId(), u.segmentId(),
                    Instant.ofEpochMilli(u.updatedMillis()), WordDiff.diff(text, u.source()), u.note(),
                    TagFit.fit(u.target(), segmentTagged));
        }
    }

    /** A concordance hit; highlights are [start, end) character offsets of the phrase. */
    public record OccurrenceView(long id, String source, String target, String origin, Long document,
                                 Instant updated, List<int[]> sourceHighlights, List<int[]> targetHighlights) {
        static OccurrenceView of(UnitIndex.Occurrence o) {
            UnitIndex.Unit u = o.unit();
            return new OccurrenceView(u.id(), u.source(), u.target(), u.origin(), u.documentId(),
                    Instant.ofEpochMilli(u.updatedMillis()), o.sourceRanges(), o.targetRanges());
        }
    }

    private final MemoryService memory;

    public MemoryResource(MemoryService memory) {
        this.memory = memory;
    }

    @GET
    @Path("lookup")
    @Operation(summary = "Fuzzy matches for a text",
            description = "Memory units whose source is like the text, best first: {id, source, target, score, raw, "
                    + "kind, flags, origin, document, segment, updated, diff, note}; note is what another tool wrote "
                    + "about an imported unit (TMX notes and props, one a line) or null; insert is the target as it goes into "
                    + "the segment given: its tags renumbered onto the segment's (a formatted article's {1}…{/1}), tags the "
                    + "match lacks placed where their words are, no tags for a segment without them. A pair is shown once. raw is OmegaT's token score, score "
                    + "the same less penalties (a difference in case only costs 1); flags name differences in case, "
                    + "punctuation or numbers; kind is exact (same text and context), 100 or fuzzy; diff compares "
                    + "the text (del) with the match's source (ins). Roles: any logged-in user.")
    @Parameter(name = "text", in = ParameterIn.QUERY, required = true, description = "The Indonesian text to look "
            + "up (at most 5000 characters)")
    @Parameter(name = "min", in = ParameterIn.QUERY, description = "Lowest fuzzy score, 0–100 (default 70)")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "At most this many matches, 1–50 (default 5)")
    @Parameter(name = "segment", in = ParameterIn.QUERY, description = "Id of the segment the text is from: its "
            + "neighbours give the context for exact matches, and its own unit is left out")
    @APIResponse(responseCode = "200", description = "The matches, best first")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No text or a text too long, min or limit "
            + "out of range or not a number")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<MatchView> lookup(@RestQuery String text, @RestQuery Integer min, @RestQuery Integer limit,
                                  @RestQuery Long segment) {
        String t = required(text, "text");
        int m = min == null ? 70 : min;
        int l = limit == null ? 5 : limit;
        if (m < 0 || m > 100) {
            throw new Invalid("min is a score from 0 to 100.");
        }
        if (l < 1 || l > 50) {
            throw new Invalid("limit is from 1 to 50.");
        }
        // scored on the text alone; what is inserted carries the segment's own tags
        String tagged = segment == null ? null : memory.taggedSource(segment);
        return memory.lookup(t, m, l, segment).stream().map(x -> MatchView.of(x, t, tagged)).toList();
    }

    @GET
    @Path("search")
    @Operation(summary = "Concordance search",
            description = "Memory units whose source and/or target contain the phrase (its words in order; case and "
                    + "punctuation ignored), with sourceHighlights / targetHighlights as [start, end) character "
                    + "offsets. Roles: any logged-in user.")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "The phrase (at most 5000 "
            + "characters)")
    @Parameter(name = "side", in = ParameterIn.QUERY, description = "Where to look: source, target or both "
            + "(default)", schema = @Schema(type = SchemaType.STRING, enumeration = {"source", "target", "both"},
            defaultValue = "both"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "At most this many units, 1–200 (default 20)")
    @APIResponse(responseCode = "200", description = "The units found")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No phrase or one too long, an unknown side, "
            + "limit out of range or not a number")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<OccurrenceView> search(@RestQuery String q, @RestQuery String side, @RestQuery Integer limit) {
        String phrase = required(q, "q");
        UnitIndex.Side s;
        try {
            s = side == null || side.isBlank() ? UnitIndex.Side.BOTH
                    : UnitIndex.Side.valueOf(side.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("side is source, target or both.");
        }
        int l = limit == null ? 20 : limit;
        if (l < 1 || l > 200) {
            throw new Invalid("limit is from 1 to 200.");
        }
        return memory.search(phrase, s, l).stream().map(OccurrenceView::of).toList();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new Invalid("Give " + name + ".");
        }
        if (value.length() > MAX_QUERY) {
            throw new Invalid(name + " has at most " + MAX_QUERY + " characters.");
        }
        return value;
    }
}
