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
        return importTmx(bytes, source, target, true, who);
    }

    /** {@code store} false is a dry run: the same report, from the same work, rolled back. */
    public Report importTmx(byte[] bytes, String source, String target, boolean store, String who) {
        TmxReader.Result parsed = TmxReader.forImport(bytes, config.sourceLanguage(), config.targetLanguage(), source,
                target, TranslationService.MAX_TEXT);
        List<MemoryService.NewUnit> units = parsed.pairs().stream()
                .map(p -> new MemoryService.NewUnit(p.source(), p.target(), Origin.IMPORTED, p.note())).toList();
        MemoryService.Added done;
        try {
            done = transaction.run(() -> {
                MemoryService.Added counted = memory.addAllCounted(units, who);
                if (!store) {
                    throw new DryRun(counted); // rolls back: nothing stored, nothing indexed (that waits for a commit)
                }
                return counted;
            });
        } catch (RuntimeException e) {
            done = DryRun.counted(e);
        }
        int skipped = parsed.refused().size();
        // pairs a file repeats count once: the duplicates are what the memory already held
        return new Report(done.added(), done.updated(), done.unchanged(), skipped, done.updated() + done.unchanged(),
                skipped, parsed.refused());
    }

    /** Ends a dry run's transaction with a rollback, carrying its counts out. */
    private static final class DryRun extends RuntimeException {
        private final transient MemoryService.Added counted;

        DryRun(MemoryService.Added counted) {
            super("dry run", null, false, false);
            this.counted = counted;
        }

        /** The counts of the dry run that ended in {@code e}; {@code e} again when it is no dry run. */
        static MemoryService.Added counted(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DryRun d) {
                    return d.counted;
                }
            }
            throw e;
        }
    }
}
