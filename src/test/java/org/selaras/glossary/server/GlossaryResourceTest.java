package org.selaras.glossary.server;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.error.Conflict;
import org.selaras.error.NotFound;
import org.selaras.exchange.GlossaryImport;
import org.selaras.glossary.GlossaryTerm;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** {@link GlossaryResource} alone, with {@link GlossaryService} mocked. */
@QuarkusTest
class GlossaryResourceTest {

    static final String PROBLEM = "application/problem+json";

    @InjectMock
    GlossaryService glossary;

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType("application/json");
    }

    static GlossaryEntry entry(long id, int version) {
        GlossaryEntry e = new GlossaryEntry();
        e.id = id;
        e.take(new GlossaryTerm(0, "Kota Tua", "Old Town", List.of("Kota Tua"), List.of("Old City"),
                GlossaryTerm.Kind.PLACE, false, GlossaryTerm.Status.PREFERRED, ""));
        e.author = TestAccounts.TERMINOLOGIST;
        e.createdAt = Instant.parse("2025-01-31T08:00:00Z");
        e.updatedAt = e.createdAt;
        e.version = version;
        return e;
    }

    @Test
    void shouldNotGetUnknownEntry() {
        when(glossary.get(404)).thenThrow(new NotFound("There is no glossary entry 404."));
        as(TestAccounts.TRANSLATOR).get("/api/glossary/entries/404").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no glossary entry 404."));
        verify(glossary).get(404);
        verifyNoMoreInteractions(glossary);
    }

    @Test
    void shouldCreateAnEntryAndCountWhatBreaksIt() {
        EntryRequest sent = new EntryRequest("Kota Tua", "Old Town", null, null, "place", null, null, null, null);
        when(glossary.create(sent, TestAccounts.TERMINOLOGIST)).thenReturn(entry(3, 1));
        when(glossary.breaking(3, 0)).thenReturn(new GlossaryService.Breaking(2, List.of()));
        as(TestAccounts.TERMINOLOGIST).body(Map.of("source", "Kota Tua", "target", "Old Town", "kind", "place"))
                .post("/api/glossary/entries").then().statusCode(201)
                .header("Location", endsWith("/api/glossary/entries/3"))
                .body("entry.target", equalTo("Old Town")).body("entry.forbidden", equalTo(List.of("Old City")))
                .body("breaking", equalTo(2));
        verify(glossary).create(sent, TestAccounts.TERMINOLOGIST);
        verify(glossary).breaking(3, 0);
        verifyNoMoreInteractions(glossary);
    }

    @Test
    void shouldMapConflictToProblem() {
        when(glossary.update(eq(3L), any(), eq(TestAccounts.TERMINOLOGIST))).thenThrow(new Conflict(
                "Entry 3 was changed by tari since you opened it.").with("current", EntryView.of(entry(3, 5))));
        as(TestAccounts.TERMINOLOGIST).body(Map.of("source", "Kota Tua", "target", "Old Town", "version", 4))
                .put("/api/glossary/entries/3").then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Entry 3 was changed by tari since you opened it."))
                .body("current.version", equalTo(5));
        verify(glossary).update(eq(3L), any(), eq(TestAccounts.TERMINOLOGIST));
        verifyNoMoreInteractions(glossary);
    }

    @Test
    void shouldRefuseAnEntryWithoutTermsWithoutAskingTheService() {
        as(TestAccounts.TERMINOLOGIST).body(Map.of("kind", "place")).post("/api/glossary/entries").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("source: give the Indonesian term; target: give the English term"));
        verifyNoInteractions(glossary);
    }

    @Test
    void shouldImportNothingAndListTheRejectedRows() {
        byte[] csv = "id,en\nKota,\n".getBytes(StandardCharsets.UTF_8);
        List<GlossaryImport.RowError> rejected = List.of(new GlossaryImport.RowError(2, "empty English term"));
        when(glossary.importFile("csv", csv, List.of(), true, TestAccounts.TERMINOLOGIST)).thenReturn(
                new GlossaryService.ImportReport(false, 0, 0, 0, rejected, List.of(), List.of(), List.of()));
        as(TestAccounts.TERMINOLOGIST).contentType("text/csv").body(csv).post("/api/glossary/import?format=csv")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Nothing imported: 1 rows are wrong; the first: line 2: empty English term."))
                .body("rejected[0].line", equalTo(2));
        verify(glossary).importFile("csv", csv, List.of(), true, TestAccounts.TERMINOLOGIST);
        verifyNoMoreInteractions(glossary);
    }

    @Test
    void shouldPassTheChangeFeedLimit() {
        when(glossary.changes(null, 5)).thenReturn(List.of());
        as(TestAccounts.TRANSLATOR).get("/api/glossary/changes?limit=5").then().statusCode(200);
        as(TestAccounts.TRANSLATOR).get("/api/glossary/changes?limit=five").then().statusCode(400)
                .contentType(PROBLEM).body("detail", equalTo("The query parameter limit must be a whole number; got \"five\"."));
        verify(glossary).changes(null, 5);
        verifyNoMoreInteractions(glossary);
    }
}
