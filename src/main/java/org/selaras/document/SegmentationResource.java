package org.selaras.document;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.selaras.error.Invalid;
import org.selaras.segment.SegmentSpan;
import org.selaras.segment.Segmenter;

import java.util.List;

/** Segments text without storing it. Open to everyone (it stores nothing); the size limit of imports applies. */
@Path("/api/segment")
@Tag(name = "Segmentation")
public class SegmentationResource {

    @Schema(name = "Segmentation")
    public record Result(List<SegmentSpan> segments) {
    }

    @POST
    @PermitAll
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split text into sentence segments",
            description = "Splits UTF-8 text (each line a paragraph) with the SRX rules of the language and stores "
                    + "nothing: {\"segments\": [{paragraph, start, end, text}]}, offsets in UTF-16 code units within "
                    + "the paragraph. Same size limit as imports. Roles: none (no login needed).")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of the text: id (Indonesian, the "
            + "default) or en (English)", schema = @Schema(type = SchemaType.STRING, enumeration = {"id", "en"},
            defaultValue = "id"))
    @RequestBody(description = "The UTF-8 text")
    @APIResponse(responseCode = "200", description = "The segments in text order")
    @APIResponse(responseCode = "400", ref = "BadRequest",
            description = "Unknown language, invalid UTF-8 or binary content")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Result segment(@QueryParam("lang") @DefaultValue("id") String lang, byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        Segmenter segmenter;
        try {
            segmenter = Segmenter.forLanguage(lang);
        } catch (IllegalArgumentException e) {
            throw new Invalid("Unknown language \"" + lang + "\"; use id or en.");
        }
        try {
            return new Result(segmenter.segmentText(TextDecoder.decode(bytes)));
        } catch (TextDecoder.NotTextException e) {
            throw new Invalid(e.getMessage());
        }
    }
}
