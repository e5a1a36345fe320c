package org.selaras.formats.server;

import io.restassured.specification.RequestSpecification;
import org.selaras.TestAccounts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;

/** The test articles (src/test/resources/articles) and what the API tests do with them. */
final class Articles {

    static final String HTML = "banjir-jakarta.html";
    static final String DOCX = "pasar-ikan.docx";
    /** The DOCX article saved by LibreOffice 7 as OpenDocument text. */
    static final String ODT = "pasar-ikan.odt";

    private Articles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD
                : TestAccounts.PASSWORD);
    }

    /** Imports a file as the translator; its document id. */
    static long importFile(String fileName, byte[] content) {
        return as(TestAccounts.TRANSLATOR).multiPart("file", fileName, content, "application/octet-stream")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static List<Map<String, Object>> segments(long document) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + document + "/segments").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** The segment whose plain text starts with {@code start}. */
    static Map<String, Object> segment(long document, String start) {
        return segments(document).stream().filter(s -> ((String) s.get("text")).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment starts with " + start));
    }

    static void translate(Map<String, Object> segment, String text, String status) {
        as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", text, "status", status, "version", 0))
                .put("/api/segments/" + segment.get("id") + "/translation").then().statusCode(200);
    }

    static int documentCount() {
        return as(TestAccounts.ADMIN).get("/api/documents").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }

    /** One part of a zip (a DOCX), as text. */
    static String part(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no part " + name);
    }

    /** A zip with the given parts. */
    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
