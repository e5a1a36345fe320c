package org.selaras.formats;

import org.selaras.error.Invalid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads every part of a DOCX or ODT once before any filter does, so that a zip bomb (a small file that expands to
 * gigabytes), a corrupt or encrypted archive, or a zip that is no Word document is refused with a reason. The
 * sizes are counted while reading, not taken from the headers, which an attacker writes.
 */
public final class ZipGuard {

    private static final int MAX_PARTS = 10_000;

    private ZipGuard() {
    }

    /** Throws {@link Invalid} unless the file is a readable Word document expanding to at most {@code maxExpanded} bytes. */
    public static void checkDocx(Path file, long maxExpanded) {
        check(file, maxExpanded, "Word document", "word/document.xml");
    }

    /** As {@link #checkDocx}, for an OpenDocument text. */
    public static void checkOdt(Path file, long maxExpanded) {
        check(file, maxExpanded, "OpenDocument text", "content.xml");
    }

    private static void check(Path file, long maxExpanded, String kind, String mainPart) {
        long total = 0;
        int parts = 0;
        boolean document = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++parts > MAX_PARTS) throw new Invalid("The " + kind + " has more than " + MAX_PARTS + " parts.");
                if (e.getName().equals(mainPart)) document = true;
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > maxExpanded) {
                            throw new Invalid("The " + kind + " expands to more than " + maxExpanded / (1024 * 1024)
                                    + " MB (selaras.upload.max-expanded-size); it is refused as a possible zip bomb.");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new Invalid("The " + kind + " is damaged or encrypted and cannot be read (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new Invalid("The " + kind + " cannot be read: " + e.getMessage());
        }
        if (!document) {
            throw new Invalid("The file is a zip archive but not " + (kind.startsWith("O") ? "an " : "a ") + kind
                    + " (it has no " + mainPart + ").");
        }
    }
}
