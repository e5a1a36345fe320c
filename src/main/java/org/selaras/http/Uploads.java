package org.selaras.http;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.document.DocumentService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Reads uploaded files and bodies for every importer (documents, TMX, XLIFF, glossary, memory), so
 * that all of them refuse the same way: nothing sent or empty → 400, over selaras.upload.max-size → 413.
 */
@ApplicationScoped
public class Uploads {

    private final DocumentService documents;

    public Uploads(DocumentService documents) {
        this.documents = documents;
    }

    /** The bytes of a multipart part (conventionally "file"). */
    public byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.badRequest("Send the file in a multipart part named \"file\".");
        }
        if (file.size() == 0) {
            throw ProblemException.badRequest("The file is empty.");
        }
        documents.checkSize(file.size());
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request body holding a whole file. */
    public byte[] body(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The request has no body; send the file.");
        }
        documents.checkSize(body.length);
        return body;
    }
}
