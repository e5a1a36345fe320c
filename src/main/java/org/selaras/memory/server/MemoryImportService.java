package org.selaras.memory.server;

import jakarta.enterprise.context.ApplicationScoped;
import org.selaras.ImportTransaction;
import org.selaras.SelarasConfig;
import org.selaras.exchange.TmxReader;
import org.selaras.translation.Origin;
import org.selaras.translation.TranslationService;

import java.util.List;

/**
 * A TMX file into the translation memory (not into a document): every id→en unit becomes a memory unit
 * with origin "imported". All or nothing: the whole file is read (XXE-safe) before one transaction
 * ({@link ImportTransaction}: selaras.import.timeout, 503 past it) adds it, set-based ({@link MemoryService#addAll}).
 */
@ApplicationScoped
public class MemoryImportService {

    /**
     * added: new pairs; updated: pairs the memory had, given the file's note; unchanged: pairs the memory had as
     * they are; skipped: units not taken (a side missing, too long, …), each with its line and why in notes.
     * duplicates (updated + unchanged) and rejected (= skipped) are the older names, kept for clients.
     */
    public record Report(int added, int updated, int unchanged, int skipped, int duplicates, int rejected,
                         List<TmxReader.Refused> notes) {
    }

    private final MemoryService memory;
    private final SelarasConfig config;
    private final ImportTransaction transaction;

    public MemoryImportService(MemoryService memory, SelarasConfig config, ImportTransaction transaction) {
        this.memory = memory;
        this.config = config;
        this.transaction = transaction;
    }

    public Report importTmx(byte[] bytes, String who) {
        return importTmx(bytes, null, null, who);
    }

    /** {@code source}/{@code target} (nullable): the variants of Indonesian and English to read (source=, target=). */
    public Report importTmx(byte[] bytes, String source, String target, String who) {
        TmxReader.Result parsed = TmxReader.forImport(bytes, config.sourceLanguage(), config.targetLanguage(), source,
                target, TranslationService.MAX_TEXT);
        List<MemoryService.NewUnit> units = parsed.pairs().stream()
                .map(p -> new MemoryService.NewUnit(p.source(), p.target(), Origin.IMPORTED, p.note())).toList();
        MemoryService.Added done = transaction.run(() -> memory.addAllCounted(units, who));
        int skipped = parsed.refused().size();
        // pairs a file repeats count once: the duplicates are what the memory already held
        return new Report(done.added(), done.updated(), done.unchanged(), skipped, done.updated() + done.unchanged(),
                skipped, parsed.refused());
    }
}
