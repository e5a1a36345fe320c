package org.selaras.mt.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.mt.FakeMtApis;

@QuarkusTest
@QuarkusTestResource(value = MtTestResource.class, restrictToAnnotatedClass = true)
class MtApiTest {

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    static int newDocument(String text, String targetLanguage) {
        var r = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "mt");
        if (targetLanguage != null) r = r.queryParam("targetLanguage", targetLanguage);
        return r.body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    static List<Integer> segments(int doc) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments")
                .then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
    }

    static JsonPath waitForJob(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath job = as(TestAccounts.TRANSLATOR).get("/api/jobs/" + id).then().statusCode(200).extract().jsonPath();
            String state = job.getString("state");
            if (!state.equals("queued") && !state.equals("running")) return job;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @AfterEach
    void noViolations() {
        assertEquals(List.of(), MtTestResource.apis.violations);
    }

    @Test
    void engineListHasNoSecrets() {
        String body = as(TestAccounts.TERMINOLOGIST).get("/api/mt/engines").then().statusCode(200)
                .body("id", hasItems("apertium", "libretranslate", "deepl", "openai"))
                .extract().asString();
        for (String secret : List.of(FakeMtApis.LIBRE_KEY, FakeMtApis.DEEPL_KEY, FakeMtApis.OPENAI_KEY, "secret", "127.0.0.1")) {
            assertFalse(body.contains(secret), body);
        }
        given().get("/api/mt/engines").then().statusCode(401);
    }

    @Test
    void suggestionProtectsGlossaryTerms() {
        int doc = newDocument("Menteri Luar Negeri Rusia, Sergey Lavrov, berkata dan Kim Jung Kyu bertemu di Moskow.", null);
        int seg = segments(doc).get(0);
        for (String engine : List.of("libretranslate", "deepl", "openai")) {
            as(TestAccounts.TRANSLATOR).queryParam("engine", engine).post("/api/segments/" + seg + "/mt")
                    .then().statusCode(200)
                    .body("engine", equalTo(engine))
                    .body("text", equalTo("Russian Foreign Minister, Sergey Lavrov, said and Kim Jong Gyu met in Moscow."))
                    .body("terms", equalTo(List.of("Russian Foreign Minister", "Sergey Lavrov", "Kim Jong Gyu", "Moscow")));
        }
        assertTrue(MtTestResource.apis.systemPrompts.get(MtTestResource.apis.systemPrompts.size() - 1)
                .contains("Kim Jung Kyu → Kim Jong Gyu"));
        // the suggestion passes the glossary check
        as(TestAccounts.TRANSLATOR).body(Map.of("source", "Menteri Luar Negeri Rusia, Sergey Lavrov, berkata dan Kim Jung Kyu bertemu di Moskow.",
                        "target", "Russian Foreign Minister, Sergey Lavrov, said and Kim Jong Gyu met in Moscow."))
                .post("/api/qa/check").then().statusCode(200).body("issues.findAll { it.check == 'glossary' }.size()", equalTo(0));
        as(TestAccounts.TERMINOLOGIST).post("/api/segments/" + seg + "/mt").then().statusCode(403);
        as(TestAccounts.TRANSLATOR).queryParam("engine", "nope").post("/api/segments/" + seg + "/mt").then().statusCode(400);
        as(TestAccounts.TRANSLATOR).post("/api/segments/999999/mt").then().statusCode(404);
    }

    @Test
    void retriesThenSucceeds() {
        int seg = segments(newDocument("Putin berkata.", null)).get(0);
        MtTestResource.apis.failNext.set(2);
        int before = MtTestResource.apis.requests.get();
        as(TestAccounts.TRANSLATOR).queryParam("engine", "libretranslate").post("/api/segments/" + seg + "/mt")
                .then().statusCode(200).body("text", equalTo("Putin said."));
        assertEquals(before + 3, MtTestResource.apis.requests.get());
    }

    @Test
    void failuresNeitherLeakKeysNorLoop() {
        List<String> logged = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters())
                        + " " + (r.getThrown() == null ? "" : r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(h);
        try {
            int seg = segments(newDocument("Putin berkata.", null)).get(0);
            MtTestResource.apis.failNext.set(3); // more than the 2 retries
            String body = as(TestAccounts.TRANSLATOR).queryParam("engine", "deepl").post("/api/segments/" + seg + "/mt")
                    .then().statusCode(502).body("detail", containsString("503")).extract().asString();
            assertFalse(body.contains(FakeMtApis.DEEPL_KEY));
        } finally {
            Logger.getLogger("").removeHandler(h);
            MtTestResource.apis.failNext.set(0);
        }
        assertFalse(logged.isEmpty());
        for (String line : logged) {
            for (String secret : List.of(FakeMtApis.LIBRE_KEY, FakeMtApis.DEEPL_KEY, FakeMtApis.OPENAI_KEY)) {
                assertFalse(line.contains(secret), line);
            }
        }
    }

    @Test
    void pretranslateSkipsTranslatedSegmentsAndCanBeCancelled() throws InterruptedException {
        int doc = newDocument("Putin berkata. Biden berkata.\nLavrov berkata. Blinken berkata.\nRutte berkata.", null);
        List<Integer> segs = segments(doc);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "Biden spoke.", "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(1) + "/translation").then().statusCode(200);
        String id = as(TestAccounts.TRANSLATOR).queryParam("engine", "openai").post("/api/documents/" + doc + "/pretranslate")
                .then().statusCode(202).header("Location", containsString("/api/jobs/"))
                .body("state", not(equalTo("failed"))).extract().path("id");
        JsonPath job = waitForJob(id);
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(4, job.getInt("total"));
        assertEquals(4, job.getInt("saved"));
        assertTrue(job.getString("message").startsWith("Done: 4 of 4"), job.getString("message"));
        JsonPath list = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().extract().jsonPath();
        assertEquals("Putin said.", list.getString("[0].translation.text"));
        assertEquals("draft", list.getString("[0].translation.status"));
        assertEquals("mt:openai", list.getString("[0].translation.origin"));
        assertEquals("Biden spoke.", list.getString("[1].translation.text"));
        assertEquals("human", list.getString("[1].translation.origin"));

        // cancel: a slow engine, a cancel after the first batch
        int doc2 = newDocument("A berkata. B berkata. C berkata. D berkata. E berkata. F berkata. G berkata. H berkata. I berkata.", null);
        MtTestResource.apis.delayMs = 300;
        try {
            String id2 = as(TestAccounts.TRANSLATOR).queryParam("engine", "libretranslate")
                    .post("/api/documents/" + doc2 + "/pretranslate").then().statusCode(202).extract().path("id");
            as(TestAccounts.TRANSLATOR).delete("/api/jobs/" + id2).then().statusCode(200);
            JsonPath j2 = waitForJob(id2);
            assertEquals("cancelled", j2.getString("state"), j2.prettify());
            assertTrue(j2.getInt("saved") < 9);
        } finally {
            MtTestResource.apis.delayMs = 0;
        }
        as(TestAccounts.TERMINOLOGIST).post("/api/documents/" + doc + "/pretranslate").then().statusCode(403);
        as(TestAccounts.TRANSLATOR).get("/api/jobs/nope").then().statusCode(404);
        as(TestAccounts.TRANSLATOR).post("/api/documents/999999/pretranslate").then().statusCode(404);
    }

    /**
     * A job is a row: one left running by an instance that died (its heartbeat stale) is answered for here, blocks a
     * second pre-translation of its document, and is taken over and resumed after its last checkpoint: a segment the
     * dead worker had already done (here: the engine gave it no text) is not sent again.
     */
    @Test
    void aJobOfAnInstanceThatDiedIsTakenOverAndResumed() throws InterruptedException {
        int doc = newDocument("A berkata. B berkata. C berkata. D berkata. E berkata. F berkata.", null);
        List<Integer> segs = segments(doc);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "A spoke.", "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(0) + "/translation").then().statusCode(200);
        int second = QuarkusTransaction.requiringNew().call(() ->
                org.selaras.document.Segment.<org.selaras.document.Segment>findById((long) segs.get(1)).position);
        String id = java.util.UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> org.selaras.jobs.Job.getEntityManager().createNativeQuery(
                        "insert into job (id, kind, document_id, state, payload, progress, started_by, owner, heartbeat, "
                                + "created_at, live_key) values (?1, 'pretranslate', ?2, 'running', ?3, ?4, ?5, 'dead', "
                                + "current_timestamp, current_timestamp, ?6)")
                .setParameter(1, id).setParameter(2, (long) doc)
                .setParameter(3, "{\"engine\":\"libretranslate\"}")
                .setParameter(4, "{\"total\":6,\"alreadyTranslated\":0,\"processed\":2,\"saved\":1,\"skipped\":0,"
                        + "\"failed\":1,\"after\":" + second + "}")
                .setParameter(5, TestAccounts.TRANSLATOR).setParameter(6, "pretranslate:" + doc).executeUpdate());
        as(TestAccounts.REVIEWER).get("/api/jobs/" + id).then().statusCode(200).body("document", equalTo(doc));
        as(TestAccounts.TRANSLATOR).post("/api/documents/" + doc + "/pretranslate").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(id));
        // then its instance dies: no heartbeat for ten minutes
        QuarkusTransaction.requiringNew().run(() -> org.selaras.jobs.Job.getEntityManager().createNativeQuery(
                "update job set heartbeat = current_timestamp - interval '600' second where id = ?1")
                .setParameter(1, id).executeUpdate());
        JsonPath job = waitForJob(id);
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(6, job.getInt("total"));
        assertEquals(5, job.getInt("saved"), job.prettify());
        assertEquals(1, job.getInt("failed"), job.prettify());
        JsonPath list = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().extract().jsonPath();
        assertEquals("A spoke.", list.getString("[0].translation.text"));
        assertNull(list.getString("[1].translation.text"), "done before the takeover: not sent to the engine again");
        for (int i = 2; i < 6; i++) {
            assertEquals("mt:libretranslate", list.getString("[" + i + "].translation.origin"), list.prettify());
        }
        // ended: the document may be pre-translated again
        String again = as(TestAccounts.TRANSLATOR).post("/api/documents/" + doc + "/pretranslate").then().statusCode(202)
                .extract().path("id");
        assertEquals("done", waitForJob(again).getString("state"));
    }

    /** An empty group goes to the engine as one unit (its joined source); a group with English is left alone. */
    @Test
    void pretranslateTranslatesAnEmptyGroupAsOneUnit() throws InterruptedException {
        int doc = newDocument("Putin berkata. Biden berkata.\nRutte berkata. Xi berkata.\nLavrov berkata.", null);
        List<Integer> segs = segments(doc);
        as(TestAccounts.TRANSLATOR).body(Map.of("version", 0))
                .post("/api/documents/" + doc + "/segments/" + segs.get(0) + "/join").then().statusCode(200);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "Rutte spoke.", "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(2) + "/translation").then().statusCode(200);
        as(TestAccounts.TRANSLATOR).body(Map.of("version", 1))
                .post("/api/documents/" + doc + "/segments/" + segs.get(2) + "/join").then().statusCode(200);
        String id = as(TestAccounts.TRANSLATOR).queryParam("engine", "openai").post("/api/documents/" + doc + "/pretranslate")
                .then().statusCode(202).extract().path("id");
        JsonPath job = waitForJob(id);
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(2, job.getInt("total"), job.prettify());
        assertEquals(2, job.getInt("saved"), job.prettify());
        assertEquals(0, job.getInt("failed"));
        assertEquals(2, job.getInt("alreadyTranslated"), job.prettify());
        JsonPath list = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().extract().jsonPath();
        assertEquals("Putin said. Biden said.", list.getString("[0].translation.text"), list.prettify());
        assertEquals("mt:openai", list.getString("[0].translation.origin"));
        assertEquals(2, list.getInt("[0].translation.span"), list.prettify());
        assertEquals((Object) null, list.get("[1].translation"));
        assertEquals("Rutte spoke.", list.getString("[2].translation.text"));
        assertEquals("human", list.getString("[2].translation.origin"));
        assertEquals("Lavrov said.", list.getString("[4].translation.text"));
    }

    /** Each engine's own list decides: LibreTranslate and DeepL (here) do not translate into Malay. */
    @Test
    void enginesAreOfferedForTheDocumentsLanguagesOnly() {
        int english = newDocument("Putin berkata.", null);
        int before = MtTestResource.apis.listings.get();
        for (int i = 0; i < 2; i++) {
            List<String> offered = as(TestAccounts.TRANSLATOR).get("/api/documents/" + english + "/mt-engines")
                    .then().statusCode(200).body("message", equalTo(null)).extract().jsonPath().getList("engines.id");
            assertTrue(offered.containsAll(List.of("libretranslate", "deepl", "openai")), offered.toString());
        }
        // the lists are kept: asking twice (and again for the Malay document) asks each engine at most once
        assertTrue(MtTestResource.apis.listings.get() - before <= 3, "listings: " + (MtTestResource.apis.listings.get() - before));
        int malay = newDocument("Putin berkata.", "ms");
        JsonPath m = as(TestAccounts.TRANSLATOR).get("/api/documents/" + malay + "/mt-engines").then().statusCode(200)
                .extract().jsonPath();
        assertFalse(m.getList("engines.id").contains("libretranslate"), m.prettify());
        assertFalse(m.getList("engines.id").contains("deepl"), m.prettify());
        assertTrue(m.getList("engines.id").contains("openai"), m.prettify());
        assertTrue(m.getList("unusable.reason").contains("LibreTranslate does not translate Indonesian → Malay."), m.prettify());
        for (String secret : List.of(FakeMtApis.LIBRE_KEY, FakeMtApis.DEEPL_KEY, FakeMtApis.OPENAI_KEY, "127.0.0.1")) {
            assertFalse(m.prettify().contains(secret), m.prettify()); // reasons name no URL or key
        }
        as(TestAccounts.TRANSLATOR).queryParam("engine", "libretranslate").post("/api/documents/" + malay + "/pretranslate")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("LibreTranslate does not translate Indonesian → Malay."));
    }

    @Test
    void targetLanguageOnImport() {
        int doc = newDocument("Halo.", "ms");
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc).then().body("targetLanguage", equalTo("ms"));
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + newDocument("Halo.", null)).then().body("targetLanguage", equalTo("en"));
        as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("targetLanguage", "<script>")
                .body("Halo.".getBytes(StandardCharsets.UTF_8)).post("/api/documents").then().statusCode(400);
    }

    /** The real Apertium APY (ind → zlm) started by .ci/run: pre-translates the seed article into Malay. */
    @Test
    @Tag("peers")
    void realApertiumPretranslatesTheSeedIntoMalay() throws IOException, InterruptedException {
        assertNotNull(MtTestResource.apertiumUrl(), "SELARAS_TEST_APERTIUM_URL is not set: .ci/run starts apertium-apy "
                + "with apertium-ind-zlm on loopback and exports it; this test must not be skipped");
        Path seedDir = Path.of("seeds");
        Path seed;
        try (var files = Files.list(seedDir)) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        int doc = newDocument(Files.readString(seed), "ms");
        String id = as(TestAccounts.TRANSLATOR).queryParam("engine", "apertium").post("/api/documents/" + doc + "/pretranslate")
                .then().statusCode(202).extract().path("id");
        JsonPath job = waitForJob(id);
        assertEquals("done", job.getString("state"), job.prettify());
        int total = job.getInt("total");
        assertTrue(total >= 40, job.prettify());
        assertEquals(total, job.getInt("saved"), job.prettify());
        JsonPath list = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().extract().jsonPath();
        List<String> texts = list.getList("translation.text", String.class);
        List<String> origins = list.getList("translation.origin", String.class);
        List<String> statuses = list.getList("translation.status", String.class);
        assertTrue(origins.stream().allMatch("mt:apertium"::equals), origins.toString());
        assertTrue(statuses.stream().allMatch("draft"::equals), statuses.toString());
        String all = String.join("\n", texts);
        assertTrue(all.contains("bahawa"), "Malay 'bahawa' for Indonesian 'bahwa' expected:\n" + all);
        assertTrue(all.contains("Kim Jong Gyu") && !all.contains("Kim Jung Kyu"), all); // person protected + restored
        assertTrue(all.contains("Sergey Lavrov") && all.contains("Choe Son Hui"), all);
        assertFalse(all.contains("ZXQ"), all);
        // a single suggestion, too
        int seg = list.getInt("[0].id");
        as(TestAccounts.TRANSLATOR).queryParam("engine", "apertium").post("/api/segments/" + seg + "/mt")
                .then().statusCode(200).body("engine", equalTo("apertium"));
    }
    @Test
    void tagsOfAFormattedSegmentComeBackInPlace() {
        String html = "<html><body><p>Menteri Luar Negeri Rusia, <b>Sergey Lavrov</b>, berkata di "
                + "<a href=\"https://id.wikipedia.org/wiki/Moskwa\">Moskow</a>.</p></body></html>";
        int doc = as(TestAccounts.TRANSLATOR).contentType("multipart/form-data")
                .multiPart("file", "lavrov.html", html.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/documents").then().statusCode(201).extract().path("id");
        int seg = segments(doc).get(0);
        // the markup engines (DeepL's breaker is left to the tests of failures)
        for (String engine : List.of("libretranslate", "openai")) {
            as(TestAccounts.TRANSLATOR).queryParam("engine", engine).post("/api/segments/" + seg + "/mt")
                    .then().statusCode(200)
                    .body("text", equalTo("Russian Foreign Minister, {1}Sergey Lavrov{/1}, said in {2}Moscow{/2}."))
                    .body("terms", equalTo(List.of("Russian Foreign Minister", "Sergey Lavrov", "Moscow")))
                    .body("lost", equalTo(List.of()));
        }
    }
}
