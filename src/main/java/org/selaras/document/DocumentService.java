package org.selaras.document;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.ImportTransaction;
import org.selaras.SelarasConfig;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.formats.ArticleFormat;
import org.selaras.formats.ArticleParagraph;
import org.selaras.formats.OkapiArticles;
import org.selaras.formats.TaggedParagraph;
import org.selaras.segment.SegmentSpan;
import org.selaras.segment.Segmenter;
import org.selaras.segment.Span;
import org.selaras.tags.InlineCodes;
import org.selaras.tags.TaggedText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Imports, lists and deletes documents. An import is one transaction: all segments or nothing. */
@ApplicationScoped
@Transactional
public class DocumentService {

    private static final int FLUSH_EVERY = 1000;

    private final SelarasConfig config;
    private final ImportTransaction imports;

    public DocumentService(SelarasConfig config, ImportTransaction imports) {
        this.config = config;
        this.imports = imports;
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
        return prepare(name, null, bytes, targetLanguage).store(this, user, seedFile);
    }

    /**
     * An uploaded file: named {@code name} if one is given, else after its headline ({@link DocumentNames}), else
     * after {@code fileName}, else "Untitled". Reading and segmenting the file (most of the work for a large
     * article) happen before the transaction; storing it is one {@link ImportTransaction}, whose time limit is
     * {@code selaras.import.timeout} and which answers 503 rather than failing when the limit passes.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Document importFile(String name, String fileName, byte[] bytes, String user, String seedFile,
                               String targetLanguage) {
        Prepared prepared = prepare(name, fileName, bytes, targetLanguage);
        return imports.run(() -> prepared.store(this, user, seedFile));
    }

    /** A file read and segmented, ready to store. */
    private record Prepared(String name, String fileName, ArticleFormat format, byte[] bytes, String target,
                            List<Piece> pieces) {
        Document store(DocumentService documents, String user, String seedFile) {
            Document doc = documents.store(name, pieces, user, seedFile);
            doc.targetLanguage = target;
            if (format == ArticleFormat.TEXT) return doc;
            doc.format = format.id();
            DocumentOriginal original = new DocumentOriginal();
            original.documentId = doc.id;
            original.format = format.id();
            original.fileName = fileName == null ? null : fileName.strip();
            original.content = bytes;
            original.persist();
            return doc;
        }
    }

    private Prepared prepare(String name, String fileName, byte[] bytes, String targetLanguage) {
        String target = targetLanguage(targetLanguage);
        ArticleFormat format = ArticleFormat.detect(fileName, bytes);
        if (format != ArticleFormat.TEXT) {
            return prepareArticle(name, fileName, format, bytes, target);
        }
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotTextException e) {
            throw new Invalid(e.getMessage());
        }
        if (name == null || name.isBlank()) {
            name = DocumentNames.headline(text).orElse(fileName);
        }
        return new Prepared(name, fileName, format, bytes, target, textPieces(text));
    }

    /**
     * An HTML or Word article: the filter gives its blocks with their inline codes, our segmenter splits each
     * block, and the original file is kept for the translated download.
     */
    private Prepared prepareArticle(String name, String fileName, ArticleFormat format, byte[] bytes, String target) {
        List<ArticleParagraph> paragraphs = new OkapiArticles(format, config.sourceLanguage(), target,
                config.upload().maxExpandedSize().asLongValue()).read(bytes);
        if (paragraphs.isEmpty()) {
            throw new Invalid("The " + format.extension() + " file has no text to translate.");
        }
        Segmenter segmenter = Segmenter.forLanguage(config.sourceLanguage());
        List<Piece> pieces = new ArrayList<>();
        int number = 0;
        for (ArticleParagraph p : paragraphs) {
            number++;
            List<Span> spans = segmenter.segmentParagraph(p.plain());
            List<String> tagged = new TaggedParagraph(p.tagged()).cut(spans);
            for (int i = 0; i < spans.size(); i++) {
                Span sp = spans.get(i);
                String t = tagged.get(i);
                boolean hasTags = TaggedText.hasTags(t);
                pieces.add(new Piece(number, sp.start(), sp.end(), p.plain().substring(sp.start(), sp.end()),
                        hasTags ? t : null, hasTags ? InlineCodes.toJson(InlineCodes.in(t, p.codes())) : null));
            }
        }
        if (name == null || name.isBlank()) {
            name = DocumentNames.headline(paragraphs.get(0).plain()).orElse(fileName);
        }
        return new Prepared(name, fileName, format, bytes, target, pieces);
    }

    /** The original file of an article; empty for a plain-text document. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentOriginal> original(long documentId) {
        return DocumentOriginal.findByIdOptional(documentId);
    }

    /** One segment to store: where it sits, its plain text and, for an article, its tagged form and codes. */
    private record Piece(int paragraph, int start, int end, String text, String tagged, String codes) {
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

    private List<Piece> textPieces(String text) {
        List<SegmentSpan> spans = Segmenter.forLanguage(config.sourceLanguage()).segmentText(text);
        List<Piece> pieces = new ArrayList<>(spans.size());
        for (SegmentSpan span : spans) {
            pieces.add(new Piece(span.paragraph(), span.start(), span.end(), span.text(), null, null));
        }
        return pieces;
    }

    private Document store(String name, List<Piece> pieces, String user, String seedFile) {
        String cleanName = cleanName(name);
        if (pieces.isEmpty()) {
            throw new Invalid("The text has no segments.");
        }
        for (Piece piece : pieces) {
            int length = Math.max(piece.text().length(), piece.tagged() == null ? 0 : piece.tagged().length());
            if (length > Segment.MAX_LENGTH) {
                throw new Invalid("Paragraph " + piece.paragraph() + " has a sentence of "
                        + length + " characters; the limit is " + Segment.MAX_LENGTH + ".");
            }
        }
        Document doc = new Document();
        doc.name = cleanName;
        doc.sourceLanguage = config.sourceLanguage();
        doc.targetLanguage = config.targetLanguage();
        doc.createdBy = user;
        doc.createdAt = Instant.now();
        doc.seedFile = seedFile;
        doc.segmentCount = pieces.size();
        doc.paragraphCount = pieces.get(pieces.size() - 1).paragraph();
        doc.persist();
        var em = Panache.getEntityManager();
        int words = 0;
        int position = 0;
        for (Piece piece : pieces) {
            Segment s = new Segment();
            s.document = doc;
            s.paragraph = piece.paragraph();
            s.position = ++position;
            s.startOffset = piece.start();
            s.endOffset = piece.end();
            s.text = piece.text();
            s.tagged = piece.tagged();
            s.codes = piece.codes();
            s.wordCount = WordCounter.count(piece.text());
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

    /** The segments numbered {@code from} … {@code from + limit − 1} (1-based, document order): one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Segment> segments(long documentId, int from, int limit) {
        get(documentId);
        return Segment.ofDocument(documentId, from, limit);
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
