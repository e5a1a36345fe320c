package org.selaras.mt.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;
import org.selaras.document.Segment;
import org.selaras.glossary.server.GlossaryService;
import org.selaras.error.Conflict;
import org.selaras.error.DomainException;
import org.selaras.error.EngineFailed;
import org.selaras.error.EngineUnavailable;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.mt.ApertiumTranslator;
import org.selaras.mt.DeepLTranslator;
import org.selaras.mt.LibreTranslateTranslator;
import org.selaras.mt.MachineTranslator;
import org.selaras.mt.MtException;
import org.selaras.mt.OpenAiTranslator;
import org.selaras.mt.TermProtector;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured engines, each behind its own SmallRye Fault Tolerance guard (retry with exponential backoff
 * on retryable failures, then a circuit breaker), with glossary term protection around every call.
 * Engine failures are {@link EngineFailed}, or {@link EngineUnavailable} while its circuit is open. No transaction
 * is held while an engine answers: what is read from the database is read in a short transaction of its own
 * (also on the pre-translation threads, which have no request).
 */
@ApplicationScoped
@Transactional
public class MtService {

    private static final Logger LOG = Logger.getLogger(MtService.class);

    /** An engine as the API shows it: no URL, no key. */
    public record EngineView(String id, String label) {
    }

    /** A suggestion: the engine's translation with the glossary's English put in. */
    public record Suggestion(String engine, String text, List<String> terms, List<String> lost) {
    }

    private record Guarded(MachineTranslator engine, Guard guard) {
    }

    private final Map<String, Guarded> engines = new LinkedHashMap<>();
    private final GlossaryService glossary;
    private final int batchSize;

    public MtService(SelarasConfig config, GlossaryService glossary) {
        this.glossary = glossary;
        SelarasConfig.Mt mt = config.mt();
        this.batchSize = Math.max(1, mt.batchSize());
        Duration t = mt.timeout();
        List<MachineTranslator> list = new ArrayList<>();
        mt.apertium().url().filter(u -> !u.isBlank()).ifPresent(u -> list.add(new ApertiumTranslator(u, t)));
        mt.libretranslate().url().filter(u -> !u.isBlank())
                .ifPresent(u -> list.add(new LibreTranslateTranslator(u, mt.libretranslate().apiKey().orElse(null), t)));
        mt.deepl().apiKey().filter(k -> !k.isBlank())
                .ifPresent(k -> list.add(new DeepLTranslator(k, mt.deepl().url().orElse(null), t)));
        if (mt.openai().url().filter(u -> !u.isBlank()).isPresent()) {
            if (mt.openai().model().filter(m -> !m.isBlank()).isEmpty()) {
                LOG.warn("selaras.mt.openai.url is set but selaras.mt.openai.model is not: the OpenAI-compatible engine stays off");
            } else {
                list.add(new OpenAiTranslator(mt.openai().url().get(), mt.openai().apiKey().orElse(null),
                        mt.openai().model().get(), t));
            }
        }
        for (MachineTranslator e : list) {
            Guard guard = Guard.create().withDescription("mt:" + e.id())
                    .withRetry().maxRetries(Math.max(0, mt.maxRetries()))
                    .delay(mt.retryDelay().toMillis(), ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                    .maxDuration(Math.max(60_000, t.toMillis() * 4), ChronoUnit.MILLIS)
                    .whenException(MtService::retryable)
                    .withExponentialBackoff().factor(2).maxDelay(10, ChronoUnit.SECONDS).done()
                    .done()
                    .withCircuitBreaker().name("mt-" + e.id()).requestVolumeThreshold(4).failureRatio(0.75)
                    .delay(mt.circuitDelay().toMillis(), ChronoUnit.MILLIS).successThreshold(1)
                    .when(MtService::retryable)
                    .done()
                    .build();
            engines.put(e.id(), new Guarded(e, guard));
            LOG.infof("Machine translation engine on: %s", e.label());
        }
    }

    private static boolean retryable(Throwable t) {
        return t instanceof MtException m && m.retryable();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EngineView> engines() {
        return engines.values().stream().map(g -> new EngineView(g.engine().id(), g.engine().label())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int batchSize() {
        return batchSize;
    }

    /** The engine named, or the first configured one when {@code id} is blank. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String resolve(String id) {
        if (engines.isEmpty()) {
            throw new Conflict("No machine translation engine is configured "
                    + "(set selaras.mt.apertium.url, selaras.mt.libretranslate.url, selaras.mt.deepl.api-key or "
                    + "selaras.mt.openai.url and model).");
        }
        if (id == null || id.isBlank()) return engines.keySet().iterator().next();
        if (!engines.containsKey(id)) {
            throw new Invalid("Unknown engine \"" + id + "\"; configured: "
                    + String.join(", ", engines.keySet()) + ".");
        }
        return id;
    }

    /** A suggestion for one segment, into its document's target language. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Suggestion suggest(long segmentId, String engineId) {
        String engine = resolve(engineId);
        String[] seg = QuarkusTransaction.requiringNew().call(() -> {
            Segment s = Segment.findById(segmentId);
            if (s == null) throw new NotFound("There is no segment " + segmentId + ".");
            return new String[]{s.text, s.document.sourceLanguage, s.document.targetLanguage};
        });
        return translate(engine, List.of(seg[0]), seg[1], seg[2]).get(0);
    }

    /** Translates segments with glossary protection. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Suggestion> translate(String engineId, List<String> sources, String sourceLang, String targetLang) {
        Guarded g = engines.get(resolve(engineId));
        var matcher = QuarkusTransaction.requiringNew().call(() -> glossary.snapshot().glossary().sourceMatcher());
        TermProtector protector = TermProtector.forTarget(matcher, targetLang);
        TermProtector.Batch batch = protector.prepare(sources, g.engine().placeholder());
        List<String> out;
        try {
            @SuppressWarnings("unchecked")
            List<String> answer = g.guard().call(() -> g.engine().translate(batch.texts(), sourceLang, targetLang,
                    batch.hints()), List.class);
            out = answer;
        } catch (CircuitBreakerOpenException e) {
            throw new EngineUnavailable(g.engine().label()
                    + " failed several times in a row; Selaras waits a little before asking it again.");
        } catch (MtException e) {
            LOG.warnf("Machine translation by %s failed: %s", g.engine().label(), e.getMessage());
            throw new EngineFailed("Machine translation failed: " + e.getMessage());
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            LOG.warnf("Machine translation by %s failed: %s", g.engine().label(), e.toString());
            throw new EngineFailed("Machine translation by " + g.engine().label() + " failed.");
        }
        List<Suggestion> result = new ArrayList<>(out.size());
        for (TermProtector.Result r : protector.finish(batch, out)) {
            result.add(new Suggestion(g.engine().id(), r.text(), r.terms(), r.lost()));
        }
        return result;
    }
}
