package org.selaras.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Shared plumbing of the HTTP engines: one {@link HttpClient} per engine, JSON in and out, errors mapped to
 * {@link MtException} (retryable or not). Request headers (where the keys are) never reach a message.
 */
abstract class HttpEngine implements MachineTranslator {

    protected static final ObjectMapper JSON = new ObjectMapper();

    protected final HttpClient http;
    protected final Duration timeout;

    protected HttpEngine(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A listing (language pairs) is small: it gets less time than a translation, so a page never waits long. */
    protected HttpRequest.Builder listing(URI uri) {
        Duration shorter = timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5);
        return request(uri).timeout(shorter).GET();
    }

    protected HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .header("User-Agent", "Selaras");
    }

    protected static HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends, and returns the JSON of a 2xx answer; anything else is an {@link MtException}. */
    protected JsonNode send(HttpRequest request) throws MtException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new MtException(label() + " did not answer within " + timeout.toSeconds() + " s", 0, true, null);
        } catch (IOException e) {
            throw new MtException(label() + " cannot be reached (" + e.getClass().getSimpleName() + ")", 0, true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MtException(label() + ": interrupted", 0, false, null);
        }
        if (response.statusCode() / 100 != 2) {
            throw MtException.forStatus(label(), response.statusCode(), errorText(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new MtException(label() + " answered with something that is not JSON", response.statusCode(), false, null);
        }
    }

    /** The engine's own error message from a JSON error body, or the body itself. */
    protected static String errorText(String body) {
        if (body == null) return "";
        try {
            JsonNode n = JSON.readTree(body);
            for (String f : new String[]{"explanation", "error", "message", "responseDetails", "detail"}) {
                JsonNode v = n.get(f);
                if (v != null && v.isTextual()) return v.asText();
                if (v != null && v.isObject() && v.get("message") != null) return v.get("message").asText();
            }
        } catch (IOException | RuntimeException ignored) {
            // not JSON
        }
        return body;
    }

    protected static String trimSlash(String url) {
        String u = url.strip();
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    protected MtException unexpected(String what) {
        return new MtException(label() + " answered without " + what, 200, false);
    }
}
