package org.selaras;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.selaras.security.FirstStartAdmin;

import java.util.Optional;

/**
 * First-start work after Flyway has migrated ({@link FirstStart}: the admin account, the seed documents, the glossary).
 * Readiness (/q/health/ready) stays DOWN until it is done.
 */
@ApplicationScoped
@Readiness
public class Startup implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(Startup.class);

    private final FirstStart firstStart;
    private volatile boolean ready;

    public Startup(FirstStart firstStart) {
        this.firstStart = firstStart;
    }

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
                 @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        Optional<String> generated = firstStart.run();
        ready = true;
        String shownHost = host.equals("0.0.0.0") ? "localhost" : host;
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Selaras is running: http://").append(shownHost).append(':').append(port).append("/\n");
        if (generated.isPresent()) {
            banner.append("  Log in as \"").append(FirstStartAdmin.USERNAME).append("\" with password: ")
                    .append(generated.get())
                    .append("\n  (generated on this first start and shown only once; set SELARAS_ADMIN_PASSWORD to choose it)\n");
        } else {
            banner.append("  Log in as \"").append(FirstStartAdmin.USERNAME)
                    .append("\" with your admin password (SELARAS_ADMIN_PASSWORD on the first start).\n");
        }
        LOG.info(banner);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("migrations-and-seed").status(ready).build();
    }
}
