package org.selaras.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into text, refusing what is not UTF-8 plain text. Pure Java.
 * Strict decoding: a silently replaced byte would corrupt a segment for good.
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
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new NotTextException("The text is not valid UTF-8 (bad byte sequence near byte "
                    + firstBadByte(bytes) + "). Save the file as UTF-8 and try again.");
        } catch (CharacterCodingException e) {
            throw new NotTextException("The text is not valid UTF-8.");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
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

    /** Byte offset of the first invalid UTF-8 sequence, for the error message. */
    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
