/**
 * The HTTP edge: problem details, uploads, CSRF, the viewer. This file also holds what every resource of the
 * OpenAPI document (/q/openapi) shares: the capability tags with their descriptions, the problem+json schemas
 * and the reusable error responses. Resources refer to them by name ({@code @Tag(name = "Glossary")},
 * {@code @APIResponse(responseCode = "401", ref = "Unauthorized")}, {@code @Schema(ref = "Problem")}), so no
 * resource imports this package for its documentation.
 */
@OpenAPIDefinition(
        // title, version and description: quarkus.smallrye-openapi.info-* in application.properties
        info = @Info(title = "Selaras API", version = "0"),
        tags = {
                @Tag(name = "Documents", description = "Import plain-text documents (each line a paragraph, split into "
                        + "sentence segments), list and delete them, read their segments with translations and "
                        + "their progress."),
                @Tag(name = "Segmentation", description = "Split text into sentence segments with the SRX rules, "
                        + "storing nothing."),
                @Tag(name = "Translations", description = "One English translation per segment: read, save with "
                        + "optimistic locking (the version edited; a stale one gets 409 with \"current\"), history "
                        + "of every accepted save, restore."),
                @Tag(name = "Glossary", description = "Terms with their preferred English, variants and forbidden "
                        + "forms: read, change (terminologists and admins), change log, TBX/CSV/TSV import and "
                        + "export, terms found in a document, translations that break an entry."),
                @Tag(name = "Terms", description = "Term discovery: names, titles, organisations and places found "
                        + "in the documents, with glossary coverage and suggested English; accept into the glossary "
                        + "or dismiss (terminologists and admins)."),
                @Tag(name = "QA", description = "The quality checks that run on every save (glossary, numbers, "
                        + "brackets, punctuation, …), on demand."),
                @Tag(name = "Memory", description = "The translation memory: fuzzy lookup (OmegaT's token score), "
                        + "concordance search, TMX import into the memory."),
                @Tag(name = "MT", description = "Machine translation engines (Apertium, LibreTranslate, DeepL, "
                        + "OpenAI-compatible) with glossary terms protected: engines, one segment's suggestion, "
                        + "pre-translation of a document as a background job."),
                @Tag(name = "Alignment", description = "Sentence alignment of Indonesian and English texts: "
                        + "stateless, or a document's alignment session (create, edit the beads, commit as "
                        + "translations)."),
                @Tag(name = "Export", description = "A document's or several documents' aligned corpus as TMX, "
                        + "JSON, JSONL, TSV or XLIFF, streamed."),
                @Tag(name = "Import", description = "TMX and XLIFF files into a document's translations, through "
                        + "the editor's conflict-safe save."),
                @Tag(name = "Users", description = "Accounts and their roles (admin, terminologist, reviewer, "
                        + "translator); admins only. Passwords go in, never out.")
        },
        components = @Components(
                schemas = {
                        @Schema(name = "Problem", type = SchemaType.OBJECT, description = "An error (RFC 9457 problem "
                                + "details), sent as application/problem+json. Some errors add members, named in "
                                + "the response's description.",
                                requiredProperties = {"type", "title", "status"},
                                additionalProperties = Schema.True.class,
                                properties = {
                                        @SchemaProperty(name = "type", type = SchemaType.STRING,
                                                description = "Always about:blank: the status says what kind of error",
                                                examples = "about:blank"),
                                        @SchemaProperty(name = "title", type = SchemaType.STRING,
                                                description = "The HTTP reason phrase", examples = "Not Found"),
                                        @SchemaProperty(name = "status", type = SchemaType.INTEGER, format = "int32",
                                                description = "The HTTP status", examples = "404"),
                                        @SchemaProperty(name = "detail", type = SchemaType.STRING,
                                                description = "What went wrong, in words a person can act on",
                                                examples = "There is no document 42."),
                                        @SchemaProperty(name = "instance", type = SchemaType.STRING,
                                                description = "The path of the request",
                                                examples = "/api/documents/42")
                                }),
                        @Schema(name = "ConflictProblem", type = SchemaType.OBJECT, description = "A stale version "
                                + "(409): someone saved since the client read. \"current\" is what won; show it, "
                                + "then send the edit again with current.version.",
                                requiredProperties = {"type", "title", "status", "current"},
                                properties = {
                                        @SchemaProperty(name = "type", type = SchemaType.STRING, examples = "about:blank"),
                                        @SchemaProperty(name = "title", type = SchemaType.STRING, examples = "Conflict"),
                                        @SchemaProperty(name = "status", type = SchemaType.INTEGER, format = "int32",
                                                examples = "409"),
                                        @SchemaProperty(name = "detail", type = SchemaType.STRING, examples = "Segment 7 "
                                                + "was saved by rudi since you opened it (you edited version 2, it "
                                                + "is now at version 3)."),
                                        @SchemaProperty(name = "instance", type = SchemaType.STRING),
                                        @SchemaProperty(name = "current", type = SchemaType.OBJECT, description = "The "
                                                + "current state, as the operation's 200 answer shows it (null when "
                                                + "there is none yet)")
                                }),
                        @Schema(name = "GlossaryProblem", type = SchemaType.OBJECT, description = "An approval "
                                + "refused (422) because the translation breaks the glossary; a reviewer may approve "
                                + "it anyway with a reason in \"override\".",
                                requiredProperties = {"type", "title", "status", "issues"},
                                properties = {
                                        @SchemaProperty(name = "type", type = SchemaType.STRING, examples = "about:blank"),
                                        @SchemaProperty(name = "title", type = SchemaType.STRING,
                                                examples = "Unprocessable Content"),
                                        @SchemaProperty(name = "status", type = SchemaType.INTEGER, format = "int32",
                                                examples = "422"),
                                        @SchemaProperty(name = "detail", type = SchemaType.STRING),
                                        @SchemaProperty(name = "instance", type = SchemaType.STRING),
                                        @SchemaProperty(name = "issues", type = SchemaType.ARRAY, description = "The "
                                                + "blocking glossary issues: {check, severity, message, term, "
                                                + "expected, found, start, end, side}")
                                }),
                        @Schema(name = "RejectedRowsProblem", type = SchemaType.OBJECT, description = "A glossary "
                                + "import refused (400); when rows are wrong, \"rejected\" lists every one. "
                                + "Nothing was stored.",
                                requiredProperties = {"type", "title", "status"},
                                properties = {
                                        @SchemaProperty(name = "type", type = SchemaType.STRING, examples = "about:blank"),
                                        @SchemaProperty(name = "title", type = SchemaType.STRING, examples = "Bad Request"),
                                        @SchemaProperty(name = "status", type = SchemaType.INTEGER, format = "int32",
                                                examples = "400"),
                                        @SchemaProperty(name = "detail", type = SchemaType.STRING),
                                        @SchemaProperty(name = "instance", type = SchemaType.STRING),
                                        @SchemaProperty(name = "rejected", type = SchemaType.ARRAY,
                                                description = "Every wrong row: {line, message}")
                                })
                },
                responses = {
                        @APIResponse(name = "Unauthorized", description = "No credentials, or wrong ones: log in with "
                                + "HTTP Basic, an API token (Authorization: Bearer) or the session cookie of the web "
                                + "pages. After too many failed logins the answer is 429 with Retry-After instead; a "
                                + "write with the session cookie from another origin gets 403.",
                                headers = @Header(name = "WWW-Authenticate", description = "Basic realm=\"Selaras\"",
                                        schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Forbidden", description = "The account has none of the roles this "
                                + "operation allows.",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "BadRequest", description = "Invalid input: a missing or malformed body or "
                                + "parameter; \"detail\" says which.",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "NotFound", description = "No such id.",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Conflict", description = "Stale version: \"current\" holds what won.",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "ConflictProblem"))),
                        @APIResponse(name = "TooLarge", description = "The body or file is larger than "
                                + "selaras.upload.max-size (20 MB by default); nothing was stored.",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "NoEngine", description = "No configured machine translation engine "
                                + "translates the document's languages (or none is configured), or the engine asked "
                                + "for does not.",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "EngineFailed", description = "The engine failed or answered nonsense "
                                + "(after the configured retries).",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "EngineUnavailable", description = "The engine failed several times in a "
                                + "row; Selaras waits (selaras.mt.circuit-delay) before asking it again.",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Busy", description = "Not finished in time: an import ran past "
                                + "selaras.import.timeout, or other work (an import into the same document) held the "
                                + "segments this request needed too long. Nothing was stored; try again after "
                                + "Retry-After seconds.",
                                headers = @Header(name = "Retry-After", description = "Seconds after which trying "
                                        + "again makes sense", schema = @Schema(type = SchemaType.INTEGER)),
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(ref = "Problem")))
                }))
package org.selaras.http;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
