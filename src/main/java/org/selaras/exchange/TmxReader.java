package org.selaras.exchange;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.selaras.error.Invalid;

/**
 * Reads the translation units of a TMX file (1.1–1.4) for one language pair, through {@link SafeXml}. A
 * {@code <tuv>} belongs to a language when its xml:lang (or TMX 1.1 lang) names it in any form other tools write
 * ({@link LanguageTags}: `ind`, `in`, `id-ID`, `en_US`); where a unit holds several of one language, the tuv whose
 * tag equals the asked one exactly wins ("en-GB" asked: en-GB before en-US), else the first. Inline codes are
 * read by {@link SegText}. A unit's {@code <note>}s and {@code <prop>}s (of the unit and of the two tuvs used)
 * come with the pair as its note. The whole file is read before anything is returned: a file that is not
 * well-formed is refused as a whole, and so is one that holds no text in one of the two languages.
 */
public final class TmxReader {

    /**
     * A usable pair, with the line of its {@code <tu>}; {@code note}: its notes and props, one a line, or null;
     * {@code taggedTarget}: the target with its inline codes as our tags, null when it has none (or one cannot be).
     */
    public record Pair(int line, String tuid, String source, String target, String note, String taggedTarget) {

        /** A pair whose target has no inline codes as tags. */
        public Pair(int line, String tuid, String source, String target, String note) {
            this(line, tuid, source, target, note, null);
        }

        public Pair(int line, String tuid, String source, String target) {
            this(line, tuid, source, target, null);
        }
    }

    /** A unit that could not be used, and why. */
    public record Refused(int line, String tuid, String reason) {
    }

    public record Result(List<Pair> pairs, List<Refused> refused) {
    }

    /** A file without one side of the pair: nothing in it can be imported. {@code languages}: what it holds. */
    public static final class MissingLanguage extends SafeXml.XmlException {
        private final List<String> languages;

        MissingLanguage(String missing, List<String> languages) {
            super("The file holds no " + missing + " text; its units are in " + String.join(", ", languages)
                    + ". Import a file with Indonesian and English units (id, in, ind, id-ID; en, eng, en-US…), "
                    + "or name the languages with source= and target=.", -1);
            this.languages = List.copyOf(languages);
        }

        public List<String> languages() {
            return languages;
        }
    }

    /** Notes longer than this are cut: the memory panel shows a line or two, not a file's history. */
    static final int MAX_NOTE = 2000;

    private TmxReader() {
    }

    public static Result read(InputStream in, String sourceLanguage, String targetLanguage, int maxLength)
            throws SafeXml.XmlException {
        List<Pair> pairs = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        parse(SafeXml.open(in), new Reading(sourceLanguage, targetLanguage, maxLength, pairs::add, refused::add));
        return new Result(pairs, refused);
    }

    /**
     * As {@link #read}, decoding the bytes as they stream and handing each pair and each refused unit over as it is
     * read instead of keeping them: a file of a million units reads in the memory of one (the memory's import job
     * reads a file twice: once to check it, once to add it in chunks). The language check comes at the end.
     */
    public static void stream(InputStream in, String sourceLanguage, String targetLanguage, int maxLength,
                              Consumer<Pair> pairs, Consumer<Refused> refused) throws SafeXml.XmlException {
        parse(SafeXml.openStreaming(in), new Reading(sourceLanguage, targetLanguage, maxLength, pairs, refused));
    }

