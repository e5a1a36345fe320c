package org.selaras.memory.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
 * with origin "imported". All or nothing: the whole file is read (XXE-safe) before one transaction adds it.
 */
@ApplicationScoped
@Transactional
public class MemoryImportService {

    /** added: new units; duplicates: units the memory already had; rejected: units not taken, with why. */
    public record Report(int added, int duplicates, int rejected, List<TmxReader.Refused> notes) {
    }

    private final MemoryService memory;
    private final SelarasConfig config;

    public MemoryImportService(MemoryService memory, SelarasConfig config) {
        this.memory = memory;
        this.config = config;
    }

    public Report importTmx(byte[] bytes, String who) {
        TmxReader.Result parsed;
        try {
            parsed = TmxReader.read(new ByteArrayInputStream(bytes), config.sourceLanguage(), config.targetLanguage(),
                    TranslationService.MAX_TEXT);
        } catch (SafeXml.XmlException e) {
            throw new Invalid(e.describe()).with("line", e.line());
        }
        long before = MemoryUnit.count();
        for (TmxReader.Pair p : parsed.pairs()) {
            memory.add(p.source(), p.target(), Origin.IMPORTED, null, null, who);
        }
        int added = (int) (MemoryUnit.count() - before);
        return new Report(added, parsed.pairs().size() - added, parsed.refused().size(), parsed.refused());
    }
}
