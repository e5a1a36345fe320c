package org.selaras.formats.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.SelarasConfig;
import org.selaras.document.Document;
import org.selaras.document.DocumentOriginal;
import org.selaras.document.DocumentService;
import org.selaras.document.Segment;
import org.selaras.error.Conflict;
import org.selaras.error.Invalid;
import org.selaras.formats.ArticleFormat;
import org.selaras.formats.OkapiArticles;
import org.selaras.formats.TaggedParagraph;
import org.selaras.segment.Span;
import org.selaras.translation.Status;
import org.selaras.translation.Translation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The translated document in the format it came in: an article's original file with the English in place of
 * each block (Okapi writes it), a plain-text document as text. A segment without a usable translation (none,
 * empty, or rejected) keeps its Indonesian source, unless the caller requires every segment to be translated
 * or approved.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TranslatedDocumentService {

    /** A file to download. */
    public record TranslatedFile(String fileName, String mediaType, byte[] content) {
    }

    private final DocumentService documents;
    private final SelarasConfig config;

    public TranslatedDocumentService(DocumentService documents, SelarasConfig config) {
        this.documents = documents;
        this.config = config;
    }

    /** {@code require}: null, "translated" (translated or approved) or "approved"; anything else is a 400. */
    public TranslatedFile translated(long documentId, String require) {
        Document doc = documents.get(documentId);
        Status level = level(require);
        List<Segment> segments = Segment.ofDocument(documentId);
        Map<Long, Translation> translations = new HashMap<>();
        Translation.<Translation>find("segmentId in (select s.id from Segment s where s.document.id = ?1)", documentId)
                .stream().forEach(t -> translations.put(t.segmentId, t));
        if (level != null) checkLevel(segments, translations, level);
        Map<Integer, List<Segment>> byParagraph = new HashMap<>();
        for (Segment s : segments) byParagraph.computeIfAbsent(s.paragraph, p -> new ArrayList<>()).add(s);
        Map<Long, String> pieces = pieces(segments, translations);
        Optional<DocumentOriginal> original = documents.original(documentId);
        if (original.isEmpty()) {
            return new TranslatedFile(fileName(doc.name, null, ArticleFormat.TEXT), ArticleFormat.TEXT.mediaType(),
                    text(doc, byParagraph, pieces).getBytes(StandardCharsets.UTF_8));
        }
        DocumentOriginal o = original.get();
        ArticleFormat format = ArticleFormat.ofId(o.format);
        byte[] out = new OkapiArticles(format, doc.sourceLanguage, doc.targetLanguage,
                config.upload().maxExpandedSize().asLongValue()).write(o.content, (n, source) -> {
            List<Segment> inParagraph = byParagraph.getOrDefault(n, List.of());
            List<Span> spans = new ArrayList<>(inParagraph.size());
            List<String> english = new ArrayList<>(inParagraph.size());
            for (Segment s : inParagraph) {
                spans.add(new Span(s.startOffset, s.endOffset, null));
                english.add(pieces.get(s.id));
            }
            return new TaggedParagraph(source.tagged()).glue(spans, english);
        });
        return new TranslatedFile(fileName(doc.name, o.fileName, format), format.mediaType(), out);
    }

    /** The English of a segment, or its (tagged) source when it has none worth using. */
    private static String target(Segment s, Translation t) {
        if (!usable(t)) return s.taggedOrText();
        return t.text;
    }

    /**
     * What goes in place of each segment: its English, or its source. A group's English stands in its first
     * segment's place and the others give nothing (their source is translated there); a group without usable
     * English keeps every member's source.
     */
    private static Map<Long, String> pieces(List<Segment> inOrder, Map<Long, Translation> translations) {
        Map<Long, String> out = new HashMap<>();
        int coveredUntil = -1;
        for (Segment s : inOrder) {
            if (s.position <= coveredUntil) {
                out.put(s.id, "");
                continue;
            }
            Translation t = translations.get(s.id);
            out.put(s.id, target(s, t));
            if (t != null && t.span > 1 && usable(t)) coveredUntil = s.position + t.span - 1;
        }
        return out;
    }

    private static boolean usable(Translation t) {
        return t != null && t.status != Status.REJECTED && t.text != null && !t.text.isBlank();
    }

    private static String text(Document doc, Map<Integer, List<Segment>> byParagraph, Map<Long, String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= doc.paragraphCount; p++) {
            List<Segment> inParagraph = byParagraph.getOrDefault(p, List.of());
            for (int i = 0; i < inParagraph.size(); i++) {
                String piece = pieces.get(inParagraph.get(i).id);
                if (piece.isEmpty()) continue;
                if (i > 0) sb.append(' ');
                sb.append(piece);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Status level(String require) {
        if (require == null || require.isBlank()) return null;
        return switch (require.strip().toLowerCase(Locale.ROOT)) {
            case "translated" -> Status.TRANSLATED;
            case "approved" -> Status.APPROVED;
            default -> throw new Invalid("require must be translated or approved, not \"" + require.strip() + "\".");
        };
    }

    private static void checkLevel(List<Segment> segments, Map<Long, Translation> translations, Status level) {
        List<Integer> falling = new ArrayList<>();
        Translation group = null; // a segment joined into a group counts with the group's translation
        int groupUntil = -1;
        for (Segment s : segments) {
            Translation t = s.position <= groupUntil ? group : translations.get(s.id);
            if (t != null && t.span > 1 && s.position > groupUntil) {
                group = t;
                groupUntil = s.position + t.span - 1;
            }
            boolean ok = t != null && (level == Status.APPROVED ? t.status == Status.APPROVED : t.status.isConfirmed());
            if (!ok) falling.add(s.position);
        }
        if (!falling.isEmpty()) {
            throw new Conflict(falling.size() + " of " + segments.size() + " segments are not " + level.id()
                    + (level == Status.TRANSLATED ? " or approved" : "") + " yet (first: segment " + falling.get(0)
                    + "); translate them or leave out ?require= to fall back to the Indonesian.");
        }
    }

    /** banjir.html → banjir.en.html; without a file name the document's name, made safe for a header. */
    static String fileName(String documentName, String originalName, ArticleFormat format) {
        String base = originalName != null && !originalName.isBlank() ? originalName.strip() : documentName;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) base = base.substring(0, dot);
        base = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 80) base = base.substring(0, 80);
        if (base.isEmpty()) base = "document";
        return base + ".en." + format.extension();
    }
}
