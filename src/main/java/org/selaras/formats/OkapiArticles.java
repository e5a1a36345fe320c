package org.selaras.formats;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.DocumentPart;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import org.selaras.error.Invalid;
import org.selaras.tags.InlineCode;
import org.selaras.tags.Tag;
import org.selaras.tags.TaggedText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles in and out through the Okapi Framework's filters: reading gives the translatable blocks with their
 * inline codes as tags; writing runs the filter again over the original and puts each block's translation in
 * its place, so everything around the text (styles, tables, scripts, attributes) comes out as it came in.
 * Okapi does not segment here; Selaras' own segmenter splits the blocks.
 */
public final class OkapiArticles {

    private final ArticleFormat format;
    private final LocaleId source;
    private final LocaleId target;
    private final long maxExpanded;

    /** {@code maxExpanded}: the largest size a DOCX may expand to (see {@link ZipGuard}). */
    public OkapiArticles(ArticleFormat format, String sourceLanguage, String targetLanguage, long maxExpanded) {
        if (format == ArticleFormat.TEXT) throw new IllegalArgumentException("plain text needs no filter");
        this.format = format;
        this.source = LocaleId.fromString(sourceLanguage);
        this.target = LocaleId.fromString(targetLanguage);
        this.maxExpanded = maxExpanded;
    }

    /** The translatable blocks with text in them, in document order. Unreadable input: {@link Invalid}. */
    public List<ArticleParagraph> read(byte[] original) {
        List<ArticleParagraph> out = new ArrayList<>();
        run(original, null, (tu, referents) -> {
            for (TextFragment block : blocks(tu)) {
                ArticleParagraph p = paragraph(block, referents);
                if (p != null) out.add(p);
            }
        });
        return out;
    }

    /** What goes in place of a block: its tagged translation, or null to keep the original. */
    public interface Translations {
        /** Block {@code number} (1-based, as {@link #read} counts them), whose source is {@code source}. */
        String of(int number, ArticleParagraph source);
    }