    private static void parse(XMLStreamReader r, Reading reading) throws SafeXml.XmlException {
        boolean root = false;
        try {
            while (r.hasNext()) {
                if (SafeXml.next(r) == XMLStreamConstants.START_ELEMENT) {
                    if (!root) {
                        if (!r.getLocalName().equals("tmx")) {
                            throw new SafeXml.XmlException("This is not a TMX file: its root element is <"
                                    + r.getLocalName() + ">, not <tmx>.", SafeXml.line(r));
                        }
                        root = true;
                    } else if (r.getLocalName().equals("tu")) {
                        reading.tu(r);
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw SafeXml.wrap(e);
        }
        if (!root) {
            throw new SafeXml.XmlException("This is not a TMX file: it has no <tmx> element.", -1);
        }
        reading.checkLanguages();
    }

    /** The state of one file's reading: the pair asked for, what came out, which languages were seen. */
    private static final class Reading {
        final String src;
        final String trg;
        final int maxLength;
        final Consumer<Pair> pairs;
        final Consumer<Refused> refused;
        final Set<String> languages = new LinkedHashSet<>();
        boolean sawSource;
        boolean sawTarget;

        Reading(String src, String trg, int maxLength, Consumer<Pair> pairs, Consumer<Refused> refused) {
            this.src = src;
            this.trg = trg;
            this.maxLength = maxLength;
            this.pairs = pairs;
            this.refused = refused;
        }

        void tu(XMLStreamReader r) throws XMLStreamException, SafeXml.XmlException {
            int line = SafeXml.line(r);
            String tuid = r.getAttributeValue(null, "tuid");
            Side source = new Side();
            Side target = new Side();
            List<String> unitNotes = new ArrayList<>();
            Set<String> unitLanguages = new LinkedHashSet<>();
            int depth = 1;
            while (depth > 0) {
                int ev = SafeXml.next(r);
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("tuv")) {
                        tuv(r, source, target, unitLanguages);
                    } else if (name.equals("note") || name.equals("prop")) {
                        unitNotes.add(metadata(r));
                    } else {
                        SafeXml.text(r, Set.of());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            languages.addAll(unitLanguages);
            sawSource |= source.text != null;
            sawTarget |= target.text != null;
            String why = null;
            String holds = unitLanguages.isEmpty() ? "no language" : String.join(", ", unitLanguages);
            if (source.text == null || source.text.isBlank()) {
                why = "no " + src + " text (the unit holds " + holds + ")";
            } else if (target.text == null || target.text.isBlank()) {
                why = "no " + trg + " text (the unit holds " + holds + ")";
            } else if (source.text.length() > maxLength || target.text.length() > maxLength) {
                why = "longer than " + maxLength + " characters";
            }
            if (why == null) {
                pairs.accept(new Pair(line, tuid, source.text, target.text, note(unitNotes, source.notes, target.notes),
                        target.tagged));
            } else {
                refused.accept(new Refused(line, tuid, why));
            }
        }

        /** One {@code <tuv>}: kept for a side when it is that side's language and fits the asked tag better. */
        private void tuv(XMLStreamReader r, Side source, Side target, Set<String> unitLanguages)
                throws XMLStreamException, SafeXml.XmlException {
            String lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
            if (lang == null) {
                lang = r.getAttributeValue(null, "lang");
            }
            if (lang != null && !lang.isBlank()) {
                unitLanguages.add(lang.trim());
            }
            SegText.Read text = null;
            List<String> notes = new ArrayList<>();
            int depth = 1;
            while (depth > 0) {
                int ev = SafeXml.next(r);
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("seg")) {
                        text = SegText.read(r);
                    } else if (name.equals("note") || name.equals("prop")) {
                        notes.add(metadata(r));
                    } else {
                        SafeXml.text(r, Set.of());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            source.offer(lang, src, text, notes);
            target.offer(lang, trg, text, notes);
        }

        /** Refuses a file in which no unit has one of the two languages (the other tool's pair is not ours). */
        void checkLanguages() throws MissingLanguage {
            if (languages.isEmpty()) {
                return; // no units: an empty report, not an error
            }
            if (!sawSource) {
                throw new MissingLanguage(name(src), List.copyOf(languages));
            }
            if (!sawTarget) {
                throw new MissingLanguage(name(trg), List.copyOf(languages));
            }
        }

        private static String name(String tag) {
            String p = LanguageTags.primary(tag);
            return switch (p) {
                case "id" -> "Indonesian (" + tag + ")";
                case "en" -> "English (" + tag + ")";
                default -> tag;
            };
        }
    }

    /** The best tuv yet for one side of the pair. */
    private static final class Side {
        String text;
        String tagged;
        List<String> notes = List.of();
        int fit;

        void offer(String lang, String wanted, SegText.Read seg, List<String> tuvNotes) {
            int f = fit(lang, wanted);
            if (f > fit && seg != null) {
                text = seg.text();
                tagged = seg.tagged();
                notes = tuvNotes;
                fit = f;
            }
        }

        /** 2: the same tag as asked; 1: the same language; 0: another language. */
        private static int fit(String lang, String wanted) {
            if (!LanguageTags.same(lang, wanted)) {
                return 0;
            }
            return normal(lang).equals(normal(wanted)) ? 2 : 1;
        }

        private static String normal(String tag) {
            return tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A note's text, or a prop as "type: value". */
    private static String metadata(XMLStreamReader r) throws XMLStreamException, SafeXml.XmlException {
        String type = r.getLocalName().equals("prop") ? r.getAttributeValue(null, "type") : null;
        String text = SafeXml.text(r, Set.of()).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "";
        }
        return type == null || type.isBlank() ? text : type.strip() + ": " + text;
    }

    /** The unit's notes then the tuvs', each once, one a line; null when there are none. */
    private static String note(List<String> unit, List<String> source, List<String> target) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> l : List.of(unit, source, target)) {
            l.stream().filter(s -> !s.isEmpty()).forEach(all::add);
        }
        if (all.isEmpty()) {
            return null;
        }
        String note = String.join("\n", all);
        return note.length() <= MAX_NOTE ? note : Text.dropLoneSurrogates(note.substring(0, MAX_NOTE - 1)) + "…";
    }

    /**
     * Reads an uploaded TMX for an import from {@code source} to {@code target} (the document's or the memory's
     * languages), where {@code askedSource}/{@code askedTarget} (source= and target=, may be null) name the variants
     * to read. Whatever cannot be read is an {@link Invalid} (400) that says why: with the file's line, or with the
     * languages the file does hold.
     */
    public static Result forImport(byte[] file, String source, String target, String askedSource, String askedTarget,
                                   int maxLength) {
        String[] pair = variants(source, target, askedSource, askedTarget);
        try {
            return read(new ByteArrayInputStream(file), pair[0], pair[1], maxLength);
        } catch (MissingLanguage e) {
            throw new Invalid(e.getMessage()).with("languages", e.languages());
        } catch (SafeXml.XmlException e) {
            throw new Invalid(e.describe()).with("line", e.line());
        }
    }

    /**
     * The variants of {@code source} and {@code target} to read: {@code askedSource}/{@code askedTarget} (source= and
     * target=, may be null) where given. One that names another language is an {@link Invalid} (400) that says so.
     */
    public static String[] variants(String source, String target, String askedSource, String askedTarget) {
        String src = LanguageTags.choose(askedSource, source);
        String trg = LanguageTags.choose(askedTarget, target);
        if (src == null || trg == null) {
            throw new Invalid("source= and target= name the variants of " + source + " and " + target
                    + " to read (such as " + source + "-" + source.toUpperCase(Locale.ROOT) + " or " + target
                    + "-GB); " + (src == null ? askedSource : askedTarget) + " is another language.");
        }
        return new String[]{src, trg};
    }

    /** Same language, whatever form the tag takes ({@link LanguageTags}). */
    static boolean sameLanguage(String tag, String language) {
        return LanguageTags.same(tag, language);
    }
}
