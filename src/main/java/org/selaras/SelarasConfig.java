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

    interface Seeds {
        @WithDefault("true")
        boolean enabled();

        /** Folder whose *.txt files are imported once, on the first start that sees them. */
        @WithDefault("seeds")
        String dir();
    }
}
