package org.selaras.exchange;

import java.util.Locale;

/** The corpus formats, with their media type and file extension. */
public enum ExportFormat {
    TMX("application/x-tmx+xml", "tmx", false),
    JSON("application/json", "json", true),
    JSONL("application/x-ndjson", "jsonl", true),
    TSV("application/zip", "tsv.zip", false),
    XLIFF("application/xliff+xml", "xlf", true),
    XLIFF12("application/xliff+xml", "xlf", true);

    private final String mediaType;
    private final String extension;
    private final boolean keepsUntranslated;

    ExportFormat(String mediaType, String extension, boolean keepsUntranslated) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.keepsUntranslated = keepsUntranslated;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether untranslated segments can be written (with an empty target); TMX and TSV need pairs. */
    public boolean keepsUntranslated() {
        return keepsUntranslated;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The writer; {@code multi} selects the several-documents JSON shape. TSV cells are neutralised. */
    public CorpusWriter writer(String toolVersion, boolean multi) {
        return writer(toolVersion, multi, false);
    }

    /**
     * The writer; {@code multi} selects the several-documents JSON shape, {@code rawCells} (TSV only) leaves the
     * cells of {@code corpus.tsv} as they are instead of neutralising them against formula injection.
     */
    public CorpusWriter writer(String toolVersion, boolean multi, boolean rawCells) {
        return writer(toolVersion, multi, rawCells, false);
    }

    /** As above; {@code tagged} (JSON, JSONL) adds each segment's tagged forms and codes. */
    public CorpusWriter writer(String toolVersion, boolean multi, boolean rawCells, boolean tagged) {
        return switch (this) {
            case TMX -> new TmxWriter(toolVersion);
            case JSON -> new JsonWriter(multi, tagged);
            case JSONL -> new JsonlWriter(tagged);
            case TSV -> new TsvZipWriter(rawCells);
            case XLIFF -> new XliffWriter();
            case XLIFF12 -> new Xliff12Writer(toolVersion);
        };
    }

    /** Parses a format id (case-insensitive; "xlf" and "xliff2" mean XLIFF 2.0, "xliff1.2" XLIFF 1.2); null if unknown. */
    public static ExportFormat parse(String s) {
        if (s == null) {
            return null;
        }
        String id = s.trim().toLowerCase(Locale.ROOT);
        if (id.equals("xlf") || id.equals("xliff2")) {
            return XLIFF;
        }
        if (id.equals("xliff1.2")) {
            return XLIFF12;
        }
        for (ExportFormat f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }
}
