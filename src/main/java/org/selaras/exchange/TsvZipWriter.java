package org.selaras.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip of three UTF-8 files, line-aligned (Moses/OPUS style): {@code corpus.<src>} and
 * {@code corpus.<trg>} (one segment per line, line N of one is the translation of line N of the
 * other) and {@code corpus.tsv} (the same pairs as two tab-separated columns, no header). Inside a
 * segment, tabs and line breaks become spaces ({@link Text#oneLine}). Only translated units.
 * <p>
 * {@code corpus.tsv} is the file a spreadsheet opens, so by default its cells are neutralised against formula
 * injection ({@link SpreadsheetCells}: a cell such as {@code =HYPERLINK(…)} or {@code -5 derajat} gets a
 * {@code '} in front). {@code corpus.<src>} and {@code corpus.<trg>} are plain text for MT training and always
 * hold the segments as they are; so does {@code corpus.tsv} when the writer is made with {@code rawCells}.
 * <p>
 * The units are read once; since a zip entry must be written in one piece, the target and TSV
 * sides are spilled to two temporary files (in {@code spillDir}) and copied in afterwards.
 */
public final class TsvZipWriter implements CorpusWriter {

    private final Path spillDir;
    private final boolean rawCells;

    /** Neutralised {@code corpus.tsv} cells, spill files in the temporary directory. */
    public TsvZipWriter() {
        this(false);
    }

    /** {@code rawCells}: {@code corpus.tsv} holds the segments as they are, formulas included. */
    public TsvZipWriter(boolean rawCells) {
        this(Path.of(System.getProperty("java.io.tmpdir")), rawCells);
    }

    public TsvZipWriter(Path spillDir) {
        this(spillDir, false);
    }

    public TsvZipWriter(Path spillDir, boolean rawCells) {
        this.spillDir = spillDir;
        this.rawCells = rawCells;
    }

    @Override
    public void write(List<ExportDocument> documents, Iterator<ExportUnit> units, OutputStream out) throws IOException {
        String src = documents.isEmpty() ? "id" : documents.get(0).sourceLanguage();
        String trg = documents.isEmpty() ? "en" : documents.get(0).targetLanguage();
        Path trgFile = Files.createTempFile(spillDir, "selaras-export-", "." + trg);
        Path tsvFile = Files.createTempFile(spillDir, "selaras-export-", ".tsv");
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("corpus." + src));
            Writer srcOut = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            try (Writer trgOut = Files.newBufferedWriter(trgFile, StandardCharsets.UTF_8);
                 Writer tsvOut = Files.newBufferedWriter(tsvFile, StandardCharsets.UTF_8)) {
                while (units.hasNext()) {
                    ExportUnit u = units.next();
                    if (!u.translated()) {
                        continue;
                    }
                    String s = Text.oneLine(u.source());
                    String t = Text.oneLine(u.target());
                    srcOut.write(s);
                    srcOut.write('\n');
                    trgOut.write(t);
                    trgOut.write('\n');
                    tsvOut.write(rawCells ? s : SpreadsheetCells.neutralise(s));
                    tsvOut.write('\t');
                    tsvOut.write(rawCells ? t : SpreadsheetCells.neutralise(t));
                    tsvOut.write('\n');
                }
            }
            srcOut.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("corpus." + trg));
            Files.copy(trgFile, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("corpus.tsv"));
            Files.copy(tsvFile, zip);
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } finally {
            Files.deleteIfExists(trgFile);
            Files.deleteIfExists(tsvFile);
        }
    }
}
