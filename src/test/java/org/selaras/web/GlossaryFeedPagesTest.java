package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.selaras.web.PagesTest.browser;
import static org.selaras.web.PagesTest.csrfToken;
import static org.selaras.web.PagesTest.login;

/**
 * The glossary's change feed says which term changed and how (before → after), with readable times; a duplicate
 * entry's refusal links to the entry that is already there (issue 12, glossary pages).
 */
@QuarkusTest
class GlossaryFeedPagesTest {

    static io.restassured.specification.RequestSpecification terminologist() {
        return given().auth().preemptive().basic(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
    }

    @Test
    void theFeedNamesTheTermAndShowsWhatChanged() {
        String source = "Kepala Dinas Feed " + System.nanoTime();
        int id = terminologist().contentType(ContentType.JSON)
                .body(Map.of("source", source, "target", "Head of the Feed Office", "kind", "title"))
                .post("/api/glossary/entries").then().statusCode(201).extract().path("entry.id");
        terminologist().contentType(ContentType.JSON)
                .body(Map.of("source", source, "target", "Head of the Feed Agency", "kind", "title",
                        "variants", java.util.List.of("Feed Agency head"), "version", 1))
                .put("/api/glossary/entries/" + id).then().statusCode(200);

        var cookies = new HashMap<>(login(TestAccounts.REVIEWER, TestAccounts.PASSWORD));
        String page = browser(cookies).get("/glossary/changes").then().statusCode(200).extract().asString();
        int row = page.indexOf(source + " → Head of the Feed Agency");
        org.junit.jupiter.api.Assertions.assertTrue(row > 0, "the term, not an entry number: " + page);
        String line = page.substring(row, page.indexOf("</tr>", row));
        org.junit.jupiter.api.Assertions.assertTrue(line.contains("English</span>: <del>Head of the Feed Office</del> → "
                + "<ins>Head of the Feed Agency</ins>"), line);
        org.junit.jupiter.api.Assertions.assertTrue(line.contains("Also allowed</span>: <span class=\"meta\">(none)</span> → "
                + "<ins>Feed Agency head</ins>"), line);
        // a readable UTC time for readers without JavaScript, the exact instant for the browser's own time zone
        org.junit.jupiter.api.Assertions.assertTrue(page.matches("(?s).*<time datetime=\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\">"
                + "\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d UTC</time>.*"), "times");
        org.junit.jupiter.api.Assertions.assertFalse(page.contains(">entry " + id + "<"), "no bare entry numbers");

        browser(cookies).get("/glossary/" + id).then().statusCode(200)
                .body(containsString("<del>Head of the Feed Office</del> → <ins>Head of the Feed Agency</ins>"));
    }

    @Test
    void aDuplicateEntryLinksToTheOneThatExists() {
        String source = "Wakil Bupati Duplikat " + System.nanoTime();
        int id = terminologist().contentType(ContentType.JSON)
                .body(Map.of("source", source, "target", "Deputy Regent of Duplikat"))
                .post("/api/glossary/entries").then().statusCode(201).extract().path("entry.id");
        terminologist().contentType(ContentType.JSON)
                .body(Map.of("source", source, "target", "Another English"))
                .post("/api/glossary/entries").then().statusCode(409).body("existing", equalTo(id));

        var cookies = new HashMap<>(login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD));
        String token = csrfToken(cookies, "/glossary", cookies);
        browser(cookies).formParam("source", source).formParam("target", "Another English").formParam("kind", "title")
                .formParam("csrf-token", token).post("/glossary").then().statusCode(409)
                .body(containsString("<a href=\"/glossary/" + id + "\" id=\"existing-entry\">Open the existing entry</a>"));
        // another refusal (no English) has no such link
        browser(cookies).formParam("source", "Kata lain " + System.nanoTime()).formParam("target", "")
                .formParam("csrf-token", token).post("/glossary").then()
                .body(not(containsString("existing-entry")));
    }
}
