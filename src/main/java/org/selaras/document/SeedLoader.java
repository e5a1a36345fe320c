package org.selaras.document;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.selaras.AppFolders;
import org.selaras.SelarasConfig;
import org.selaras.error.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Imports each *.txt of the seeds folder once; the file name is the key (document.seed_file). */
@ApplicationScoped
public class SeedLoader {
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final SelarasConfig config;
    private final DocumentService documents;

    public SeedLoader(SelarasConfig config, DocumentService documents) {
        this.config = config;
        this.documents = documents;
    }

    public int loadSeeds() {
        if (!config.seeds().enabled()) {
            return 0;
        }
        AppFolders.Lookup lookup = AppFolders.find(config.seeds().dir());
        if (lookup.found().isEmpty()) {
            LOG.warnf("Seeds folder \"%s\" not found (looked in %s): no seed documents imported",
                    lookup.setting(), lookup.triedText());
            return 0;
        }
        Path dir = lookup.found().get();
        LOG.infof("Seeds folder: %s", dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int imported = 0;
        for (Path file : files) {
            String key = file.getFileName().toString();
            if (documents.seedImported(key)) {
                continue;
            }
            try {
                Document doc = documents.importBytes(key, Files.readAllBytes(file), "system", key);
                LOG.infof("Imported seed %s as document %d (%d segments)", key, doc.id, doc.segmentCount);
                imported++;
            } catch (DomainException e) {
                LOG.errorf("Seed %s not imported: %s", key, e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // another instance seeded the same file at the same moment: its unique key won
                if (!documents.seedImported(key)) {
                    throw e;
                }
            }
        }
        return imported;
    }
}
