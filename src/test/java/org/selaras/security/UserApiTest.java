package org.selaras.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.TestAccounts.ADMIN;
import static org.selaras.TestAccounts.ADMIN_PASSWORD;
import static org.selaras.TestAccounts.PASSWORD;
import static org.selaras.TestAccounts.REVIEWER;

@QuarkusTest
class UserApiTest {

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType("application/json");
    }

    @Test
    void adminCreatesAUserWhoCanThenLogIn() {
        int id = admin().body(Map.of("username", "wulan", "password", "wulan-pass-1", "roles", List.of("translator")))
                .post("/api/users").then().statusCode(201)
                .header("Location", containsString("/api/users/"))
                .body("username", equalTo("wulan")).body("roles", equalTo(List.of("translator")))
                .body("$", not(hasKey("password")))
                .extract().path("id");
        given().auth().preemptive().basic("wulan", "wulan-pass-1").get("/api/documents").then().statusCode(200);

        admin().body(Map.of("roles", List.of("reviewer", "translator"))).put("/api/users/" + id + "/roles")
                .then().statusCode(200).body("roles", equalTo(List.of("reviewer", "translator")));
        admin().get("/api/users").then().statusCode(200).body("username", hasItem("wulan"));
    }

    /** Basic credentials in UTF-8, as browsers send them (RestAssured would use ISO-8859-1). */
    private static String basicUtf8(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void passwordsAreTextThatBcryptReadsWhole() {
        // a JSON number is not a password
        admin().body("{\"username\":\"numa\",\"password\":12345678,\"roles\":[\"translator\"]}")
                .post("/api/users").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("password"));
        // bcrypt reads 72 bytes: 37 × "ä" is 74 bytes in UTF-8 and is refused, 36 × "ä" (72 bytes) is fine
        admin().body(Map.of("username", "panjang", "password", "ä".repeat(37), "roles", List.of("translator")))
                .post("/api/users").then().statusCode(400).body("detail", containsString("72 bytes"));
        int id = admin().body(Map.of("username", "panjang", "password", "ä".repeat(36), "roles", List.of("translator")))
                .post("/api/users").then().statusCode(201).extract().path("id");
        given().header("Authorization", basicUtf8("panjang", "ä".repeat(36))).get("/api/documents").then().statusCode(200);
        admin().body(Map.of("password", "x".repeat(73))).put("/api/users/" + id + "/password")
                .then().statusCode(400).body("detail", containsString("72 bytes"));
        admin().body("{\"password\":true}").put("/api/users/" + id + "/password").then().statusCode(400);
        given().header("Authorization", basicUtf8("panjang", "ä".repeat(36))).get("/api/documents").then().statusCode(200);
    }

    @Test
    void theLastAdminCannotLoseTheAdminRole() {
        String second = "ada" + System.nanoTime() % 1_000_000;
        int secondId = admin().body(Map.of("username", second, "password", "ada-pass-12", "roles", List.of("admin")))
                .post("/api/users").then().statusCode(201).extract().path("id");
        // with another admin there, an admin may drop the role: every admin but "admin" does
        List<Map<String, Object>> users = admin().get("/api/users").then().statusCode(200).extract().path("$");
        for (Map<String, Object> u : users) {
            if (((List<?>) u.get("roles")).contains("admin") && !ADMIN.equals(u.get("username"))) {
                admin().body(Map.of("roles", List.of("reviewer"))).put("/api/users/" + u.get("id") + "/roles")
                        .then().statusCode(200).body("roles", equalTo(List.of("reviewer")));
            }
        }
        int adminId = users.stream().filter(u -> ADMIN.equals(u.get("username")))
                .map(u -> (Integer) u.get("id")).findFirst().orElseThrow();
        admin().body(Map.of("roles", List.of("translator"))).put("/api/users/" + adminId + "/roles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("last admin"));
        admin().get("/api/users/" + adminId).then().statusCode(200).body("roles", equalTo(List.of("admin")));
        // once there is another admin again, the change goes through
        admin().body(Map.of("roles", List.of("admin"))).put("/api/users/" + secondId + "/roles").then().statusCode(200);
        admin().body(Map.of("roles", List.of("reviewer"))).put("/api/users/" + secondId + "/roles")
                .then().statusCode(200);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String stored = storedPassword(ADMIN);
        assertTrue(stored.startsWith("$2"), "bcrypt hash expected");
        assertNotEquals(ADMIN_PASSWORD, stored);
    }

    @Transactional
    String storedPassword(String username) {
        return User.findByUsername(username).orElseThrow().password;
    }

    @Test
    void refusesBadAccounts() {
        admin().body(Map.of("username", "x y", "password", "long-enough", "roles", List.of("translator")))
                .post("/api/users").then().statusCode(400).contentType("application/problem+json");
        admin().body(Map.of("username", "pendek", "password", "short", "roles", List.of("translator")))
                .post("/api/users").then().statusCode(400).body("detail", containsString("8"));
        admin().body(Map.of("username", "raja", "password", "long-enough", "roles", List.of("king")))
                .post("/api/users").then().statusCode(400).body("detail", containsString("king"));
        admin().body("{\"username\": \"kosong\", \"password\": \"long-enough\", \"roles\": [null]}")
                .post("/api/users").then().statusCode(400).body("detail", containsString("null"));
        admin().body(Map.of("username", ADMIN, "password", "long-enough", "roles", List.of("admin")))
                .post("/api/users").then().statusCode(409).contentType("application/problem+json");
        admin().body(Map.of("roles", List.of("admin"))).put("/api/users/424242/roles")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldNotManageUsersWhenNotAdmin() {
        given().auth().preemptive().basic(REVIEWER, PASSWORD).get("/api/users")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/users").then().statusCode(401);
    }
}
