package org.selaras.glossary.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;
import org.selaras.exchange.GlossaryImport;
import org.selaras.exchange.TbxReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** On a start that finds the glossary empty, imports every *.tbx of the glossary folder. */
@ApplicationScoped
public class GlossaryLoader {
    private static final Logger LOG = Logger.getLogger(GlossaryLoader.class);

    private final SelarasConfig config;
    private final GlossaryService glossary;

    public GlossaryLoader(SelarasConfig config, GlossaryService glossary) {
        this.config = config;
        this.glossary = glossary;
    }

    @Transactional
    public int loadIfEmpty() {
        Path dir = Path.of(config.glossary().dir());
        if (glossary.count() > 0 || !Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tbx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int added = 0;
        for (Path file : files) {
            GlossaryImport read;
            try (InputStream in = Files.newInputStream(file)) {
                read = TbxReader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GlossaryService.ImportReport report = glossary.importTerms(read, true, "system");
            if (!report.rejected().isEmpty()) {
                LOG.errorf("Glossary %s not imported: %s", file, report.rejected());
                continue;
            }
            LOG.infof("Imported glossary %s: %d entries", file.getFileName(), report.added());
            added += report.added();
        }
        return added;
    }
}
