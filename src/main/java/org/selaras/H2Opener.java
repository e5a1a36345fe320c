package org.selaras;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.h2.mvstore.tx.Transaction;
import org.h2.table.Table;
import org.h2.value.VersionedValue;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Opens the embedded H2 database (a {@code jdbc:h2:file:…} URL) once, on the main thread, before the connection
 * pool is asked for its first connection, and logs how long that took.
 *
 * <p><b>Why (issue 13, item 8: a start after {@code kill -9} failed with "Acquisition timeout" and
 * {@code MVStoreException: Reading from file … failed}, the start after it succeeded).</b> Opening an H2 file that
 * was not closed cleanly rolls back, inside {@code DriverManager.getConnection}, every transaction that was open
 * when the process died ({@code TransactionStore.endLeftoverTransactions}); MVStore had already written their
 * uncommitted rows to the file, so the work grows with them. A 20 MB import cut off half-way took 9–11 s on two
 * busy cores (the same file opened in under 2 s once that was done). The first connection used to come from
 * the pool, on Flyway's behalf, and Agroal (3.0.1, {@code ConnectionPool.handlerFromSharedCache}) waits
 * {@code quarkus.datasource.jdbc.acquisition-timeout} (5 s) for a new connection: then it fails the caller with
 * "Acquisition timeout while waiting for new connection" <i>and cancels the task that is still opening it with
 * {@code Future.cancel(true)}</i>. That interrupt lands in H2's recovery, and a
 * {@code FileChannel} is closed by an interrupt ({@code ClosedByInterruptException}): H2 reports
 * "Reading from file … failed" (or "Could not open file"), Flyway cannot connect, Quarkus exits. Nothing is
 * damaged (the next open starts again from the last chunk written whole); the next start succeeds when its open
 * happens to finish within the 5 s — a warm page cache, a less busy machine, part of the rollback already stored
 * by the interrupted open — hence "1 in 4, and the next start succeeded". A longer acquisition timeout would only
 * move the race (the rollback grows with the import cut off and with the machine's load), so the open runs here
 * instead, outside the pool, with no deadline and nothing that interrupts it. Reproduced with the server before
 * this class: a 2 x 19 MB import killed after 30 s failed three starts in a row that way; H2RestartIT fails on it.
 *
 * <p><b>Leftovers.</b> After an unclean stop it also rolls back H2's "leftovers" before anyone else reads the
 * database. MVStore stores its maps one after the other while transactions keep writing, so a store can catch a
 * row a transaction has just written but not the undo-log record written a moment before it (the undo logs are
 * stored first). When that store is the last one before a {@code kill -9}, the open after it cannot roll the row
 * back: it stays in the table marked "uncommitted by transaction N", hidden from everyone except a later
 * transaction that gets the same number N — and H2 reuses numbers from 1. H2RestartIT met one: an import cut off
 * by the kill left its document row (no segments) that {@code GET /api/documents} showed when its transaction
 * happened to reuse that number. H2 itself overwrites such a row only when someone writes it again
 * (TxDecisionMaker, "leftover after unclean shutdown"). So when the file's header lacks the {@code clean:1} mark
 * that H2 writes on a clean close, every table and index map is scanned once, with no transaction open, and each
 * entry still marked uncommitted is set back to its committed value, as H2's own rollback does with an undo record.
 * This reads every row (about 1 s per 100,000 rows and indexes on two busy cores), after unclean stops only.
 *
 * <p>The hook is Flyway's configuration customizer because Quarkus calls it at start ({@code migrate-at-start})
 * just before Flyway takes its first connection from the pool, which is earlier than any observer of
 * {@link StartupEvent}. The connection is held until the application has started (so the pool's first
 * connection finds the database open instead of opening it a second time), then closed.
 */
@ApplicationScoped
public class H2Opener implements FlywayConfigurationCustomizer {
    private static final Logger LOG = Logger.getLogger(H2Opener.class);

    private final Optional<String> url;
    private final Optional<String> username;
    private final Optional<String> password;
    private Connection held;
    private boolean done;

    public H2Opener(@ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
                    @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                    @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** An embedded H2 database in files of this process: not in memory, not an H2 server. */
    static boolean isEmbeddedH2File(String url) {
        if (!url.startsWith("jdbc:h2:")) return false;
        String rest = url.substring("jdbc:h2:".length());
        return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:"));
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        open();
    }

    synchronized void open() {
        if (done || url.isEmpty() || !isEmbeddedH2File(url.get())) return;
        done = true;
        String shown = url.get().split(";", 2)[0];
        LOG.infof("Opening the H2 database %s (after an unclean stop H2 first rolls back the transactions that "
                + "were open: this can take a while after a large import was cut off, and is not timed out)", shown);
        // before H2 opens it: the open's own writes drop the clean mark
        Optional<Path> file = mvFile(url.get());
        boolean unclean = file.isEmpty() || Files.exists(file.get()) && !closedCleanly(file.get());
        long start = System.nanoTime();
        Properties props = new Properties();
        username.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        try {
            held = new org.h2.Driver().connect(url.get(), props);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the H2 database " + shown + ": " + e.getMessage()
                    + " (H2's own log is the .trace.db file next to it; if the file is damaged, restore a backup"
                    + " or use org.h2.tools.Recover)", e);
        }
        LOG.infof("H2 database open in %.1f s%s", (System.nanoTime() - start) / 1e9,
                unclean ? " (it had not been closed cleanly)" : "");
        if (unclean) rollBackLeftovers(held);
    }

    /** The {@code .mv.db} file of a {@code jdbc:h2:[file:]path} URL; empty for other file systems (nio:, split:…). */
    static Optional<Path> mvFile(String url) {
        String path = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (path.startsWith("file:")) path = path.substring("file:".length());
        if (path.matches("[A-Za-z]{2,}:.*")) return Optional.empty();
        if (path.startsWith("~")) path = System.getProperty("user.home") + path.substring(1);
        return Optional.of(Path.of(path + ".mv.db"));
    }

    /**
     * Whether H2 closed this file cleanly the last time, by H2's own rule (RandomAccessStore.readStoreHeader): both
     * copies of the store header (the first two 4 KB blocks, "H:2,…,version:…,clean:1,fletcher:…") agree on the
     * version and carry {@code clean:1}, which H2 writes on a clean close and drops from the header with the first
     * chunk it writes after opening. Unreadable or not H2: false.
     */
    static boolean closedCleanly(Path file) {
        byte[] blocks = new byte[2 * 4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(blocks, 0, blocks.length);
        } catch (IOException e) {
            return false;
        }
        if (n < blocks.length) return false;
        String version = null;
        for (int b = 0; b < 2; b++) {
            String header = new String(blocks, b * 4096, 4096, StandardCharsets.ISO_8859_1).split("[\\n\\u0000]", 2)[0];
            if (!header.startsWith("H:")) return false;
            List<String> fields = List.of(header.split(","));
            String v = fields.stream().filter(f -> f.startsWith("version:")).findFirst().orElse(null);
            if (v == null || !fields.contains("clean:1") || version != null && !version.equals(v)) return false;
            version = v;
        }
        return true;
    }

    /**
     * Sets every entry of a table or index map that is still marked uncommitted, by a transaction that is not open,
     * back to its committed value (removes it if it had none). Returns how many; logs them by table.
     */
    static int rollBackLeftovers(Connection connection) {
        long start = System.nanoTime();
        SessionLocal session = (SessionLocal) ((JdbcConnection) connection).getSession();
        Store store = session.getDatabase().getStore();
        MVStore mvStore = store.getMvStore();
        Set<Integer> open = new HashSet<>();
        for (Transaction t : store.getTransactionStore().getOpenTransactions()) open.add(t.getId());
        Map<String, Integer> byTable = new TreeMap<>();
        long entries = 0;
        int fixed = 0;
        for (String name : new TreeSet<>(mvStore.getMapNames())) {
            if (!name.startsWith("table.") && !name.startsWith("index.")) continue;
            MVMap<Object, Object> map = mvStore.openMap(name);
            List<Object> keys = new ArrayList<>();
            List<Object> committed = new ArrayList<>();
            for (Cursor<Object, Object> c = map.cursor(null); c.hasNext(); ) {
                Object key = c.next();
                entries++;
                // an operation id is the transaction id above 40 bits of log id (TransactionStore.getTransactionId)
                if (c.getValue() instanceof VersionedValue<?> v && v.getOperationId() != 0
                        && !open.contains((int) (v.getOperationId() >>> 40))) {
                    keys.add(key);
                    committed.add(v.getCommittedValue());
                }
            }
            for (int i = 0; i < keys.size(); i++) {
                Object value = committed.get(i);
                if (value == null) {
                    map.remove(keys.get(i));
                } else if (value instanceof VersionedValue<?>) {
                    map.put(keys.get(i), value);
                } else {
                    LOG.warnf("H2 leftover in %s not rolled back: its committed value is a %s", name,
                            value.getClass().getName());
                    continue;
                }
                fixed++;
                Table table = store.getTable(name);
                byTable.merge(table != null ? table.getName() + " rows" : name + " (an index)", 1, Integer::sum);
            }
        }
        if (fixed > 0) {
            mvStore.commit();
            LOG.warnf("Rolled back %d H2 leftover(s) of transactions cut off by the unclean stop (written without "
                    + "their undo records): %s", fixed, byTable);
        }
        LOG.infof("After the unclean stop: checked %d rows and index entries for H2 leftovers in %.1f s, %d rolled back",
                entries, (System.nanoTime() - start) / 1e9, fixed);
        return fixed;
    }

    void started(@Observes StartupEvent event) {
        release();
    }

    @PreDestroy
    synchronized void release() {
        if (held == null) return;
        try {
            held.close();
        } catch (SQLException e) {
            LOG.debugf(e, "Closing the opening connection of H2");
        }
        held = null;
    }
}
