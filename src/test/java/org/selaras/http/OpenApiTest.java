package org.selaras.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * /q/openapi is a usable reference: every operation has a described tag, a summary, a description naming the roles
 * it allows (as @RolesAllowed and README's API table say), described parameters, and its error statuses as
 * application/problem+json. Each check collects every offender, so one run lists all that is missing.
 */
@QuarkusTest
class OpenApiTest {

    static final Set<String> ROLES = Set.of("admin", "terminologist", "reviewer", "translator");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    static final String PROBLEM = "application/problem+json";
    static final Pattern ROLES_SENTENCE = Pattern.compile("Roles: (.+)$", Pattern.DOTALL);

    JsonNode doc;

    @BeforeEach
    void load() throws IOException {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        doc = new ObjectMapper().readTree(json);
    }

    /** Calls back for every operation: "GET /api/documents/{id}" and its node. */
    void eachOperation(BiConsumer<String, JsonNode> check) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }

    static void noneMissing(List<String> missing, String what) {
        if (!missing.isEmpty()) {
            fail(what + ":\n  " + String.join("\n  ", missing));
        }
    }

    JsonNode operation(String method, String path) {
        JsonNode op = doc.path("paths").path(path).path(method.toLowerCase());
        assertFalse(op.isMissingNode(), method + " " + path + " is not in the document");
        return op;
    }

    /** A response, or a component it refers to ($ref), resolved. */
    JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.isEmpty()) {
            return node;
        }
        String[] parts = ref.substring(2).split("/"); // #/components/<kind>/<name>
        JsonNode target = doc;
        for (String p : parts) {
            target = target.path(p);
        }
        assertFalse(target.isMissingNode(), "dangling " + ref);
        return target;
    }

    JsonNode response(JsonNode op, String status) {
        JsonNode r = op.path("responses").path(status);
        return r.isMissingNode() ? r : resolve(r);
    }

    /** The description of a response: its own (next to a $ref) or the component's. */
    String responseDescription(JsonNode op, String status) {
        String own = op.path("responses").path(status).path("description").asText("");
        return own.isBlank() ? response(op, status).path("description").asText("") : own;
    }

    /** The roles the operation's security requirement names: ["**"] for any logged-in user, null for none. */
    static List<String> scopes(JsonNode op) {
        JsonNode security = op.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        security.get(0).fields().forEachRemaining(s -> s.getValue().forEach(r -> roles.add(r.asText())));
        return roles;
    }

    // ---------------------------------------------------------------- every operation

    @Test
    void everyOperationHasADescribedTagASummaryAndADescription() {
        Map<String, String> tags = new LinkedHashMap<>();
        doc.path("tags").forEach(t -> tags.put(t.path("name").asText(), t.path("description").asText("")));
        List<String> missing = new ArrayList<>();
        eachOperation((name, op) -> {
            if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
                missing.add(name + ": no @Tag on its class");
            }
            op.path("tags").forEach(t -> {
                if (tags.getOrDefault(t.asText(), "").isBlank()) {
                    missing.add(name + ": tag \"" + t.asText() + "\" has no description (add it to the "
                            + "@OpenAPIDefinition in org/selaras/http/package-info.java)");
                }
            });
            if (op.path("summary").asText("").isBlank()) {
                missing.add(name + ": no @Operation summary");
            }
            if (op.path("description").asText("").isBlank()) {
                missing.add(name + ": no @Operation description");
            }
        });
        noneMissing(missing, "Operations without tag, summary or description");
    }

    @Test
    void everyParameterIsDescribed() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, op) -> {
            Set<String> pathParams = new TreeSet<>();
            op.path("parameters").forEach(p -> {
                JsonNode param = resolve(p);
                if (param.path("in").asText().equals("path")) {
                    pathParams.add(param.path("name").asText());
                }
                if (param.path("description").asText("").isBlank()) {
                    missing.add(name + ": " + param.path("in").asText() + " parameter \"" + param.path("name").asText()
                            + "\" has no @Parameter description");
                }
            });
            Matcher m = Pattern.compile("\\{([^}/]+)}").matcher(name);
            while (m.find()) {
                if (!pathParams.contains(m.group(1))) {
                    missing.add(name + ": path parameter \"" + m.group(1) + "\" is not declared");
                }
            }
        });
        noneMissing(missing, "Parameters without a description");
    }

    @Test
    void descriptionsNameTheRolesThatSecurityAllows() {
        List<String> wrong = new ArrayList<>();
        eachOperation((name, op) -> {
            List<String> allowed = scopes(op);
            Matcher m = ROLES_SENTENCE.matcher(op.path("description").asText(""));
            if (!m.find()) {
                wrong.add(name + ": the description does not end with \"Roles: …\"");
                return;
            }
            String said = m.group(1);
            Set<String> named = new TreeSet<>();
            for (String word : said.split("[^a-z*-]+")) {
                if (ROLES.contains(word)) {
                    named.add(word);
                }
            }
            if (allowed == null) {
                if (!said.startsWith("none") || !named.isEmpty()) {
                    wrong.add(name + ": needs no login, but its description says \"Roles: " + said + "\"");
                }
            } else if (allowed.equals(List.of("**"))) {
                if (!said.startsWith("any logged-in user") || !named.isEmpty()) {
                    wrong.add(name + ": open to any logged-in user, but its description says \"Roles: " + said + "\"");
                }
            } else if (!named.equals(new TreeSet<>(allowed))) {
                wrong.add(name + ": @RolesAllowed " + new TreeSet<>(allowed) + ", its description names " + named);
            }
        });
        noneMissing(wrong, "Descriptions whose roles differ from @RolesAllowed");
    }

    @Test
    void statusesMatchTheSecurityOfEachOperation() {
        List<String> wrong = new ArrayList<>();
        eachOperation((name, op) -> {
            List<String> allowed = scopes(op);
            boolean has401 = op.path("responses").has("401");
            boolean has403 = op.path("responses").has("403");
            if (allowed == null && (has401 || has403)) {
                wrong.add(name + ": needs no login, yet documents 401/403");
            }
            if (allowed != null && !has401) {
                wrong.add(name + ": needs a login, but documents no 401");
            }
            if (allowed != null && !allowed.equals(List.of("**")) && !has403) {
                wrong.add(name + ": needs one of the roles " + allowed + ", but documents no 403");
            }
            if (allowed != null && allowed.equals(List.of("**")) && has403) {
                wrong.add(name + ": open to any logged-in user, yet documents 403");
            }
        });
        noneMissing(wrong, "401/403 responses that do not match @RolesAllowed");
    }

    @Test
    void everyResponseIsDescribedAndEveryErrorIsAProblem() {
        List<String> wrong = new ArrayList<>();
        eachOperation((name, op) -> {
            List<String> successes = new ArrayList<>();
            op.path("responses").fieldNames().forEachRemaining(status -> {
                String description = responseDescription(op, status);
                if (description.isBlank() || description.equals("OK")) {
                    wrong.add(name + " → " + status + ": no description of its own");
                }
                if (status.startsWith("2")) {
                    successes.add(status);
                    return;
                }
                JsonNode schema = response(op, status).path("content").path(PROBLEM).path("schema");
                if (schema.isMissingNode()) {
                    wrong.add(name + " → " + status + ": not documented as " + PROBLEM);
                    return;
                }
                JsonNode properties = resolve(schema).path("properties");
                for (String member : List.of("type", "title", "status", "detail", "instance")) {
                    if (!properties.has(member)) {
                        wrong.add(name + " → " + status + ": its problem schema lacks \"" + member + "\"");
                    }
                }
            });
            if (successes.size() != 1) {
                wrong.add(name + ": documents " + successes + " as success; Selaras answers exactly one 2xx");
            }
            boolean typedQuery = false;
            for (JsonNode p : op.path("parameters")) {
                JsonNode param = resolve(p);
                String type = param.path("schema").path("type").asText("");
                typedQuery |= param.path("in").asText().equals("query") && (type.equals("integer") || type.equals("number"));
            }
            if ((op.has("requestBody") || typedQuery) && !op.path("responses").has("400")) {
                wrong.add(name + ": takes a body or a numeric query parameter, but documents no 400");
            }
        });
        noneMissing(wrong, "Responses that are not described, or errors that are not problem+json");
    }

    @Test
    void onlyTheApiIsDocumented() {
        List<String> pages = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(p -> {
            if (!p.startsWith("/api/")) {
                pages.add(p);
            }
        });
        noneMissing(pages, "HTML pages in the API document (list their class in mp.openapi.scan.exclude.classes)");
    }

    @Test
    void schemaNamesAreDistinct() {
        List<String> numbered = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(n -> {
            if (n.matches(".*\\d")) {
                numbered.add(n + " (two classes share a simple name: give one @Schema(name = …))");
            }
        });
        noneMissing(numbered, "Schemas named with a number");
    }

    // ---------------------------------------------------------------- README

    /** README's API table: every endpoint it lists exists, with the roles it says. */
    @Test
    void readmeApiTableMatchesTheDocument() throws IOException {
        Pattern row = Pattern.compile("^\\| (.+?) \\| (.+?) \\| .* \\|$");
        Pattern endpoint = Pattern.compile("`(GET|PUT|POST|DELETE) (/api/[^`?]*)[^`]*`");
        List<String> wrong = new ArrayList<>();
        int endpoints = 0;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher r = row.matcher(line);
            if (!r.matches()) {
                continue;
            }
            String roles = r.group(2).trim();
            Matcher e = endpoint.matcher(r.group(1));
            while (e.find()) {
                endpoints++;
                String name = e.group(1) + " " + e.group(2);
                JsonNode op = doc.path("paths").path(e.group(2)).path(e.group(1).toLowerCase());
                if (op.isMissingNode()) {
                    wrong.add(name + ": in README, not in the document");
                    continue;
                }
                List<String> allowed = scopes(op);
                Set<String> named = new TreeSet<>();
                for (String word : roles.split("[^a-z]+")) {
                    if (ROLES.contains(word)) {
                        named.add(word);
                    }
                }
                boolean same = allowed == null ? roles.startsWith("none")
                        : allowed.equals(List.of("**")) ? roles.equals("any")
                        : named.equals(new TreeSet<>(allowed));
                if (!same) {
                    wrong.add(name + ": README says \"" + roles + "\", @RolesAllowed " + allowed);
                }
            }
        }
        assertTrue(endpoints > 30, "README's API table was not found (" + endpoints + " endpoints read)");
        noneMissing(wrong, "README's API table and the API disagree");
    }

    // ---------------------------------------------------------------- concrete ones

    @Test
    void aStaleSaveDocuments409WithTheCurrentTranslation() {
        JsonNode save = operation("PUT", "/api/segments/{id}/translation");
        JsonNode schema = resolve(response(save, "409").path("content").path(PROBLEM).path("schema"));
        assertTrue(schema.path("properties").has("current"), "409 names \"current\": " + schema);
        assertTrue(schema.path("required").toString().contains("current"), schema.toString());
        for (String status : List.of("200", "400", "401", "403", "404", "409", "422")) {
            assertTrue(save.path("responses").has(status), "PUT translation documents " + status);
        }
        assertTrue(response(save, "422").path("content").path(PROBLEM).path("schema").path("$ref").asText()
                .endsWith("/GlossaryProblem"));
    }

    @Test
    void anImportDocuments201And413() {
        JsonNode imp = operation("POST", "/api/documents");
        assertTrue(imp.path("responses").path("201").path("headers").has("Location"));
        JsonNode tooLarge = response(imp, "413");
        assertTrue(tooLarge.path("content").has(PROBLEM), tooLarge.toString());
        assertTrue(tooLarge.path("description").asText().contains("selaras.upload.max-size"));
        JsonNode body = imp.path("requestBody").path("content");
        for (String type : List.of("multipart/form-data", "text/plain")) {
            assertTrue(body.has(type), "the import takes " + type + ": " + body);
        }
    }

    @Test
    void anExportDocumentsItsParameters() {
        JsonNode export = operation("GET", "/api/documents/{id}/export");
        Map<String, JsonNode> params = new LinkedHashMap<>();
        export.path("parameters").forEach(p -> params.put(resolve(p).path("name").asText(), resolve(p)));
        assertEquals(Set.of("id", "format", "status", "origin", "since", "untranslated", "cells", "tagged", "rejected"),
                params.keySet());
        assertTrue(params.get("rejected").path("description").asText().contains("rejected translations too"));
        assertTrue(params.get("tagged").path("description").asText().contains("targetTagged"), params.get("tagged").toString());
        JsonNode format = params.get("format");
        for (String f : List.of("tmx", "json", "jsonl", "tsv", "xliff", "xliff12")) {
            assertTrue(format.path("description").asText().contains(f), "format names " + f);
            assertTrue(format.path("schema").path("enum").toString().contains("\"" + f + "\""), format.toString());
        }
        assertEquals("tmx", format.path("schema").path("default").asText());
        assertEquals("string", format.path("schema").path("type").asText(), format.toString());
        assertTrue(params.get("status").path("description").asText().contains("approved"));
        // the opt-out of formula neutralising says what it costs
        JsonNode cells = params.get("cells");
        assertEquals("neutralised", cells.path("schema").path("default").asText(), cells.toString());
        assertTrue(cells.path("schema").path("enum").toString().contains("\"raw\""), cells.toString());
        assertTrue(cells.path("description").asText().contains("WARNING"), cells.toString());
        assertTrue(export.path("responses").path("200").path("content").has("application/x-tmx+xml"));
    }

    @Test
    void segmentationNeedsNoLoginAndLookupDescribesMin() {
        JsonNode segment = operation("POST", "/api/segment");
        assertTrue(scopes(segment) == null, "POST /api/segment needs no login");
        JsonNode lookup = operation("GET", "/api/memory/lookup");
        Iterator<JsonNode> it = lookup.path("parameters").elements();
        String min = "";
        while (it.hasNext()) {
            JsonNode p = resolve(it.next());
            if (p.path("name").asText().equals("min")) {
                min = p.path("description").asText();
            }
        }
        assertTrue(min.contains("0–100"), "min: " + min);
    }

    @Test
    void theDocumentSaysWhatItIs() {
        assertFalse(doc.path("info").path("description").asText("").isBlank());
        assertFalse(doc.path("info").path("version").asText("").isBlank());
        JsonNode unauthorized = doc.path("components").path("responses").path("Unauthorized");
        assertTrue(unauthorized.path("headers").has("WWW-Authenticate"));
        assertEquals("#/components/schemas/Problem",
                unauthorized.path("content").path(PROBLEM).path("schema").path("$ref").asText());
    }
}
