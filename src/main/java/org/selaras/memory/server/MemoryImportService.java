package org.selaras.memory.server;

import jakarta.enterprise.context.ApplicationScoped;
import org.selaras.ImportTransaction;
import org.selaras.SelarasConfig;
import org.selaras.error.Invalid;
import org.selaras.exchange.SafeXml;
import org.selaras.exchange.TmxReader;
import org.selaras.translation.Origin;
import org.selaras.translation.TranslationService;

import java.io.ByteArrayInputStream;
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
        TmxReader.Result parsed;
        try {
            parsed = TmxReader.read(new ByteArrayInputStream(bytes), config.sourceLanguage(), config.targetLanguage(),
                    TranslationService.MAX_TEXT);
        } catch (SafeXml.XmlException e) {
            throw new Invalid(e.describe()).with("line", e.line());
        }
        List<MemoryService.NewUnit> units = parsed.pairs().stream()
                .map(p -> new MemoryService.NewUnit(p.source(), p.target(), Origin.IMPORTED)).toList();
        int added = transaction.run(() -> memory.addAll(units, who));
        return new Report(added, units.size() - added, parsed.refused().size(), parsed.refused());
    }
}
