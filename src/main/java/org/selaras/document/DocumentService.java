package org.selaras.document;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.SelarasConfig;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.segment.SegmentSpan;
import org.selaras.segment.Segmenter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Imports, lists and deletes documents. An import is one transaction: all segments or nothing. */
@ApplicationScoped
@Transactional
public class DocumentService {

    private static final int FLUSH_EVERY = 1000;

    private final SelarasConfig config;

    public DocumentService(SelarasConfig config) {
        this.config = config;
    }

    /**
     * Checks the encoding, then imports; every refusal is an {@link Invalid}. The size was checked at the edge
     * (http.UploadLimit) before the bytes got here.
     */
    public Document importBytes(String name, byte[] bytes, String user, String seedFile) {
        return importBytes(name, bytes, user, seedFile, null);
    }

    /**
     * As above, into {@code targetLanguage} (null or blank: selaras.target-language). Without a name the document
     * is named after its headline ({@link DocumentNames}), else "Untitled".
     */
    public Document importBytes(String name, byte[] bytes, String user, String seedFile, String targetLanguage) {
        return importFile(name, null, bytes, user, seedFile, targetLanguage);
    }

    /**
     * An uploaded file: named {@code name} if one is given, else after its headline ({@link DocumentNames}), else
     * after {@code fileName}, else "Untitled".
     */
    public Document importFile(String name, String fileName, byte[] bytes, String user, String seedFile,
                               String targetLanguage) {
        String target = targetLanguage(targetLanguage);
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotTextException e) {
            throw new Invalid(e.getMessage());
        }
        if (name == null || name.isBlank()) {
            name = DocumentNames.headline(text).orElse(fileName);
        }
        Document doc = importText(name, text, user, seedFile);
        doc.targetLanguage = target;
        return doc;
    }

    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    /** A document's target language: a BCP 47-ish code such as en, ms, en-GB; default selaras.target-language. */
    String targetLanguage(String requested) {
        if (requested == null || requested.isBlank()) return config.targetLanguage();
        String t = requested.strip();
        if (!LANGUAGE.matcher(t).matches()) {
            throw new Invalid("Unknown target language \"" + t + "\"; give a code such as en or ms.");
        }
        return t;
    }

    Document importText(String name, String text, String user, String seedFile) {
        String cleanName = cleanName(name);
        List<SegmentSpan> spans = Segmenter.forLanguage(config.sourceLanguage()).segmentText(text);
        if (spans.isEmpty()) {
            throw new Invalid("The text has no segments.");
        }
        for (SegmentSpan span : spans) {
            if (span.text().length() > Segment.MAX_LENGTH) {
                throw new Invalid("Paragraph " + span.paragraph() + " has a sentence of "
                        + span.text().length() + " characters; the limit is " + Segment.MAX_LENGTH + ".");
            }
        }
        Document doc = new Document();
        doc.name = cleanName;
        doc.sourceLanguage = config.sourceLanguage();
        doc.targetLanguage = config.targetLanguage();
        doc.createdBy = user;
        doc.createdAt = Instant.now();
        doc.seedFile = seedFile;
        doc.segmentCount = spans.size();
        doc.paragraphCount = spans.get(spans.size() - 1).paragraph();
        doc.persist();
        var em = Panache.getEntityManager();
        int words = 0;
        int position = 0;
        for (SegmentSpan span : spans) {
            Segment s = new Segment();
            s.document = doc;
            s.paragraph = span.paragraph();
            s.position = ++position;
            s.startOffset = span.start();
            s.endOffset = span.end();
            s.text = span.text();
            s.wordCount = WordCounter.count(span.text());
            words += s.wordCount;
            em.persist(s);
            if (position % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
                doc = em.merge(doc);
            }
        }
        doc.wordCount = words;
        return doc;
    }

    private static String cleanName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            n = "Untitled";
        }
        if (n.length() > 255) {
            throw new Invalid("The document name is " + n.length() + " characters; the limit is 255.");
        }
        return n;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Document> list() {
        return Document.list("order by id");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Document> find(long id) {
        return Document.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Document get(long id) {
        return find(id).orElseThrow(() -> new NotFound("There is no document " + id + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Segment> segments(long documentId) {
        get(documentId);
        return Segment.ofDocument(documentId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean seedImported(String seedFile) {
        return Document.count("seedFile", seedFile) > 0;
    }

    public void delete(long id) {
        Document doc = get(id);
        Segment.delete("document.id", id);
        doc.delete();
    }
}