    /**
     * The article with each block replaced by its translation. Tags the original block does not have are left
     * as text; tags left out are left out.
     */
    public byte[] write(byte[] original, Translations translations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + original.length / 4);
        int[] n = {0};
        run(original, out, (tu, referents) -> {
            List<TextFragment> blocks = blocks(tu);
            List<TextFragment> translated = new ArrayList<>(blocks.size());
            boolean any = false;
            for (TextFragment src : blocks) {
                ArticleParagraph p = paragraph(src, referents);
                String translation = p == null ? null : translations.of(++n[0], p);
                any |= p != null;
                translated.add(translation == null ? src.clone() : fragment(translation, src.getCodes()));
            }
            if (any) tu.setTarget(target, container(tu, translated));
        });
        return out.toByteArray();
    }

    /**
     * The blocks of a text unit: the whole unit, except in XLIFF, where each {@code <segment>} of a unit is a block
     * of its own (another tool's segmentation is kept, and each segment gets its target).
     */
    private List<TextFragment> blocks(ITextUnit tu) {
        if (format != ArticleFormat.XLIFF) return List.of(tu.getSource().getUnSegmentedContentCopy());
        List<TextFragment> out = new ArrayList<>();
        for (Segment seg : tu.getSource().getSegments()) out.add(seg.text);
        return out;
    }

    /**
     * The target container: in XLIFF a copy of the source container (segment ids and what lies between segments
     * kept) with each segment's translation in it, since XLIFF 2 writes a target only into a source segment.
     */
    private TextContainer container(ITextUnit tu, List<TextFragment> translated) {
        if (format != ArticleFormat.XLIFF) return new TextContainer(translated.get(0));
        TextContainer tc = tu.getSource().clone();
        int i = 0;
        for (Segment seg : tc.getSegments()) seg.text = translated.get(i++);
        return tc;
    }

    private interface UnitHandler {
        /** {@code referents}: the markup of the parts that codes point to (an HTML link's {@code <a href>}). */
        void accept(ITextUnit tu, Map<String, String> referents);
    }

    private void run(byte[] original, ByteArrayOutputStream output, UnitHandler handler) {
        Path file = null;
        try {
            file = Files.createTempFile("selaras-article", "." + format.extension());
            Files.write(file, original);
            if (format == ArticleFormat.DOCX) ZipGuard.checkDocx(file, maxExpanded);
            if (format == ArticleFormat.ODT) ZipGuard.checkOdt(file, maxExpanded);
            if (format == ArticleFormat.XLIFF) XmlGuard.check(original);
            try (IFilter filter = filter(original);
                 RawDocument raw = new RawDocument(file.toUri(), StandardCharsets.UTF_8.name(), source, target)) {
                filter.open(raw);
                IFilterWriter writer = null;
                if (output != null) {
                    writer = filter.createFilterWriter();
                    writer.setOptions(target, StandardCharsets.UTF_8.name());
                    writer.setOutput(output);
                }
                Map<String, String> referents = new HashMap<>();
                try {
                    while (filter.hasNext()) {
                        Event e = filter.next();
                        if (e.isDocumentPart() && e.getDocumentPart().isReferent()) {
                            referents.put(e.getDocumentPart().getId(), markup(e.getDocumentPart()));
                        }
                        if (e.isTextUnit() && e.getTextUnit().isTranslatable()) handler.accept(e.getTextUnit(), referents);
                        if (writer != null) writer.handleEvent(e);
                    }
                } finally {
                    if (writer != null) writer.close();
                }
            }
        } catch (OkapiException | IllegalStateException e) {
            throw new Invalid("The " + format.extension().toUpperCase() + " file cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) file.toFile().delete();
        }
    }

    private IFilter filter(byte[] original) {
        return switch (format) {
            case DOCX -> new OpenXMLFilter();
            case MARKDOWN -> new MarkdownFilter();
            case ODT -> new OpenOfficeFilter();
            case XLIFF -> ArticleFormat.isXliff2(original) ? new XLIFF2Filter() : new XLIFFFilter();
            default -> new HtmlFilter();
        };
    }

    private static final Pattern REFERENCE = Pattern.compile("\\[#\\$([^\\]]+)\\]");
    private static final Pattern PROPERTY = Pattern.compile("\\[#\\$\\$self\\$@%([^\\]]+)\\]");

    /** A part's markup with its properties filled in: {@code <a href="[#$$self$@%href]">} → {@code <a href="…">}. */
    private static String markup(DocumentPart part) {
        String skeleton = part.getSkeleton() == null ? "" : part.getSkeleton().toString();
        return PROPERTY.matcher(skeleton).replaceAll(m -> {
            Property p = part.getProperty(m.group(1));
            if (p == null) p = part.getSourceProperties().get(m.group(1));
            return Matcher.quoteReplacement(p == null || p.getValue() == null ? "" : p.getValue());
        });
    }

    /**
     * Okapi's code type in plain words: HTML's "bold", "link"; Word's "x-bold;x-italic;" → "bold italic"; an ODT's
     * element name ("text:span", "text:a") as it is.
     */
    static String type(String okapiType) {
        if (okapiType == null) return "";
        return String.join(" ", java.util.Arrays.stream(okapiType.split(";")).map(String::strip)
                .map(t -> t.startsWith("x-") ? t.substring(2) : t).filter(t -> !t.isEmpty() && !t.equals("x")).toList());
    }

    /** A code's markup for people and exports, with the parts it refers to put in. */
    private static String data(Code code, Map<String, String> referents) {
        String data = code.getOuterData() == null ? "" : code.getOuterData();
        if (data.indexOf("[#$") < 0) return data;
        return REFERENCE.matcher(data).replaceAll(m -> Matcher.quoteReplacement(referents.getOrDefault(m.group(1), "")));
    }

    /** The tagged form of a block, or null for a block with no text (only spaces and codes). */
    static ArticleParagraph paragraph(TextFragment f, Map<String, String> referents) {
        String coded = f.getCodedText();
        List<Code> codes = f.getCodes();
        StringBuilder tagged = new StringBuilder(coded.length() + 16);
        List<InlineCode> inline = new ArrayList<>();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
                InlineCode.Kind kind = c == TextFragment.MARKER_OPENING ? InlineCode.Kind.OPEN
                        : c == TextFragment.MARKER_CLOSING ? InlineCode.Kind.CLOSE : InlineCode.Kind.STANDALONE;
                InlineCode ic = new InlineCode(code.getId(), kind, type(code.getType()),
                        data(code, referents));
                inline.add(ic);
                tagged.append(ic.tag());
            } else {
                tagged.append(c);
            }
        }
        String t = tagged.toString();
        String plain = TaggedText.plain(t);
        if (plain.isBlank()) return null;
        return new ArticleParagraph(t, plain, List.copyOf(inline));
    }

    /**
     * A fragment from a tagged translation, each tag taking the original block's code of the same id and kind. A
     * half pair or a crossing pair is dropped ({@link TaggedText#nested}): a lost {@code {/1}} must not leave a
     * {@code <b>} open to the end of the page.
     */
    static TextFragment fragment(String tagged, List<Code> codes) {
        TextFragment f = new TextFragment();
        int pos = 0;
        List<Tag> nested = TaggedText.nested(tagged);
        for (Tag t : TaggedText.tags(tagged)) {
            if (!nested.contains(t)) {
                f.append(tagged.substring(pos, t.start()));
                pos = t.end();
                continue;
            }
            Code code = find(codes, t);
            if (code == null) continue;
            f.append(tagged.substring(pos, t.start()));
            f.append(code.clone());
            pos = t.end();
        }
        f.append(tagged.substring(pos));
        return f;
    }

    private static Code find(List<Code> codes, Tag t) {
        TextFragment.TagType type = switch (t.kind()) {
            case OPEN -> TextFragment.TagType.OPENING;
            case CLOSE -> TextFragment.TagType.CLOSING;
            case STANDALONE -> TextFragment.TagType.PLACEHOLDER;
        };
        for (Code c : codes) {
            if (c.getId() == t.id() && c.getTagType() == type) return c;
        }
        return null;
    }
}
