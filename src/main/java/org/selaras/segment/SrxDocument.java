package org.selaras.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * SRX 2.0 rules as immutable data, read with StAX (DTDs and external entities disabled).
 * Only what plain-text segmentation needs is kept: header flags, the language rules and the map rules.
 * Elements are matched by local name, so SRX 2.0 ({@code http://www.lisa.org/srx20}) files and files
 * without a namespace both load; SRX 1.0's {@code <maprule>} wrapper is accepted too.
 */
record SrxDocument(boolean segmentSubflows, boolean cascade,
                   Map<String, LanguageRule> languageRules, List<LanguageMap> languageMaps) {

    /** One {@code <rule>}: break or exception; null patterns are stored as "". */
    record Rule(boolean isBreak, String beforeBreak, String afterBreak) {}

    record LanguageRule(String name, List<Rule> rules) {
        LanguageRule {
            rules = List.copyOf(rules);
        }
    }

    record LanguageMap(String languagePattern, String languageRuleName) {
        boolean matches(String lang) {
            return Pattern.compile(languagePattern).matcher(lang).matches();
        }

        /** A catch-all map such as {@code .*}: it matches a language code nobody wrote rules for. */
        boolean isCatchAll() {
            return matches("zz-Qaaa-XX") && matches("");
        }
    }

    SrxDocument {
        languageRules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(languageRules));
        languageMaps = List.copyOf(languageMaps);
    }

    /** The language rules that apply to {@code lang}, in SRX order (several when cascade="yes"). */
    List<LanguageRule> rulesFor(String lang) {
        List<LanguageRule> out = new ArrayList<>();
        for (LanguageMap m : languageMaps) {
            if (m.matches(lang)) {
                LanguageRule r = languageRules.get(m.languageRuleName());
                if (r == null) {
                    throw new IllegalStateException("languagemap refers to unknown languagerule '" + m.languageRuleName() + "'");
                }
                if (!out.contains(r)) out.add(r);
                if (!cascade) break;
            }
        }
        return out;
    }

    static SrxDocument parse(InputStream in) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK parser, whatever else is on the classpath
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        boolean subflows = true;
        boolean cascade = false;
        Map<String, LanguageRule> rules = new LinkedHashMap<>();
        List<LanguageMap> maps = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                String ruleName = null;
                List<Rule> current = null;
                boolean isBreak = true;
                String before = "";
                String after = "";
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        switch (r.getLocalName()) {
                            case "header":
                                subflows = !"no".equals(r.getAttributeValue(null, "segmentsubflows"));
                                cascade = "yes".equals(r.getAttributeValue(null, "cascade"));
                                break;
                            case "languagerule":
                                ruleName = required(r, "languagerulename");
                                current = new ArrayList<>();
                                break;
                            case "rule":
                                isBreak = !"no".equals(r.getAttributeValue(null, "break"));
                                before = "";
                                after = "";
                                break;
                            case "beforebreak":
                                before = r.getElementText();
                                break;
                            case "afterbreak":
                                after = r.getElementText();
                                break;
                            case "languagemap":
                                maps.add(new LanguageMap(required(r, "languagepattern"), required(r, "languagerulename")));
                                break;
                            default:
                                break;
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        switch (r.getLocalName()) {
                            case "rule":
                                if (current == null) throw new IllegalArgumentException("<rule> outside <languagerule>");
                                check(before);
                                check(after);
                                current.add(new Rule(isBreak, before, after));
                                break;
                            case "languagerule":
                                rules.put(ruleName, new LanguageRule(ruleName, current));
                                current = null;
                                break;
                            default:
                                break;
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Could not read SRX rules: " + e.getMessage(), e);
        }
        return new SrxDocument(subflows, cascade, rules, maps);
    }

    private static void check(String regex) {
        try {
            Pattern.compile(regex, RegexShape.BASE_FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Bad SRX pattern: " + e.getMessage(), e);
        }
    }

    private static String required(XMLStreamReader r, String attr) {
        String v = r.getAttributeValue(null, attr);
        if (v == null) throw new IllegalArgumentException("<" + r.getLocalName() + "> lacks " + attr);
        return v;
    }

    static SrxDocument load(String resource) {
        try (InputStream in = SrxDocument.class.getResourceAsStream(resource)) {
            if (in == null) throw new UncheckedIOException(new IOException("missing bundled resource " + resource));
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
