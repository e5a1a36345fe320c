package org.selaras.document;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** {@link DocumentResource} alone, with {@link DocumentService} mocked. */
@QuarkusTest
class DocumentResourceTest {

    static final String PROBLEM = "application/problem+json";

    @InjectMock
    DocumentService documents;

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password);
    }

    static Document document(long id, String name) {
        Document d = new Document();
        d.id = id;
        d.name = name;
        d.sourceLanguage = "id";
        d.targetLanguage = "en";
        d.paragraphCount = 1;
        d.segmentCount = 2;
        d.wordCount = 4;
        d.createdBy = TestAccounts.TRANSLATOR;
        d.createdAt = Instant.parse("2025-01-31T08:00:00Z");
        return d;
    }

    @Test
    void shouldGetADocument() {
        when(documents.get(5)).thenReturn(document(5, "kabar.txt"));
        as(TestAccounts.TERMINOLOGIST).get("/api/documents/5").then().statusCode(200)
                .body("id", equalTo(5)).body("name", equalTo("kabar.txt")).body("segmentCount", equalTo(2));
        verify(documents).get(5);
        verifyNoMoreInteractions(documents);
    }

    @Test
    void shouldNotGetUnknownDocument() {
        when(documents.get(404)).thenThrow(new NotFound("There is no document 404."));
        as(TestAccounts.TRANSLATOR).get("/api/documents/404").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no document 404."));
        verify(documents).get(404);
        verifyNoMoreInteractions(documents);
    }

    @Test
    void shouldListDocuments() {
        when(documents.list()).thenReturn(List.of(document(1, "a"), document(2, "b")));
        as(TestAccounts.TRANSLATOR).get("/api/documents").then().statusCode(200).body("name", equalTo(List.of("a", "b")));
        verify(documents).list();
        verifyNoMoreInteractions(documents);
    }

    @Test
    void shouldImportATextBodyAndSayWhereItIs() {
        byte[] text = "Halo dunia. Apa kabar?".getBytes(StandardCharsets.UTF_8);
        when(documents.importBytes(eq("kabar"), eq(text), eq(TestAccounts.TRANSLATOR), isNull(), isNull()))
                .thenReturn(document(9, "kabar"));
        as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "kabar").body(text)
                .post("/api/documents").then().statusCode(201).header("Location", endsWith("/api/documents/9"))
                .body("id", equalTo(9));
        verify(documents).importBytes(eq("kabar"), eq(text), eq(TestAccounts.TRANSLATOR), isNull(), isNull());
        verifyNoMoreInteractions(documents);
    }

    @Test
    void shouldMapAnInvalidTextToProblem() {
        when(documents.importBytes(any(), any(), any(), any(), any()))
                .thenThrow(new Invalid("The text holds only whitespace."));
        as(TestAccounts.TRANSLATOR).contentType("text/plain").body("   ").post("/api/documents").then()
                .statusCode(400).contentType(PROBLEM).body("detail", equalTo("The text holds only whitespace."));
        verify(documents).importBytes(any(), any(), any(), any(), any());
        verifyNoMoreInteractions(documents);
    }

    @Test
    void shouldDeleteForAdminsOnly() {
        as(TestAccounts.TRANSLATOR).delete("/api/documents/5").then().statusCode(403).contentType(PROBLEM);
        verifyNoInteractions(documents);
        doThrow(new NotFound("There is no document 6.")).when(documents).delete(6);
        as(TestAccounts.ADMIN).delete("/api/documents/5").then().statusCode(204);
        as(TestAccounts.ADMIN).delete("/api/documents/6").then().statusCode(404).contentType(PROBLEM);
        verify(documents).delete(5);
        verify(documents).delete(6);
        verifyNoMoreInteractions(documents);
    }
}
