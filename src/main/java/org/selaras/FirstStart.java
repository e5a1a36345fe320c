package org.selaras;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.document.SeedLoader;
import org.selaras.glossary.server.GlossaryLoader;
import org.selaras.security.FirstStartAdmin;

import java.util.Optional;

/**
 * The work of a start on a database that may be new: the admin account, the seed documents, the glossary.
 * Instances that start at once on one database would each find "no admin yet" and insert one, and all but one
 * would die on the unique key; so the work runs under a row lock (app_lock 'first-start', held by this method's
 * transaction): the others wait, then find it done. The steps themselves keep their own transactions.
 */
@ApplicationScoped
public class FirstStart {

    private final FirstStartAdmin admin;
    private final SeedLoader seeds;
    private final GlossaryLoader glossary;

    public FirstStart(FirstStartAdmin admin, SeedLoader seeds, GlossaryLoader glossary) {
        this.admin = admin;
        this.seeds = seeds;
        this.glossary = glossary;
    }

    /** @return the generated admin password, if this start made the account */
    @Transactional
    @TransactionConfiguration(timeout = 3600) // a large seed folder; the lock must outlive it
    public Optional<String> run() {
        Panache.getEntityManager().createNativeQuery("select name from app_lock where name = 'first-start' for update")
                .getResultList();
        return QuarkusTransaction.suspendingExisting().call(() -> {
            Optional<String> generated = admin.ensureAdmin();
            seeds.loadSeeds();
            glossary.loadIfEmpty();
            return generated;
        });
    }
}
