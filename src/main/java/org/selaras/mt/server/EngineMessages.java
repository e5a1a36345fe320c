package org.selaras.mt.server;

import org.selaras.mt.LanguagePairs;
import org.selaras.mt.MtException;

/** What a translator reads when machine translation cannot help: what happened and what to do, no jargon. */
final class EngineMessages {

    private EngineMessages() {
    }

    static String noEngine(String source, String target) {
        return "No machine translation engine here translates " + LanguagePairs.names(source, target)
                + ". An admin can add one in the MT settings.";
    }

    static String notServed(String engine, String source, String target) {
        return engine + " does not translate " + LanguagePairs.names(source, target) + ".";
    }

    /** An engine call that failed, in translator's words; the engine's own text goes to the log only. */
    static String failed(String engine, MtException e) {
        int status = e.status();
        if (status == 0) {
            return e.retryable() ? engine + " cannot be reached just now. Try again in a moment; if it lasts, tell an admin."
                    : engine + " was interrupted. Try again.";
        }
        if (status == 401 || status == 403) {
            return engine + " refused Selaras's key (HTTP " + status + "). An admin needs to check the MT settings.";
        }
        if (status == 429 || status == 456) {
            return engine + " is busy or its quota is used up (HTTP " + status + "). Try again later.";
        }
        if (status >= 500) {
            return engine + " has a problem of its own (HTTP " + status + "). Try again in a moment.";
        }
        if (status / 100 == 2) {
            return engine + " answered with something Selaras cannot read. If it happens again, tell an admin.";
        }
        return engine + " refused the text (HTTP " + status + "). If it happens again, tell an admin.";
    }
}
