package org.selaras.document;

import org.selaras.text.Encodings;

/**
 * Turns uploaded bytes into text by the one rule of every upload ({@link Encodings}: UTF-8, or UTF-16 with a
 * byte order mark), refusing what is not plain text. Pure Java.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** Why an upload is not acceptable text. */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    public static String decode(byte[] bytes) throws NotTextException {
        if (bytes.length == 0) {
            throw new NotTextException("The text is empty.");
        }
        String text;
        try {
            text = Encodings.text(bytes);
        } catch (Encodings.Unreadable e) {
            throw new NotTextException(e.getMessage());
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new NotTextException("The upload looks binary (it contains NUL characters), not plain text.");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > text.length()) {
            throw new NotTextException("The upload looks binary (" + controls + " control characters), not plain text.");
        }
        if (text.isBlank()) {
            throw new NotTextException("The text holds only whitespace.");
        }
        return text;
    }
}
