package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A translator sees why a segment was rejected in the row, reads its thread beside it and asks back. */
@QuarkusTest
class CommentBrowserTest extends BrowserTestSupport {

    static int newDocument() {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "comments")
                .body("Dia pergi. Dia datang.".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
    }

    static void save(String user, int segment, String text, String status, int version, String comment) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("text", text, "status", status, "version", version));
        if (comment != null) body.put("comment", comment);
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType("application/json").body(body)
                .put("/api/segments/" + segment + "/translation").then().statusCode(200);
    }

    @Test
    void theRejectReasonShowsInTheRowAndTheThreadTakesAQuestion() {
        int doc = newDocument();
        List<Integer> ids = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().jsonPath().getList("id", Integer.class);
        save(TestAccounts.TRANSLATOR, ids.get(0), "He left.", "translated", 0, null);
        save(TestAccounts.REVIEWER, ids.get(0), "He left.", "rejected", 1, "Dia is she here");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        WebElement row = driver.findElement(By.id("segment-" + ids.get(0)));
        // no hovering: the reason and the count are in the row
        assertEquals("Rejected: Dia is she here", row.findElement(By.cssSelector(".reject-reason")).getText());
        assertEquals("1 comment", row.findElement(By.cssSelector(".comment-count")).getText());
        assertTrue(driver.findElement(By.cssSelector("#filter-status option[value=comments]")).isEnabled());

        row.click();
        browser.waiter().until(d -> d.findElements(By.cssSelector("#comment-thread li")).size() == 1);
        String first = driver.findElement(By.cssSelector("#comment-thread li")).getText();
        assertTrue(first.toLowerCase().contains("rejected") && first.contains("Dia is she here") && first.contains(TestAccounts.REVIEWER), first);

        new Select(driver.findElement(By.id("comment-kind"))).selectByValue("question");
        driver.findElement(By.id("comment-text")).sendKeys("Who is dia, then?");
        driver.findElement(By.id("comment-post")).click();
        browser.waiter().until(d -> d.findElements(By.cssSelector("#comment-thread li")).size() == 2);
        String second = driver.findElements(By.cssSelector("#comment-thread li")).get(1).getText();
        assertTrue(second.toLowerCase().contains("question") && second.contains("Who is dia, then?") && second.contains(TestAccounts.TRANSLATOR), second);
        browser.waiter().until(d -> "2 comments".equals(row.findElement(By.cssSelector(".comment-count")).getText()));
        assertEquals(List.of("reject", "question"), given().auth().preemptive().basic(TestAccounts.REVIEWER, TestAccounts.PASSWORD)
                .get("/api/segments/" + ids.get(0) + "/comments").then().extract().jsonPath().getList("kind"));
    }
}
