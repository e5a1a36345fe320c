package org.selaras.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.selaras.SelarasConfig;
import org.selaras.TestAccounts;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browser sessions: kept in the database, ended for good, never forged (issue 13, items 1 and hygiene). */
@QuarkusTest
class SessionApiTest {

    @Inject
    SelarasConfig config;

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).contentType("application/json");
    }

    private static int newUser(String name) {
        return admin().body(Map.of("username", name, "password", "pass-" + name, "roles", List.of("translator")))
                .post("/api/users").then().statusCode(201).extract().path("id");
    }

    /**
     * Quarkus' form login cookie as earlier Selaras releases accepted it: AES-GCM under SHA-256 of the key that was
     * written in application.properties, holding "expiry:user". Anyone could make one for "admin".
     */
    private static String forgedWithThePublicKey(String user) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256").digest("selaras-dev-session-key-change-me".getBytes(StandardCharsets.UTF_8));
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(((System.currentTimeMillis() + 3_600_000) + ":" + user).getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(1 + iv.length + sealed.length);
        out.put((byte) iv.length).put(iv).put(sealed);
        return Base64.getEncoder().encodeToString(out.array());
    }

    @Test
    void aCookieMadeWithThePublicKeyIsNobody() throws Exception {
        String forged = forgedWithThePublicKey("admin");
        given().cookie("quarkus-credential", forged).get("/api/users").then().statusCode(401)
                .contentType("application/problem+json");
        given().redirects().follow(false).cookie("quarkus-credential", forged).get("/admin/users").then()
                .statusCode(org.hamcrest.Matchers.isOneOf(302, 303)).header("Location", containsString("/login"));
        // nor is a session cookie that no login made
        given().cookie(Sessions.COOKIE, "A".repeat(43)).get("/api/users").then().statusCode(401);
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureOverHttps() {
        var plain = FormLogin.post(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        String cookie = plain.header("Set-Cookie");
        assertTrue(cookie.startsWith(Sessions.COOKIE + "="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: a Secure cookie would never come back: " + cookie);

        // behind a TLS proxy (the test profile trusts X-Forwarded-Proto, as a proxied deployment must)
        String overTls = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .formParam("j_username", TestAccounts.TRANSLATOR).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check").then().statusCode(303).extract().header("Set-Cookie");
        assertTrue(overTls.contains("Secure"), overTls);
    }

    @Test
    void everyLoginGetsItsOwnSessionAndLoggingOutEndsItForGood() {
        FormLogin first = FormLogin.as(TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        FormLogin second = FormLogin.as(TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        assertNotEquals(first.session(), second.session());
        given().cookie(Sessions.COOKIE, first.session()).get("/api/documents").then().statusCode(200);

        first.logout();
        // the copy an attacker kept of the cookie is worth nothing now
        given().cookie(Sessions.COOKIE, first.session()).get("/api/documents").then().statusCode(401);
        given().redirects().follow(false).cookie(Sessions.COOKIE, first.session()).get("/documents").then()
                .statusCode(org.hamcrest.Matchers.isOneOf(302, 303)).header("Location", containsString("/login"));
        // the login page still opens with the dead cookie (it is dropped, not a redirect loop)
        given().redirects().follow(false).cookie(Sessions.COOKIE, first.session()).get("/login").then().statusCode(200);
        // the reviewer's other browser stays logged in
        given().cookie(Sessions.COOKIE, second.session()).get("/api/documents").then().statusCode(200);
    }

    @Test
    void aNewPasswordOrNewRolesEndEverySessionOfTheAccount() {
        int id = newUser("sesi");
        FormLogin before = FormLogin.as("sesi", "pass-sesi");
        given().cookie(Sessions.COOKIE, before.session()).get("/api/documents").then().statusCode(200);
        admin().body(Map.of("password", "pass-sesi-2")).put("/api/users/" + id + "/password").then().statusCode(204);
        given().cookie(Sessions.COOKIE, before.session()).get("/api/documents").then().statusCode(401);

        FormLogin again = FormLogin.as("sesi", "pass-sesi-2");
        admin().body(Map.of("roles", List.of("reviewer"))).put("/api/users/" + id + "/roles").then().statusCode(200);
        given().cookie(Sessions.COOKIE, again.session()).get("/api/documents").then().statusCode(401);
        // the same roles again change nothing, and end nothing
        FormLogin third = FormLogin.as("sesi", "pass-sesi-2");
        admin().body(Map.of("roles", List.of("reviewer"))).put("/api/users/" + id + "/roles").then().statusCode(200);
        given().cookie(Sessions.COOKIE, third.session()).get("/api/documents").then().statusCode(200);
    }

    @Test
    void aSessionOpenedByAnotherInstanceIsAccepted() {
        // another instance on the same database: its own Sessions object, nothing shared but the tables
        Sessions otherInstance = new Sessions(config);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(TestAccounts.TERMINOLOGIST).orElseThrow().id);
        String cookie = QuarkusTransaction.requiringNew().call(() -> otherInstance.open(
                new Account(id, TestAccounts.TERMINOLOGIST, Set.of(Role.TERMINOLOGIST)), "192.0.2.1"));
        given().cookie(Sessions.COOKIE, cookie).get("/api/glossary/entries").then().statusCode(200);
        // and the roles come from the database, not from whoever opened the session
        given().cookie(Sessions.COOKIE, cookie).get("/api/users").then().statusCode(403);
    }

    @Test
    void aSessionEndedByAnotherInstanceEndsHereWithinTheCacheTime() throws InterruptedException {
        // this instance answers a session it read lately from memory (selaras.session.cache); a logout on another
        // instance deletes the row, and this one must stop accepting the cookie once that time has passed
        FormLogin login = FormLogin.as(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        given().cookie(Sessions.COOKIE, login.session()).get("/api/documents").then().statusCode(200);
        Sessions otherInstance = new Sessions(config);
        QuarkusTransaction.requiringNew().run(() -> otherInstance.end(login.session()));
        long ended = System.nanoTime();
        long limit = config.session().cache().toMillis() + 3_000;
        int status = 200;
        while (status == 200 && (System.nanoTime() - ended) / 1_000_000 < limit) {
            status = given().cookie(Sessions.COOKIE, login.session()).get("/api/documents").then().extract().statusCode();
            if (status == 200) Thread.sleep(100);
        }
        assertEquals(401, status, "the cookie still worked " + limit + " ms after its session ended elsewhere");
    }

    @Test
    void userNamesAreOneAccountWhateverTheirCase() {
        newUser("Kirana");
        admin().body(Map.of("username", "kIRANA", "password", "another-pass", "roles", List.of("translator")))
                .post("/api/users").then().statusCode(409).contentType("application/problem+json");
        given().auth().preemptive().basic("KIRANA", "pass-Kirana").get("/api/documents").then().statusCode(200);
        FormLogin login = FormLogin.as("kirana", "pass-Kirana");
        given().cookies(login.cookies()).get("/documents").then().statusCode(200)
                .body(containsString("Kirana")).body(not(containsString(">kirana<")));
        assertEquals(1, admin().get("/api/users").then().extract().jsonPath().getList("username").stream()
                .filter(n -> n.toString().equalsIgnoreCase("kirana")).count());
    }
}
