package org.selaras;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.selaras.http.StartingGate;
import org.selaras.memory.server.MemoryService;
import org.selaras.security.FirstStartAdmin;

import java.util.Optional;

/**
 * The start's work after Flyway has migrated: the memory index reads the change log on from where it stood, then
 * {@link FirstStart} (the admin account, the seed documents, the glossary). It runs after the HTTP port has opened
 * ({@code selaras.start.background}, on unless in the tests), so a load balancer or an orchestrator sees a live
 * process that is not ready yet: /q/health/live UP, /q/health/ready DOWN until the work is done, and other requests
 * 503 "starting" ({@link StartingGate}). A start whose work fails ends the process, as a failed start always did.
 */
@ApplicationScoped
@Readiness
public class Startup implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(Startup.class);

    private final FirstStart firstStart;
    private final MemoryService memory;
    private final StartingGate gate;
    private final SelarasConfig config;

    public Startup(FirstStart firstStart, MemoryService memory, StartingGate gate, SelarasConfig config) {
        this.firstStart = firstStart;
        this.memory = memory;
        this.gate = gate;
        this.config = config;
    }

    /** After the other start observers (the memory opens its index in one). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event,
                 @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
                 @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        if (!config.start().background()) {
            work(host, port);
            return;
        }
        Thread worker = new Thread(() -> {
            ManagedContext requestContext = Arc.container().requestContext(); // as the start event's observers have
            requestContext.activate();
            try {
                work(host, port);
            } catch (RuntimeException | Error e) {
                LOG.error("The start's work failed; stopping", e);
                Quarkus.asyncExit(1);
            } finally {
                requestContext.terminate();
            }
        }, "selaras-start");
        worker.setDaemon(true);
        worker.start();
        LOG.info("Selaras: the port is open; readiness stays DOWN (other requests 503) until the start's work is done");
    }

    private void work(String host, int port) {
        memory.catchUp();
        Optional<String> generated = firstStart.run();
        gate.open();
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
        return HealthCheckResponse.named("migrations-and-seed").status(gate.isOpen()).build(); // ready exactly when requests go through
    }
}
