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

    /** added: new units; duplicates: units the memory already had; rejected: units not taken, with why. */
    public record Report(int added, int duplicates, int rejected, List<TmxReader.Refused> notes) {
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
        int added = transaction.run(() -> memory.addAll(units, who));
        return new Report(added, units.size() - added, parsed.refused().size(), parsed.refused());
    }
}
