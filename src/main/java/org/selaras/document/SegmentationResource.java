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
import org.selaras.error.Invalid;
import org.selaras.segment.SegmentSpan;
import org.selaras.segment.Segmenter;

import java.util.List;

/** Segments text without storing it. Open to everyone (it stores nothing); the size limit of imports applies. */
@Path("/api/segment")
public class SegmentationResource {

    public record Result(List<SegmentSpan> segments) {
    }

    @POST
    @PermitAll
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split UTF-8 text into sentence segments (lang=id|en); each line is a paragraph")
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
