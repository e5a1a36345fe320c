package org.selaras.exchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the translation units of a TMX file (1.1–1.4) for one language pair, through
 * {@link SafeXml}. A {@code <tuv>} belongs to a language when its xml:lang (or TMX 1.1 lang) has
 * that primary subtag ("en-GB" is English; "in" is the old code of Indonesian). Inline codes
 * (bpt, ept, it, ph, ut) are native markup and are left out of the text; {@code <hi>} text is kept.
 * The whole file is read before anything is returned: a file that is not well-formed is refused
 * as a whole.
 */
public final class TmxReader {

    /** A usable pair, with the line of its {@code <tu>}. */
    public record Pair(int line, String tuid, String source, String target) {
    }

    /** A unit that could not be used, and why. */
    public record Refused(int line, String tuid, String reason) {
    }

    public record Result(List<Pair> pairs, List<Refused> refused) {
    }

    private static final Set<String> CODES = Set.of("bpt", "ept", "it", "ph", "ut");

    private TmxReader() {
    }

    public static Result read(InputStream in, String sourceLanguage, String targetLanguage, int maxLength)
            throws SafeXml.XmlException {
        XMLStreamReader r = SafeXml.open(in);
        List<Pair> pairs = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
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
                        tu(r, sourceLanguage, targetLanguage, maxLength, pairs, refused);
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
        return new Result(pairs, refused);
    }

    private static void tu(XMLStreamReader r, String src, String trg, int maxLength, List<Pair> pairs,
                           List<Refused> refused) throws XMLStreamException, SafeXml.XmlException {
        int line = SafeXml.line(r);
        String tuid = r.getAttributeValue(null, "tuid");
        String source = null;
        String target = null;
        String lang = null;
        int depth = 1;
        while (depth > 0) {
            int ev = SafeXml.next(r);
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("tuv")) {
                    lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                    if (lang == null) {
                        lang = r.getAttributeValue(null, "lang");
                    }
                    depth++;
                } else if (name.equals("seg")) {
                    String text = SafeXml.text(r, CODES);
                    if (sameLanguage(lang, src) && source == null) {
                        source = text;
                    } else if (sameLanguage(lang, trg) && target == null) {
                        target = text;
                    }
                } else {
                    // prop, note, ...: skip with their content
                    SafeXml.text(r, Set.of());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        String why = null;
        if (source == null || source.isBlank()) {
            why = "no " + src + " text";
        } else if (target == null || target.isBlank()) {
            why = "no " + trg + " text";
        } else if (source.length() > maxLength || target.length() > maxLength) {
            why = "longer than " + maxLength + " characters";
        }
        if (why == null) {
            pairs.add(new Pair(line, tuid, source, target));
        } else {
            refused.add(new Refused(line, tuid, why));
        }
    }

    /** Same language, whatever form the tag takes ({@link LanguageTags}). */
    static boolean sameLanguage(String tag, String language) {
        return LanguageTags.same(tag, language);
    }
}
