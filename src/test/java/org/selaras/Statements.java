package org.selaras;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JDBC statements Hibernate prepares while some work runs (quarkus.hibernate-orm.statistics is on in
 * the test profile). A JDBC batch is one statement, however many rows it carries: what the count shows is the
 * number of round trips, the thing that must not grow with every unit of an import.
 */
public final class Statements {

    private Statements() {
    }

    public static long during(Runnable work) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate statistics are off: set quarkus.hibernate-orm.statistics=true");
        }
        long before = statistics.getPrepareStatementCount();
        work.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
