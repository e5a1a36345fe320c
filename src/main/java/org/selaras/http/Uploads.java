package org.selaras.http;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.error.Invalid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Reads uploaded files and bodies for every importer (documents, TMX, XLIFF, glossary, memory), so
 * that all of them refuse the same way: nothing sent or empty → 400, over the {@link UploadLimit} → 413.
 */
@ApplicationScoped
public class Uploads {

    private final UploadLimit limit;

    public Uploads(UploadLimit limit) {
        this.limit = limit;
    }

    /** The bytes of a multipart part (conventionally "file"). */
    public byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new Invalid("Send the file in a multipart part named \"file\".");
        }
        if (file.size() == 0) {
            throw new Invalid("The file is empty.");
        }
        limit.check(file.size());
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request body holding a whole file (its size was capped while it was read: {@link BodyLimit}). */
    public byte[] body(byte[] body) {
        if (body == null || body.length == 0) {
            throw new Invalid("The request has no body; send the file.");
        }
        return body;
    }
}
