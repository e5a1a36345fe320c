package org.selaras.glossary.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.selaras.AppFolders;
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
        if (glossary.count() > 0) {
            LOG.info("The glossary has entries: the glossary folder is not read");
            return 0;
        }
        AppFolders.Lookup lookup = AppFolders.find(config.glossary().dir());
        if (lookup.found().isEmpty()) {
            LOG.warnf("Glossary folder \"%s\" not found (looked in %s): no glossary imported",
                    lookup.setting(), lookup.triedText());
            return 0;
        }
        Path dir = lookup.found().get();
        LOG.infof("Glossary folder: %s", dir);
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
