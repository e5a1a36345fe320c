package org.selaras;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

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

    Start start();

    Glossary glossary();

    /** Machine translation engines; each is off until its settings are given. */
    Mt mt();

    Memory memory();

    Jobs jobs();

    Login login();

    Session session();

    /** Login throttling (org.selaras.security.LoginThrottle), for the form and HTTP Basic alike. */
    interface Login {
        /** Consecutive failed logins after which an account is refused, even with the right password, for {@link #lock()}. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT5M")
        java.time.Duration lock();

        /** Failed logins from one address within {@link #addressWindow()} after which that address is refused. */
        @WithDefault("30")
        int addressMaxFailures();

        @WithDefault("PT15M")
        java.time.Duration addressWindow();
    }

    /** Browser sessions (org.selaras.security.Sessions): rows in the database, a random id in the cookie. */
    interface Session {
        /** Idle time after which a session ends. */
        @WithDefault("PT8H")
        java.time.Duration timeout();

        /** Longest a session lasts, however active. */
        @WithDefault("P7D")
        java.time.Duration maxAge();

        /**
         * How long an instance answers a session from memory without asking the database (0: always ask). Logging
         * out and new passwords or roles end the session at once on the instance that did it, and within this
         * time on the others sharing the database.
         */
        @WithDefault("PT2S")
        java.time.Duration cache();

        /**
         * The cookie's Secure flag. false: set only on requests that came over HTTPS (as Vert.x sees them, so behind
         * a TLS proxy enable quarkus.http.proxy.proxy-address-forwarding); true: always (a site served over HTTPS).
         */
        @WithDefault("false")
        boolean secureCookie();

        /**
         * Origins (scheme://host:port) besides the server's own from which a browser may write with the session
         * cookie: a reverse proxy that rewrites Host. Every other cross-origin write is refused.
         */
        Optional<java.util.List<String>> trustedOrigins();
    }

    /** Files applied all or nothing: TMX and XLIFF into a document, TMX into the memory ({@link ImportTransaction}). */
    @WithName("import")
    Imports imports();

    interface Imports {
        /**
         * Longest an import's transaction may run, waiting for the document's segments included; past it everything
         * rolls back and the answer is 503. 100,000 units take well under a minute; the margin is for busy machines.
         */
        @WithDefault("5m")
        java.time.Duration timeout();

        /**
         * Largest TMX file the memory's import job takes (sent in parts, each within selaras.upload.max-size, and
         * kept in the database until the job ends); larger gets 413.
         */
        @WithDefault("1G")
        MemorySize memoryMaxSize();

        /** Pairs the memory's import job adds per transaction (its checkpoint: a job taken over goes on from there). */
        @WithDefault("5000")
        int memoryChunk();
    }

    interface Upload {
        /** Largest document or text body accepted; larger gets 413. */
        @WithDefault("20M")
        MemorySize maxSize();

        /**
         * Largest size a Word document may expand to when unzipped (all its parts together); more is refused as a
         * possible zip bomb (400).
         */
        @WithDefault("200M")
        MemorySize maxExpandedSize();
    }

    interface Glossary {
        /**
         * Folder whose *.tbx files are imported on a start that finds the glossary empty; a relative one is
         * looked for in the working directory, then in the application's home ({@link AppFolders}).
         */
        @WithDefault("glossary")
        String dir();

        /** Kinds of term whose glossary issues are errors (blocking approval); the others are warnings. */
        @WithDefault("person,title")
        java.util.Set<String> errorKinds();
    }

    /** The translation memory (org.selaras.memory.server.MemoryService). */
    interface Memory {
        /** Lucene index folder, kept across restarts (read on from its place in the change log); unset: on the heap. */
        Optional<String> indexDir();

        /** BM25 candidates re-scored by token edit distance per lookup. */
        @WithDefault("50")
        int candidates();

        /** How often units saved by other instances sharing the database are picked up. */
        @WithDefault("5s")
        String poll();

        /**
         * How long a poll keeps asking for change-log ids it saw skipped (a transaction not committed yet) before it
         * takes them for rolled back; longer than the longest transaction (selaras.import.timeout).
         */
        @WithDefault("PT15M")
        java.time.Duration gapTimeout();
    }

    /** Jobs in the database (org.selaras.jobs.Jobs). */
    interface Jobs {
        /** How often an instance with a free worker looks for queued jobs (or jobs whose instance died). */
        @WithDefault("2s")
        String poll();

        /** How often an instance says its running jobs are alive. */
        @WithDefault("5s")
        String heartbeat();

        /** Jobs one instance runs at once. */
        @WithDefault("2")
        int workers();

        /** A running job whose heartbeat is older than this is taken over by another worker (its instance died). */
        @WithDefault("PT1M")
        java.time.Duration stale();

        /** How long ended jobs are kept (GET /api/jobs/{id}). */
        @WithDefault("PT1H")
        java.time.Duration keep();

        /** On shutdown, how long the workers have to end their batch and hand their jobs back. */
        @WithDefault("PT10S")
        java.time.Duration shutdownGrace();
    }

    interface Start {
        /**
         * Whether the start's work (first-start admin, seeds, glossary, the memory index catching up) runs after the
         * HTTP port opens, readiness DOWN and other requests 503 meanwhile; false: before it opens (the tests).
         */
        @WithDefault("true")
        boolean background();
    }

    interface Seeds {
        @WithDefault("true")
        boolean enabled();

        /** Folder whose *.txt files are imported once, on the first start that sees them; relative: as glossary.dir. */
        @WithDefault("seeds")
        String dir();
    }

    interface Mt {
        /** Time allowed for one HTTP request to an engine (connect and answer). */
        @WithDefault("30s")
        java.time.Duration timeout();

        /** Retries of a failed call (timeouts, connection errors, 429, 5xx), with exponential backoff. */
        @WithDefault("2")
        int maxRetries();

        /** First backoff delay; doubled on each retry, at most 10 s. */
        @WithDefault("500ms")
        java.time.Duration retryDelay();

        /** The circuit opens when 3 of the last 4 calls failed, and stays open this long. */
        @WithDefault("30s")
        java.time.Duration circuitDelay();

        /** How long an engine's list of language pairs is kept before it is asked again (a failure: 30 s). */
        @WithDefault("10m")
        java.time.Duration pairsCache();

        /** Segments sent per call when pre-translating a document. */
        @WithDefault("10")
        int batchSize();

        Apertium apertium();

        LibreTranslate libretranslate();

        DeepL deepl();

        OpenAi openai();

        interface Apertium {
            /** APY base URL, e.g. http://127.0.0.1:2737 (env SELARAS_MT_APERTIUM_URL). */
            Optional<String> url();
        }

        interface LibreTranslate {
            /** Base URL, e.g. http://127.0.0.1:5000 (env SELARAS_MT_LIBRETRANSLATE_URL). */
            Optional<String> url();

            /** Sent as api_key when set (env SELARAS_MT_LIBRETRANSLATE_API_KEY). */
            Optional<String> apiKey();
        }

        interface DeepL {
            /** Turns DeepL on (env SELARAS_MT_DEEPL_API_KEY); keys ending in ":fx" use api-free.deepl.com. */
            Optional<String> apiKey();

            /** Overrides the endpoint chosen from the key (tests, proxies). */
            Optional<String> url();
        }

        interface OpenAi {
            /** Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:11434 for Ollama; /v1/chat/completions is appended. */
            Optional<String> url();

            /** Sent as a Bearer token when set (env SELARAS_MT_OPENAI_API_KEY). */
            Optional<String> apiKey();

            /** Model name; required with url. */
            Optional<String> model();
        }
    }
}
