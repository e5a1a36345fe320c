package org.selaras.exchange.server;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.exchange.server.ExportApiTest.as;
import static org.selaras.exchange.server.ExportApiTest.newDocument;
import static org.selaras.exchange.server.ExportApiTest.segments;
import static org.selaras.exchange.server.ImportApiTest.PROBLEM;
import static org.selaras.exchange.server.ImportApiTest.postTmx;
import static org.selaras.exchange.server.ImportApiTest.tmx;
import static org.selaras.exchange.server.ImportApiTest.translation;

/**
 * An import that runs out of time answers 503 problem+json with Retry-After, and stores nothing. Made
 * deterministic rather than slow: another transaction holds the lock of one of the document's segments until the
 * import has answered, so the import cannot finish in its (test) limit of ten seconds whatever the machine's speed.
 * Ten, not one: the same import must then go in within that limit once the rows are free, on a busy CI machine too.
 */
@QuarkusTest
@TestProfile(ImportTimeoutTest.TenSecondImports.class)
class ImportTimeoutTest {

    public static class TenSecondImports implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("selaras.import.timeout", "10s");
        }
    }

    static final String TEXT = "Banjir melanda Bekasi. Warga mengungsi ke masjid. Hujan belum berhenti.";

    @Test
    void anImportThatRunsOutOfTimeAnswers503AndStoresNothing() throws Exception {
        int doc = newDocument("timeout", TEXT);
        List<Integer> s = segments(doc);
        String file = tmx("Banjir melanda Bekasi.", "Floods hit Bekasi.",
                "Warga mengungsi ke masjid.", "Residents fled to the mosque.",
                "Hujan belum berhenti.", "The rain has not stopped.");

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        // an editor's save in the middle of the document that does not let go
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().timeout(120)
                .run(() -> {
                    Panache.getEntityManager().createNativeQuery("select id from segment where id = ?1 for update")
                            .setParameter(1, s.get(1)).getResultList();
                    locked.countDown();
                    try {
                        answered.await(90, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertTrue(locked.await(60, TimeUnit.SECONDS), "the other transaction got its lock");
        try {
            postTmx(TestAccounts.TRANSLATOR, doc, file, "").statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", "60")
                    .body("status", equalTo(503)).body("title", equalTo("Service Unavailable"))
                    .body("detail", containsString("nothing was stored"))
                    .body("detail", containsString("selaras.import.timeout"));
        } finally {
            answered.countDown();
            holder.get(60, TimeUnit.SECONDS);
        }
        for (int segment : s) {
            translation(segment).statusCode(404);
            as(TestAccounts.TRANSLATOR).get("/api/segments/" + segment + "/history").then().statusCode(200)
                    .body("$", empty());
        }
        as(TestAccounts.TRANSLATOR).queryParam("text", "Warga mengungsi ke masjid.").queryParam("min", 100)
                .get("/api/memory/lookup").then().statusCode(200).body("$", empty());

        // with the document free again the same file goes in
        postTmx(TestAccounts.TRANSLATOR, doc, file, "").statusCode(200).body("saved", equalTo(3));
        translation(s.get(1)).statusCode(200).body("text", equalTo("Residents fled to the mosque."));
    }
}
