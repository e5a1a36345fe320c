package org.selaras.security;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser's session over plain HTTP: the cookies the login form set, and the Origin a browser sends on writes. */
public record FormLogin(Map<String, String> cookies) {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    static Response post(String user, String password) {
        return given().redirects().follow(false).formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
    }

    public static FormLogin as(String user, String password) {
        Response r = post(user, password);
        r.then().statusCode(303);
        assertTrue(r.header("Location").endsWith("/documents"), "logged in: " + r.header("Location"));
        return new FormLogin(new HashMap<>(r.getCookies()));
    }

    public String session() {
        return cookies.get(Sessions.COOKIE);
    }

    /** A request from one of our pages: cookies, and Origin as a browser sends it. */
    RequestSpecification page() {
        return given().cookies(cookies).header("Origin", origin()).redirects().follow(false);
    }

    /** The page's CSRF token (and its cookie, now among ours). */
    String csrf() {
        Response r = given().cookies(cookies).get("/documents");
        cookies.putAll(r.getCookies());
        Matcher m = TOKEN.matcher(r.asString());
        assertTrue(m.find(), "a form with a CSRF token");
        return m.group(1);
    }

    public void logout() {
        String token = csrf();
        page().formParam("csrf-token", token).post("/logout").then().statusCode(303);
    }
}
