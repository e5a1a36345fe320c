package org.selaras;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Selaras' own settings (application.properties, or env SELARAS_…). */
@ConfigMapping(prefix = "selaras")
public interface SelarasConfig {

    /** Password for the "admin" account created on first start (env SELARAS_ADMIN_PASSWORD). */
    Optional<String> adminPassword();

    /** Language of imported documents, and of their translations. */
    @WithDefault("id")
    String sourceLanguage();

    @WithDefault("en")
    String targetLanguage();

    Upload upload();

    Seeds seeds();

    Glossary glossary();

    Memory memory();

    interface Upload {
        /** Largest document or text body accepted; larger gets 413. */
        @WithDefault("20M")
        MemorySize maxSize();
    }

    interface Glossary {
        /** Folder whose *.tbx files are imported on a start that finds the glossary empty. */
        @WithDefault("glossary")
        String dir();

        /** Kinds of term whose glossary issues are errors (blocking approval); the others are warnings. */
        @WithDefault("person,title")
        java.util.Set<String> errorKinds();
    }

    /** The translation memory (org.selaras.memory.MemoryService). */
    interface Memory {
        /** Lucene index folder, emptied and rebuilt from the database on every start; unset: on the heap. */
        Optional<String> indexDir();

        /** BM25 candidates re-scored by token edit distance per lookup. */
        @WithDefault("50")
        int candidates();

        /** How often units saved by other instances sharing the database are picked up. */
        @WithDefault("5s")
        String poll();

        /** How far back each poll looks again (clock skew, transactions that commit late). */
        @WithDefault("PT30S")
        java.time.Duration pollOverlap();
    }

    interface Seeds {
        @WithDefault("true")
        boolean enabled();

        /** Folder whose *.txt files are imported once, on the first start that sees them. */
        @WithDefault("seeds")
        String dir();
    }
}
