package org.selaras.translation;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.security.identity.SecurityIdentity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.error.Conflict;
import org.selaras.error.NotAllowed;
import org.selaras.error.NotFound;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** {@link TranslationResource} alone: HTTP in, one service call, HTTP out (the service is a mock). */
@QuarkusTest
class TranslationResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final TranslationView SHE_LEFT = new TranslationView(7, "She left.", "translated", "human", 2,
            TestAccounts.TRANSLATOR, Instant.parse("2025-01-31T08:00:00Z"), null, null, null, 1);

    @InjectMock
    TranslationService translations;

    static RequestSpecification translator() {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("application/json");
    }

    @Test
    void shouldGetTheCurrentTranslation() {
        when(translations.current(7)).thenReturn(SHE_LEFT);
        translator().get("/api/segments/7/translation").then().statusCode(200)
                .body("segmentId", equalTo(7)).body("text", equalTo("She left.")).body("version", equalTo(2))
                .body("updated", equalTo("2025-01-31T08:00:00Z"));
        verify(translations).current(7);
        verifyNoMoreInteractions(translations);
    }

    @Test
    void shouldNotGetAnUntranslatedSegment() {
        when(translations.current(8)).thenThrow(new NotFound("Segment 8 has no translation yet."));
        translator().get("/api/segments/8/translation").then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Not Found")).body("detail", equalTo("Segment 8 has no translation yet."))
                .body("instance", equalTo("/api/segments/8/translation"));
        verify(translations).current(8);
        verifyNoMoreInteractions(translations);
    }

    @Test
    void shouldSaveWhatWasSent() {
        SaveRequest sent = new SaveRequest("She left.", "translated", 1, null, "tm");
        when(translations.save(eq(7L), eq(sent), any(SecurityIdentity.class))).thenReturn(SHE_LEFT);
        translator().body(Map.of("text", "She left.", "status", "translated", "version", 1, "origin", "tm"))
                .put("/api/segments/7/translation").then().statusCode(200).body("version", equalTo(2));
        verify(translations).save(eq(7L), eq(sent), any(SecurityIdentity.class));
        verifyNoMoreInteractions(translations);
    }

    @Test
    void shouldMapConflictToProblem() {
        when(translations.save(eq(7L), any(), any())).thenThrow(new Conflict("Segment 7 was saved by tina since you "
                + "opened it (you edited version 1, it is now at version 2).").with("current", SHE_LEFT));
        translator().body(Map.of("text", "He left.", "status", "translated", "version", 1))
                .put("/api/segments/7/translation").then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Conflict")).body("current.text", equalTo("She left."))
                .body("current.version", equalTo(2));
        verify(translations).save(eq(7L), any(), any());
        verifyNoMoreInteractions(translations);
    }

    @Test
    void shouldMapNotAllowedToForbiddenWithTheReason() {
        when(translations.save(eq(7L), any(), any()))
                .thenThrow(new NotAllowed("Only reviewers and admins approve or reject translations."));
        translator().body(Map.of("text", "She left.", "status", "approved", "version", 2))
                .put("/api/segments/7/translation").then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("Only reviewers and admins approve or reject translations."));
        verify(translations).save(eq(7L), any(), any());
        verifyNoMoreInteractions(translations);
    }

    @Test
    void shouldRefuseAnInvalidSaveWithoutAskingTheService() {
        translator().body(Map.of("text", "She left.", "status", "finished", "origin", "robot"))
                .put("/api/segments/7/translation").then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("origin: unknown origin; use human, mt:<engine>, tm, aligned or imported; "
                        + "status: unknown status; use draft, translated, approved or rejected; "
                        + "version: give the version you edited (0 for a segment not translated yet)"));
        verifyNoInteractions(translations);
    }

    @Test
    void shouldRestoreNamingBothVersions() {
        when(translations.restore(eq(7L), eq(1), eq(2), any())).thenReturn(SHE_LEFT);
        translator().body(Map.of("revision", 1, "version", 2)).post("/api/segments/7/restore")
                .then().statusCode(200).body("text", equalTo("She left."));
        verify(translations).restore(eq(7L), eq(1), eq(2), any());
        verifyNoMoreInteractions(translations);
    }

    @Test
    void shouldListTheHistory() {
        when(translations.history(7)).thenReturn(List.of());
        translator().get("/api/segments/7/history").then().statusCode(200).body("size()", equalTo(0));
        verify(translations).history(7);
        verifyNoMoreInteractions(translations);
    }
}
