package org.selaras.exchange;

import org.selaras.glossary.GlossaryTerm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The glossary as a spreadsheet: CSV or TSV with a header row, as the seed {@code seed-glossary.tsv}.
 *
 * <p>Columns (header names, any order, case-insensitive): {@code id} (the Indonesian term — not a number),
 * {@code en} (preferred English), {@code kind}, {@code also_allowed_en}, {@code forbidden_en}, {@code note},
 * and optionally {@code status} and {@code case_sensitive}. Several values in one cell are separated by
 * {@code |}; a form that holds a {@code |} itself is written with a backslash ({@code \|}, and a
 * backslash as {@code \\}); any other backslash is read as written. The delimiter is a tab when the
 * header holds one, else a comma. Cells may be quoted as in
 * RFC 4180 ({@code "a, b"}, {@code ""} for a quote, newlines allowed). Blank rows are skipped.
 *
 * <p>Against formula injection, a cell a spreadsheet could take for a formula ({@code =HYPERLINK(…)},
 * {@code -5}, {@code +62…}, {@code @handle}) is written with a {@code '} in front, and quoted; reading takes
 * exactly that {@code '} off again, so an export reads back as the same entries ({@link SpreadsheetCells} has
 * the rule; it applies to the whole cell, before the {@code |} split).
 * Numeric ids are the 1-based entry order (the database assigns real ones).
 */
public final class GlossaryTable {

    /** Separator of several values inside one cell. */
    public static final String MULTI = "|";

    private static final List<String> KNOWN = List.of("id", "en", "kind", "also_allowed_en", "forbidden_en",
            "note", "status", "case_sensitive");

    private GlossaryTable() {
    }

    /**
     * Header names of other tools, in lower case, and the column of ours each one fills: OmegaT, Weblate,
     * translate-toolkit's csv, memoQ/Trados term lists saved from a spreadsheet.
     */
    private static final Map<String, String> SYNONYMS = synonyms();

    private static Map<String, String> synonyms() {
        Map<String, String> m = new HashMap<>();
        for (String k : KNOWN) m.put(k, k);
        for (String k : List.of("source", "term", "source term", "indonesian", "bahasa indonesia", "src", "ind", "in",
                "id-id", "id_id")) m.put(k, "id");
        for (String k : List.of("target", "translation", "target term", "english", "tgt", "eng", "en-us", "en-gb",
                "en_us", "en_gb")) m.put(k, "en");
        for (String k : List.of("notes", "comment", "comments", "description", "explanation", "translator_comments",
                "developer_comments", "definition")) m.put(k, "note");
        for (String k : List.of("variants", "alternatives", "synonyms")) m.put(k, "also_allowed_en");
        for (String k : List.of("forbidden", "forbidden_terms", "do not use")) m.put(k, "forbidden_en");
        m.put("context", "context");
        for (String k : List.of("part of speech", "pos", "partofspeech", "part_of_speech")) m.put(k, "pos");
        return Map.copyOf(m);
    }

    /**
     * Reads every entry, or none and the errors (with 1-based line numbers). The header row names the columns,
     * ours or another tool's ({@link #SYNONYMS}); columns we do not keep are ignored and reported. A tab-separated
     * file without a header is OmegaT's glossary: source, target, comment. Lines starting with {@code #} are
     * comments. A term listed twice becomes one entry, the second English a variant (reported).
     */
    public static GlossaryImport read(Reader in) {
        return read(in, List.of());
    }

    /** The name that leaves a column out. */
    public static final String IGNORE = "ignore";

    /** What the terminologist may call a column of a file without a header (see {@link #read(Reader, List)}). */
    public static final List<String> COLUMN_NAMES = List.of("id", "en", "note", "kind", "also_allowed_en",
            "forbidden_en", "status", "case_sensitive", "context", "pos", IGNORE);

    /** How a missing required column is reported: a file whose header names neither needs {@code columns}. */
    static final String MISSING_COLUMN = "missing column '";
    private static final String NAME_THEM = "; a file without a header row needs its columns named";

    /**
     * As {@link #read(Reader)}; with {@code columns} the file has no header row: every row is data, and the names
     * (ours, another tool's, or {@value #IGNORE}) say what each column holds, in order.
     */
    public static GlossaryImport read(Reader in, List<String> columns) {
        String text;
        try {
            text = readAll(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String headerLine = firstLine(text);
        char delimiter = delimiter(headerLine);
        List<Row> rows = new ArrayList<>(parse(text, delimiter).stream()
                .filter(r -> r.cells.isEmpty() || !r.cells.get(0).startsWith("#")).toList());
        boolean named = columns != null && !columns.isEmpty();
        if (!named && (rows.isEmpty() || rows.get(0).isBlank())) return GlossaryImport.failed(1, "missing header row");

        List<GlossaryImport.RowError> errors = new ArrayList<>();
        List<GlossaryImport.RowError> skipped = new ArrayList<>();
        Row header = named ? new Row(0, columns) : rows.get(0);
        Map<String, Integer> col = new HashMap<>();
        Map<String, List<Integer>> notes = new HashMap<>(); // note-like columns, joined into the note
        for (int i = 0; i < header.cells.size(); i++) {
            String name = header.cells.get(i).strip().toLowerCase(Locale.ROOT);
            String ours = SYNONYMS.get(name);
            if (ours == null) {
                if (!name.isEmpty() && !name.equals(IGNORE)) skipped.add(new GlossaryImport.RowError(header.line, "column '" + name + "' ignored"));
            } else if (ours.equals("note") || ours.equals("context") || ours.equals("pos")) {
                notes.computeIfAbsent(ours, k -> new ArrayList<>()).add(i);
            } else if (col.putIfAbsent(ours, i) != null) {
                // Weblate writes both "source" and its own unit "id": the first that names the term wins
                skipped.add(new GlossaryImport.RowError(header.line, "column '" + name + "' ignored: column "
                        + (col.get(ours) + 1) + " already gives the " + (ours.equals("id") ? "Indonesian" : ours)
                        + " values"));
            }
        }
        boolean headerless = !col.containsKey("id") && !col.containsKey("en");
        if (!named && headerless && delimiter == '\t') {
            // OmegaT: source TAB target [TAB comment], no header
            col.clear();
            notes.clear();
            skipped.clear();
            col.put("id", 0);
            col.put("en", 1);
            notes.put("note", List.of(2));
            header = new Row(0, List.of("source", "target", "comment"));
        } else {
            for (String required : List.of("id", "en")) {
                if (!col.containsKey(required)) {
                    errors.add(new GlossaryImport.RowError(Math.max(1, header.line), MISSING_COLUMN + required
                            + "' (or one of its other names: " + (required.equals("id") ? "source, term, Indonesian"
                            : "target, translation, English") + ")" + (named ? "" : NAME_THEM)));
                }
            }
            if (!errors.isEmpty()) return GlossaryImport.of(List.of(), errors);
            if (!named) rows.remove(0);
        }

        List<GlossaryTerm> terms = new ArrayList<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        Map<String, Integer> lineByKey = new HashMap<>();
        int width = header.cells.size();
        for (Row row : rows) {
            if (row.isBlank()) continue;
            String problem = null;
            GlossaryTerm term = null;
            if (row.cells.size() > width && !(!named && headerless && delimiter == '\t')) {
                problem = row.cells.size() + " cells but the " + (named ? "columns named are " : "header has ") + width;
            } else {
                try {
                    term = entry(row, col, notes, terms.size() + 1);
                    problem = Entries.check(term);
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            if (problem != null) {
                errors.add(new GlossaryImport.RowError(row.line, problem));
                continue;
            }
            String key = org.selaras.glossary.TermMatcher.key(term.source(), term.caseSensitive());
            Integer first = firstByKey.get(key);
            if (first == null) {
                firstByKey.put(key, terms.size());
                lineByKey.put(key, row.line);
                terms.add(term);
                continue;
            }
            GlossaryTerm earlier = terms.get(first);
            if (earlier.allowedForms().contains(term.target())) {
                skipped.add(new GlossaryImport.RowError(row.line, "'" + term.source() + "' listed again (first on line "
                        + lineByKey.get(key) + ") with the same English: kept once"));
            } else {
                List<String> variants = new ArrayList<>(earlier.variants());
                variants.add(term.target());
                GlossaryTerm merged = new GlossaryTerm(earlier.id(), earlier.source(), earlier.target(), variants,
                        earlier.forbidden(), earlier.kind(), earlier.caseSensitive(), earlier.status(), earlier.note());
                String clash = Entries.check(merged);
                if (clash != null) {
                    errors.add(new GlossaryImport.RowError(row.line, clash));
                    continue;
                }
                terms.set(first, merged);
                skipped.add(new GlossaryImport.RowError(row.line, "'" + term.source() + "' listed again (first on line "
                        + lineByKey.get(key) + "): '" + term.target() + "' kept as an allowed variant"));
            }
        }
        return new GlossaryImport(terms, errors, skipped);
    }

    /** Whether a column may be named so: ours, another tool's, or {@value #IGNORE}. */
    public static boolean isColumnName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals(IGNORE) || SYNONYMS.containsKey(n);
    }

    /** Whether a read failed only because the first row names neither language: the columns must be named. */
    public static boolean headerMissing(GlossaryImport read) {
        return !read.ok() && read.errors().stream().allMatch(e -> e.line() == 1
                && e.message().startsWith(MISSING_COLUMN) && e.message().endsWith(NAME_THEM));
    }

    /** The first {@code n} rows of a table (comment lines left out), as cells: examples for naming columns. */
    public static List<List<String>> firstRows(String text, int n) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return parse(text, delimiter(firstLine(text))).stream()
                .filter(r -> !r.isBlank() && !r.cells.get(0).startsWith("#"))
                .limit(n).map(Row::cells).toList();
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank() && !line.startsWith("#")) return line;
        }
        return "";
    }

    /** A tab when the first line holds one; else comma or semicolon (Excel in an Indonesian locale), whichever is more. */
    private static char delimiter(String line) {
        if (line.indexOf('\t') >= 0) return '\t';
        long commas = 0, semicolons = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static GlossaryTerm entry(Row row, Map<String, Integer> col, Map<String, List<Integer>> notes, long id) {
        String source = cell(row, col, "id");
        String target = cell(row, col, "en");
        if (source.isEmpty()) throw new IllegalArgumentException("empty Indonesian term (column 'id')");
        if (target.isEmpty()) throw new IllegalArgumentException("empty English term (column 'en')");
        String kindCell = cell(row, col, "kind");
        GlossaryTerm.Kind kind = kindCell.isEmpty() ? GlossaryTerm.Kind.OTHER : Entries.kind(kindCell);
        if (kind == null) {
            throw new IllegalArgumentException("unknown kind '" + kindCell + "'; use one of "
                    + Arrays.toString(GlossaryTerm.Kind.values()).toLowerCase(Locale.ROOT));
        }
        String statusCell = cell(row, col, "status");
        GlossaryTerm.Status status = GlossaryTerm.Status.PREFERRED;
        if (!statusCell.isEmpty()) {
            try {
                status = GlossaryTerm.Status.valueOf(statusCell.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown status '" + statusCell
                        + "'; use preferred, admitted or deprecated");
            }
        }
        String caseCell = cell(row, col, "case_sensitive").toLowerCase(Locale.ROOT);
        boolean caseSensitive = switch (caseCell) {
            case "" -> GlossaryTerm.defaultCaseSensitive(source);
            case "yes", "true", "1" -> true;
            case "no", "false", "0" -> false;
            default -> throw new IllegalArgumentException("case_sensitive must be yes or no, not '" + caseCell + "'");
        };
        List<String> note = new ArrayList<>();
        for (String field : List.of("note", "context", "pos")) {
            for (int i : notes.getOrDefault(field, List.of())) {
                String v = i < row.cells.size() ? SpreadsheetCells.restore(row.cells.get(i)).strip() : "";
                if (!v.isEmpty()) note.add(field.equals("context") ? "Context: " + v
                        : field.equals("pos") ? "Part of speech: " + v : v);
            }
        }
        return new GlossaryTerm(id, source, target, split(cell(row, col, "also_allowed_en")),
                split(cell(row, col, "forbidden_en")), kind, caseSensitive, status, String.join("\n", note));
    }

    private static String cell(Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.cells.size() ? "" : SpreadsheetCells.restore(row.cells.get(i)).strip();
    }

    /** The forms of a cell: split at every unescaped '|', with \| and \\ read back. */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        StringBuilder v = new StringBuilder();
        for (int i = 0; i <= cell.length(); i++) {
            char c = i < cell.length() ? cell.charAt(i) : '|';
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                v.append(cell.charAt(++i));
            } else if (c == '|') {
                if (!v.toString().isBlank()) out.add(v.toString().strip());
                v.setLength(0);
            } else {
                v.append(c);
            }
        }
        return out;
    }

    /** Writes the entries with a header; {@code delimiter} is '\t' or ','. */
    public static void write(List<GlossaryTerm> terms, Writer out, char delimiter) {
        try {
            writeRow(out, delimiter, KNOWN);
            for (GlossaryTerm t : terms) {
                writeRow(out, delimiter, List.of(t.source(), t.target(), Entries.name(t.kind()),
                        join(t.variants()), join(t.forbidden()), t.note(), Entries.name(t.status()),
                        t.caseSensitive() ? "yes" : "no"));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The forms in one cell; a '|' or a backslash inside a form gets a backslash, so the cell splits back the same. */
    static String join(List<String> forms) {
        List<String> escaped = new ArrayList<>(forms.size());
        for (String f : forms) escaped.add(f.replace("\\", "\\\\").replace(MULTI, "\\" + MULTI));
        return String.join(MULTI, escaped);
    }

    private static void writeRow(Writer out, char delimiter, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(delimiter);
            // a cell a spreadsheet could take for a formula gets a ' in front, and quotes as OWASP advises
            boolean neutralised = SpreadsheetCells.needsPrefix(cells.get(i));
            String c = neutralised ? SpreadsheetCells.neutralise(cells.get(i)) : cells.get(i);
            boolean quote = neutralised || c.indexOf(delimiter) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
                    || c.indexOf('\r') >= 0;
            out.write(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        out.write('\n');
    }

    // ---- a small RFC 4180 reader that remembers the line each row starts on ----

    private record Row(int line, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static List<Row> parse(String text, char delimiter) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                cells.add(cell.toString());
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                cellStart = true;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
                cellStart = false;
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) > 0; ) sb.append(buf, 0, n);
        return sb.toString();
    }
}
