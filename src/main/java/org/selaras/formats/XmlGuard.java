package org.selaras.formats;

import org.selaras.error.Invalid;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What an XML file from outside (an XLIFF source document) must pass before Okapi's filters read it: no DOCTYPE
 * (XLIFF needs none, and a DTD is where external entities and entity bombs live) in an encoding we can see
 * through (UTF-8, or UTF-16 with its byte order mark).
 */
final class XmlGuard {

    private XmlGuard() {
    }

    static void check(byte[] bytes) {
        String text = new String(bytes, charset(bytes)).toLowerCase(Locale.ROOT);
        if (text.contains("<!doctype") || text.contains("<!entity")) {
            throw new Invalid("The XLIFF file has a DOCTYPE; XLIFF needs none and Selaras refuses it (a DTD can read "
                    + "files from the server or expand without end). Remove it.");
        }
    }

    private static Charset charset(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            throw new Invalid("The XLIFF file is in an encoding Selaras does not read; save it as UTF-8.");
        }
        return StandardCharsets.UTF_8;
    }
}
