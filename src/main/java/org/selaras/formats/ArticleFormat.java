package org.selaras.formats;

import org.selaras.error.Invalid;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats a document can come in. The file name says which one is meant and the first bytes must agree, so
 * that a renamed file (a .doc saved as .docx, a zip called .html) is refused with a reason, never half-read.
 */
public enum ArticleFormat {
    TEXT("text/plain;charset=UTF-8", "txt"),
    HTML("text/html;charset=UTF-8", "html"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    MARKDOWN("text/markdown;charset=UTF-8", "md"),
    /** An XLIFF 1.2 or 2.x file from another tool: its sources are the text, its targets are filled on the way back. */
    XLIFF("application/xliff+xml;charset=UTF-8", "xlf"),
    /** An OpenDocument text (LibreOffice Writer): a zip like a DOCX, its mimetype entry first. */
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** OLE compound file: an old .doc, or a .docx saved with a password (Office encrypts into this container). */
    private static final byte[] COMPOUND = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String READS = "Selaras reads .txt, .html, .htm, .docx, .odt, .md and .xlf/.xliff files";
    /** An OpenDocument package starts with its uncompressed "mimetype" entry, whose content follows the name. */
    private static final String ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text";

    private final String mediaType;
    private final String extension;

    ArticleFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** File name extension of a file written in this format, without the dot. */
    public String extension() {
        return extension;
    }

    /** The stored form's id (lower case). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleFormat ofId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /**
     * The format of an upload from its name and its first bytes. No name or no extension: the bytes decide (a
     * Word file, an HTML page, else text). Refused ({@link Invalid}): an extension we do not read, a password-
     * protected or old Word file, and a name whose content is something else.
     */
    public static ArticleFormat detect(String fileName, byte[] bytes) {
        String ext = extension(fileName);
        boolean zip = startsWith(bytes, ZIP);
        boolean compound = startsWith(bytes, COMPOUND);
        if (compound && (ext.isEmpty() || ext.equals("docx") || ext.equals("doc"))) {
            throw new Invalid("The file is a password-protected Word document or an old .doc file; save it in Word "
                    + "as a .docx without a password and import that.");
        }
        switch (ext) {
            case "txt", "text" -> {
                return TEXT;
            }
            case "html", "htm" -> {
                if (zip || compound) throw new Invalid("The file is called ." + ext + " but is not HTML (it is a "
                        + (zip ? "zip archive" : "binary file") + ").");
                return HTML;
            }
            case "md", "markdown" -> {
                if (zip || compound) throw new Invalid("The file is called ." + ext + " but is not Markdown (it is a "
                        + (zip ? "zip archive" : "binary file") + ").");
                return MARKDOWN;
            }
            case "xlf", "xliff" -> {
                if (!isXliff(bytes)) throw new Invalid("The file is called ." + ext + " but is not XLIFF (no <xliff> "
                        + "element at its start).");
                return XLIFF;
            }
            case "docx" -> {
                if (!zip) throw new Invalid("The file is called .docx but is not a Word document (a .docx is a zip "
                        + "archive and this one does not start like one).");
                return DOCX;
            }
            case "odt" -> {
                if (!zip) throw new Invalid("The file is called .odt but is not an OpenDocument text (an .odt is a zip "
                        + "archive and this one does not start like one).");
                return ODT;
            }
            case "" -> {
                if (zip) return isOdt(bytes) ? ODT : DOCX;
                if (isXliff(bytes)) return XLIFF;
                return looksLikeHtml(bytes) ? HTML : TEXT;
            }
            default -> throw new Invalid(READS + "; ." + ext + " is not one of them.");
        }
    }

    private static boolean isOdt(byte[] bytes) {
        int at = 30; // the local file header's fixed part, then the entry's name
        return bytes.length >= at + ODT_MIMETYPE.length()
                && new String(bytes, at, ODT_MIMETYPE.length(), StandardCharsets.US_ASCII).equals(ODT_MIMETYPE);
    }

    private static String extension(String fileName) {
        if (fileName == null) return "";
        String n = fileName.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) return false;
        }
        return true;
    }

    /** Whether the file starts with an {@code <xliff>} element (after a byte order mark, an XML declaration, comments). */
    static boolean isXliff(byte[] bytes) {
        String head = head(bytes).replace("\uFEFF", "").replaceFirst("^\\s*<\\?xml[^>]*\\?>", "")
                .replaceAll("(?s)^(\\s*<!--.*?-->)*", "").stripLeading();
        // a DOCTYPE before it still makes an XLIFF file, which XmlGuard then refuses with its reason
        return head.startsWith("<xliff") || (head.startsWith("<!doctype") && head.contains("<xliff"));
    }

    /** Whether an XLIFF file is version 2 (Okapi reads 1.2 and 2.x with different filters). */
    public static boolean isXliff2(byte[] bytes) {
        String head = head(bytes);
        int at = head.indexOf("<xliff");
        return at >= 0 && head.substring(at).matches("(?s)<xliff[^>]*\\bversion\\s*=\\s*[\"']2.*");
    }

    private static String head(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
