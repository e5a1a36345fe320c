package org.selaras.align.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.align.server.AlignApiTest.as;

/** Committing an alignment whose bead pairs several segments with one English sentence makes a group. */
@QuarkusTest
class AlignGroupApiTest {

    static final String ID = "Harga beras naik di Medan. Kenaikan itu mencapai 10 persen. Pedagang mengeluh.\n"
            + "Pemerintah belum berkomentar.";
    static final String EN = "Rice prices in Medan rose by 10 percent. Traders complained.\n"
            + "The government has not commented.";

    @Test
    void aTwoToOneBeadBecomesAGroupWithAllItsEnglish() {
        long doc = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "align-group")
                .body(ID.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String url = "/api/documents/" + doc + "/alignment";
        int version = as(TestAccounts.TRANSLATOR).contentType("text/plain").body(EN.getBytes(StandardCharsets.UTF_8))
                .post(url).then().statusCode(201).extract().jsonPath().getInt("version");
        List<Map<String, Object>> beads = List.of(
                Map.of("source", List.of(0, 1), "target", List.of(0), "confidence", 1.0, "confirmed", true),
                Map.of("source", List.of(2), "target", List.of(1), "confidence", 1.0, "confirmed", true),
                Map.of("source", List.of(3), "target", List.of(2), "confidence", 1.0, "confirmed", true));
        as(TestAccounts.TRANSLATOR).contentType("application/json").body(Map.of("version", version, "beads", beads))
                .put(url).then().statusCode(200);

        as(TestAccounts.TRANSLATOR).post(url + "/commit").then().statusCode(200)
                .body("written", equalTo(3)).body("conflicts", hasSize(0));
        JsonPath segs = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("Rice prices in Medan rose by 10 percent.", segs.getString("[0].translation.text"));
        assertEquals(2, segs.getInt("[0].translation.span"));
        assertEquals("translated", segs.getString("[0].translation.status"));
        assertEquals("aligned", segs.getString("[0].translation.origin"));
        assertEquals(segs.getLong("[0].id"), segs.getLong("[1].joinedTo"));
        assertEquals((Object) null, segs.get("[1].translation"));
        assertEquals("Traders complained.", segs.getString("[2].translation.text"));
        // all four segments count as translated
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/progress").then()
                .body("segments.translated", equalTo(4));
        // the memory holds the joined pair
        as(TestAccounts.TRANSLATOR).queryParam("text", "Harga beras naik di Medan. Kenaikan itu mencapai 10 persen.")
                .get("/api/memory/lookup").then().statusCode(200)
                .body("[0].target", equalTo("Rice prices in Medan rose by 10 percent.")).body("[0].score", equalTo(100));
        // committing again changes nothing
        as(TestAccounts.TRANSLATOR).post(url + "/commit").then().statusCode(200)
                .body("written", equalTo(0)).body("unchanged", equalTo(3)).body("conflicts", hasSize(0));
    }
}
