package org.selaras.memory.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A TMX larger than one request, into the memory: sent in parts, imported by a job in chunks (the test profile's
 * chunk is 400 pairs, its upload limit 1 MB a part and 3 MB a file), followed and refused through the API.
 */
@QuarkusTest
class MemoryUploadTest {

    @Inject
    MemoryService memory;

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    static RequestSpecification translator() {
        return as(TestAccounts.TRANSLATOR);
    }

    /** A TMX of n distinct pairs (tagged with {@code mark}), plus one unit without English. */
    static byte[] tmx(String mark, int n, String encoding) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n"
                + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"><header creationtool=\"x\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"id\" "
                + "datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < n; i++) {
            b.append("<tu><prop type=\"x-batch\">").append(mark).append("</prop><tuv xml:lang=\"id-ID\"><seg>Warga ")
                    .append(mark).append(" nomor ").append(i).append(" menerima bantuan beras dari pemerintah daerah.</seg>"
                    + "</tuv><tuv xml:lang=\"en-GB\"><seg>Resident ").append(mark).append(" number ").append(i)
                    .append(" received rice aid from the regional government.</seg></tuv></tu>\n");
        }
        b.append("<tu><tuv xml:lang=\"id\"><seg>Hanya bahasa Indonesia ").append(mark).append(".</seg></tuv></tu>\n");
        b.append("</body></tmx>\n");
        return b.toString().getBytes(java.nio.charset.Charset.forName(encoding));
    }

    static String create(String name) {
        return translator().queryParam("name", name).post("/api/memory/imports").then().statusCode(201)
                .body("parts", equalTo(0)).extract().path("id");
    }

    static void send(String id, byte[] file, int parts) {
        int step = (file.length + parts - 1) / parts;
        for (int p = 0; p * step < file.length; p++) {
            byte[] part = Arrays.copyOfRange(file, p * step, Math.min(file.length, (p + 1) * step));
            translator().contentType("application/octet-stream").body(part)
                    .put("/api/memory/imports/" + id + "/parts/" + p).then().statusCode(200).body("parts", equalTo(p + 1));
        }
    }

    static JsonPath waitForEnd(String id) {
        long until = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < until) {
            JsonPath v = translator().get("/api/memory/imports/" + id).then().statusCode(200).extract().jsonPath();
            String state = v.getString("state");
            if (!state.equals("queued") && !state.equals("running") && !state.equals("uploading")) {
                return v;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        fail("the import did not end in 90 s");
        return null;
    }

    @Test
    void aFileInPartsIsImportedInChunksOnceAndFollowedToTheEnd() {
        String mark = "U" + System.nanoTime();
        byte[] file = tmx(mark, 1_000, "UTF-8"); // 3 chunks of 400 in the test profile
        String id = create("warga.tmx");
        send(id, file, 3);
        translator().get("/api/memory/imports/" + id).then().statusCode(200)
                .body("state", equalTo("uploading")).body("size", equalTo(file.length)).body("fileName", equalTo("warga.tmx"));
        int before = memory.size();
        translator().post("/api/memory/imports/" + id + "/start").then().statusCode(202)
                .header("Location", containsString("/api/memory/imports/" + id));
        JsonPath done = waitForEnd(id);
        assertEquals("done", done.getString("state"), done.getString("message"));
        assertEquals(1_001, done.getInt("units"));
        assertEquals(1_000, done.getInt("pairs"));
        assertEquals(1_000, done.getInt("done"));
        assertEquals(1_000, done.getInt("added"));
        assertEquals(1, done.getInt("skipped"));
        assertTrue(done.getString("notes[0].reason").contains("no en"), done.getString("notes[0].reason"));
        assertEquals(1_000, memory.size() - before);
        translator().queryParam("text", "Warga " + mark + " nomor 517 menerima bantuan beras dari pemerintah daerah.")
                .get("/api/memory/lookup").then().statusCode(200)
                .body("[0].target", equalTo("Resident " + mark + " number 517 received rice aid from the regional government."))
                .body("[0].score", equalTo(100)).body("[0].note", containsString(mark));
        translator().contentType("application/octet-stream").body(new byte[]{1})
                .put("/api/memory/imports/" + id + "/parts/3").then().statusCode(409);
        translator().post("/api/memory/imports/" + id + "/start").then().statusCode(409);

        // the same file again (UTF-16 this time): nothing is copied
        String again = create(null);
        send(again, tmx(mark, 1_000, "UTF-16"), 4);
        translator().post("/api/memory/imports/" + again + "/start").then().statusCode(202);
        JsonPath second = waitForEnd(again);
        assertEquals("done", second.getString("state"), second.getString("message"));
        assertEquals(0, second.getInt("added"));
        assertEquals(1_000, second.getInt("unchanged"));
        assertEquals(1_000, memory.size() - before);
    }

    @Test
    void aBrokenFileAddsNothingAndSaysWhere() {
        String mark = "B" + System.nanoTime();
        String text = new String(tmx(mark, 900, "UTF-8"), StandardCharsets.UTF_8);
        int cut = text.indexOf("number 800 ");
        byte[] broken = (text.substring(0, cut) + "<b>" + text.substring(cut)).getBytes(StandardCharsets.UTF_8);
        int before = memory.size();
        String id = create("rusak.tmx");
        send(id, broken, 2);
        translator().post("/api/memory/imports/" + id + "/start").then().statusCode(202);
        JsonPath end = waitForEnd(id);
        assertEquals("failed", end.getString("state"));
        assertTrue(end.getString("message").contains("Nothing was added") && end.getString("message").contains("Line 804"),
                end.getString("message"));
        assertEquals(before, memory.size());

        // a byte that is not UTF-8, far into the file: refused by the streaming decoder, nothing added
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        byte[] good = tmx(mark + "x", 900, "UTF-8");
        bad.write(good, 0, good.length - 400);
        bad.write(0xC3);
        bad.write('(');
        bad.write(good, good.length - 400, 400);
        String id2 = create(null);
        send(id2, bad.toByteArray(), 2);
        translator().post("/api/memory/imports/" + id2 + "/start").then().statusCode(202);
        JsonPath end2 = waitForEnd(id2);
        assertEquals("failed", end2.getString("state"));
        assertTrue(end2.getString("message").contains("Nothing was added"), end2.getString("message"));
        assertEquals(before, memory.size());

        // no English at all: the languages it holds are named
        String fr = new String(tmx(mark + "f", 5, "UTF-8"), StandardCharsets.UTF_8).replace("en-GB", "fr-FR");
        String id3 = create(null);
        send(id3, fr.getBytes(StandardCharsets.UTF_8), 1);
        translator().post("/api/memory/imports/" + id3 + "/start").then().statusCode(202);
        JsonPath end3 = waitForEnd(id3);
        assertEquals("failed", end3.getString("state"));
        assertTrue(end3.getString("message").contains("fr-FR"), end3.getString("message"));
    }

    @Test
    void partsOutOfOrderTooLargeOrOthersAreRefused() {
        String id = create("x.tmx");
        translator().contentType("application/octet-stream").body(new byte[]{'<'})
                .put("/api/memory/imports/" + id + "/parts/1").then().statusCode(409)
                .contentType("application/problem+json").body("nextPart", equalTo(0));
        translator().contentType("application/octet-stream").body(new byte[0])
                .put("/api/memory/imports/" + id + "/parts/0").then().statusCode(400);
        translator().post("/api/memory/imports/" + id + "/start").then().statusCode(400)
                .contentType("application/problem+json");
        // 1 MB a part (the upload limit), 3 MB a file in the test profile
        byte[] mb = new byte[1 << 20];
        Arrays.fill(mb, (byte) ' ');
        translator().contentType("application/octet-stream").body(new byte[(1 << 20) + 1])
                .put("/api/memory/imports/" + id + "/parts/0").then().statusCode(413);
        for (int p = 0; p < 3; p++) {
            translator().contentType("application/octet-stream").body(mb)
                    .put("/api/memory/imports/" + id + "/parts/" + p).then().statusCode(200);
        }
        translator().contentType("application/octet-stream").body(new byte[]{' '})
                .put("/api/memory/imports/" + id + "/parts/3").then().statusCode(413)
                .body("detail", containsString("memory-max-size"));
        // a retry of the last part replaces it
        translator().contentType("application/octet-stream").body(new byte[]{' '})
                .put("/api/memory/imports/" + id + "/parts/2").then().statusCode(200)
                .body("size", equalTo(2 * (1 << 20) + 1)).body("parts", equalTo(3));
        // someone else's upload does not exist for them; a terminologist has no memory imports
        as(TestAccounts.REVIEWER).get("/api/memory/imports/" + id).then().statusCode(404);
        as(TestAccounts.REVIEWER).contentType("application/octet-stream").body(new byte[]{' '})
                .put("/api/memory/imports/" + id + "/parts/3").then().statusCode(404);
        as(TestAccounts.TERMINOLOGIST).post("/api/memory/imports").then().statusCode(403);
        given().post("/api/memory/imports").then().statusCode(401);
        translator().get("/api/memory/imports/nope").then().statusCode(404).contentType("application/problem+json");
        translator().queryParam("target", "de").post("/api/memory/imports/" + id + "/start").then().statusCode(400);
    }
}
