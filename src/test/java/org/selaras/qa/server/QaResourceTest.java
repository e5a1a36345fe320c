package org.selaras.qa.server;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.qa.Issue;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** {@link QaResource} alone, with {@link QaService} mocked. */
@QuarkusTest
class QaResourceTest {

    static final String PROBLEM = "application/problem+json";

    @InjectMock
    QaService qa;

    static RequestSpecification reviewer() {
        return given().auth().preemptive().basic(TestAccounts.REVIEWER, TestAccounts.PASSWORD)
                .contentType("application/json");
    }

    @Test
    void shouldShowTheIssuesOfAPair() {
        when(qa.check("Harga naik 2,5 persen.", "Prices rose 2,5 percent.")).thenReturn(List.of(
                new Issue("number", Issue.Severity.ERROR, "2,5 should be 2.5", null, "2.5", "2,5", 12, 15,
                        Issue.Side.TARGET)));
        reviewer().body(Map.of("source", "Harga naik 2,5 persen.", "target", "Prices rose 2,5 percent."))
                .post("/api/qa/check").then().statusCode(200)
                .body("issues[0].check", equalTo("number")).body("issues[0].severity", equalTo("error"))
                .body("issues[0].expected", equalTo("2.5")).body("issues[0].side", equalTo("target"));
        verify(qa).check("Harga naik 2,5 persen.", "Prices rose 2,5 percent.");
        verifyNoMoreInteractions(qa);
    }

    @Test
    void shouldRefuseAPairWithoutSourceWithoutAskingTheService() {
        reviewer().body(Map.of("target", "x")).post("/api/qa/check").then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("source: give the source text"));
        reviewer().post("/api/qa/check").then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("The request has no body; send a JSON object."));
        verifyNoInteractions(qa);
    }

    @Test
    void shouldHideAnUnexpectedFailureBehindAProblem() {
        when(qa.check("a", "b")).thenThrow(new IllegalStateException("secret internals"));
        reviewer().body(Map.of("source", "a", "target", "b")).post("/api/qa/check").then().statusCode(500)
                .contentType(PROBLEM).body("detail", not(containsString("secret")));
        verify(qa).check("a", "b");
        verifyNoMoreInteractions(qa);
    }
}
