package org.selaras;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.transaction.RollbackException;
import org.jboss.logging.Logger;
import org.selaras.error.Busy;
import org.selaras.error.DomainException;

import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The one transaction of an import (TMX or XLIFF into a document, TMX into the memory): all or nothing, limited
 * to {@code selaras.import.timeout} instead of the default 60 s, since a large file is a lot of work. When the
 * limit passes, or a wait for rows other work holds ends in a lock or statement timeout, everything is rolled
 * back and the caller gets {@link Busy} (503 with Retry-After) instead of a bare server error.
 */
@ApplicationScoped
public class ImportTransaction {
    private static final Logger LOG = Logger.getLogger(ImportTransaction.class);

    private final Duration timeout;

    public ImportTransaction(SelarasConfig config) {
        this.timeout = config.imports().timeout();
    }

    /** How long an import may take, waits for locks included. */
    public Duration timeout() {
        return timeout;
    }

    /** Runs the work in a new transaction of {@link #timeout()}; domain exceptions pass unchanged. */
    public <T> T run(Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return QuarkusTransaction.requiringNew().timeout(seconds(timeout)).call(work::get);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // past the limit the transaction manager has rolled back under the work, and whatever the work did
            // next failed in its own way: that, too, is the limit
            boolean late = System.nanoTime() - started >= timeout.toNanos();
            if (!late && !isTimeout(e)) {
                throw e;
            }
            LOG.warnf(e, "An import was stopped after %d ms (limit %s) and rolled back",
                    (System.nanoTime() - started) / 1_000_000, timeout);
            throw new Busy("The import did not finish within its time limit (selaras.import.timeout, "
                    + describe(timeout) + "), or the database was busy with other work on the same rows, so it was "
                    + "stopped and nothing was stored. Try again in a minute; if a large file keeps failing, an admin "
                    + "can raise selaras.import.timeout.");
        }
    }

    /**
     * What a database or the transaction manager says when time ran out or rows stayed locked, wherever it sits in
     * the chain: JPA's and Hibernate's timeout and lock kinds (a deadlock is one), JDBC's, and the rollback of a
     * transaction whose time ran out.
     */
    static boolean isTimeout(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof QueryTimeoutException || t instanceof LockTimeoutException
                    || t instanceof PessimisticLockException || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException || t instanceof RollbackException
                    || t instanceof SQLTimeoutException || t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /** The transaction manager counts whole seconds; anything shorter is one. */
    static int seconds(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (d.toMillis() + 999) / 1000));
    }

    static String describe(Duration d) {
        long s = Math.max(1, d.toSeconds());
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + (s == 60 ? " minute" : " minutes");
        }
        return s + (s == 1 ? " second" : " seconds");
    }
}
