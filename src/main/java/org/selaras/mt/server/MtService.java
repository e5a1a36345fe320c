package org.selaras.mt.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;
import org.selaras.document.Document;
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
import org.selaras.mt.TermHint;
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

    /** An engine that cannot translate a document, and why, in translator's words. */
    public record Unusable(String id, String label, String reason) {
    }

    /**
     * The engines for a document's languages: those that translate them, the others with the reason, and when
     * there is none a message saying so ({@code configured} counts every engine, usable or not).
     */
    public record DocumentEngines(String source, String target, int configured, List<EngineView> engines,
                                  List<Unusable> unusable, String message) {
    }

    /** A suggestion: the engine's translation with the glossary's English put in. */
    public record Suggestion(String engine, String text, List<String> terms, List<String> lost) {
    }

    private record Guarded(MachineTranslator engine, Guard guard, EnginePairs pairs) {
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
            engines.put(e.id(), new Guarded(e, guard, new EnginePairs(e, mt.pairsCache())));
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

    /** The engines that translate the document's languages (each engine's own list, cached), and the others. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DocumentEngines enginesFor(long documentId) {
        String[] langs = languagesOf(documentId);
        List<EngineView> usable = new ArrayList<>();
        List<Unusable> others = new ArrayList<>();
        for (Guarded g : engines.values()) {
            String why = whyNot(g, langs[0], langs[1]);
            if (why == null) usable.add(new EngineView(g.engine().id(), g.engine().label()));
            else others.add(new Unusable(g.engine().id(), g.engine().label(), why));
        }
        return new DocumentEngines(langs[0], langs[1], engines.size(), usable, others,
                usable.isEmpty() ? EngineMessages.noEngine(langs[0], langs[1]) : null);
    }

    /** Why the engine cannot translate source → target (null: it can). */
    private static String whyNot(Guarded g, String source, String target) {
        EnginePairs.Known known = g.pairs().get();
        if (known.pairs() == null) return EngineMessages.failed(g.engine().label(), known.problem());
        return known.pairs().has(source, target) ? null : EngineMessages.notServed(g.engine().label(), source, target);
    }

    /**
     * The engine named, or the first that translates source → target when {@code id} is blank. None configured,
     * none for the pair, or the one named not for it: 409; unknown name: 400; the engine cannot be asked: 503.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String resolve(String id, String source, String target) {
        if (engines.isEmpty()) {
            throw new Conflict("No machine translation engine is configured "
                    + "(set selaras.mt.apertium.url, selaras.mt.libretranslate.url, selaras.mt.deepl.api-key or "
                    + "selaras.mt.openai.url and model).");
        }
        if (id == null || id.isBlank()) {
            return engines.values().stream().filter(g -> whyNot(g, source, target) == null).findFirst()
                    .map(g -> g.engine().id())
                    .orElseThrow(() -> new Conflict(EngineMessages.noEngine(source, target)));
        }
        Guarded g = engines.get(id);
        if (g == null) {
            throw new Invalid("Unknown engine \"" + id + "\"; configured: "
                    + String.join(", ", engines.keySet()) + ".");
        }
        EnginePairs.Known known = g.pairs().get();
        if (known.pairs() == null) throw new EngineUnavailable(EngineMessages.failed(g.engine().label(), known.problem()));
        if (!known.pairs().has(source, target)) {
            throw new Conflict(EngineMessages.notServed(g.engine().label(), source, target));
        }
        return id;
    }

    /** The document's source and target language, read in a transaction of its own. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String[] languagesOf(long documentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Document d = Document.findById(documentId);
            if (d == null) throw new NotFound("There is no document " + documentId + ".");
            return new String[]{d.sourceLanguage, d.targetLanguage};
        });
    }

    /** A suggestion for one segment, into its document's target language. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Suggestion suggest(long segmentId, String engineId) {
        String[] seg = QuarkusTransaction.requiringNew().call(() -> {
            Segment s = Segment.findById(segmentId);
            if (s == null) throw new NotFound("There is no segment " + segmentId + ".");
            // a formatted segment goes with its tags, protected like terms, so they come back in place
            return new String[]{s.taggedOrText(), s.document.sourceLanguage, s.document.targetLanguage};
        });
        return translate(engineId, List.of(seg[0]), seg[1], seg[2]).get(0);
    }

    /** Translates segments with glossary protection. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Suggestion> translate(String engineId, List<String> sources, String sourceLang, String targetLang) {
        Guarded g = engines.get(resolve(engineId, sourceLang, targetLang));
        var matcher = QuarkusTransaction.requiringNew().call(() -> glossary.snapshot().glossary().sourceMatcher());
        TermProtector protector = TermProtector.forTarget(matcher, targetLang);
        TermProtector.Batch batch = protector.prepare(sources, g.engine().placeholder());
        List<String> out = call(g, batch.texts(), sourceLang, targetLang, batch.hints());
        List<Suggestion> result = new ArrayList<>(out.size());
        for (TermProtector.Result r : protector.finish(batch, out)) {
            result.add(new Suggestion(g.engine().id(), r.text(), r.terms(), r.lost()));
        }
        return result;
    }

    /**
     * Translates texts as the engine renders them, glossary protection off: term discovery asks how an engine
     * writes a name or title the glossary does not have yet.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Suggestion> translateUnprotected(String engineId, List<String> sources, String sourceLang,
                                                 String targetLang) {
        Guarded g = engines.get(resolve(engineId, sourceLang, targetLang));
        List<String> out = call(g, sources, sourceLang, targetLang, List.of());
        return out.stream().map(t -> new Suggestion(g.engine().id(), t, List.of(), List.of())).toList();
    }

    /** One guarded engine call; engine failures become 502/503 problems. */
    private List<String> call(Guarded g, List<String> texts, String sourceLang, String targetLang,
                              List<TermHint> hints) {
        try {
            @SuppressWarnings("unchecked")
            List<String> answer = g.guard().call(() -> g.engine().translate(texts, sourceLang, targetLang, hints),
                    List.class);
            return answer;
        } catch (CircuitBreakerOpenException e) {
            throw new EngineUnavailable(g.engine().label()
                    + " failed several times in a row; Selaras waits a little before asking it again. Try again in a minute.");
        } catch (MtException e) {
            LOG.warnf("Machine translation by %s failed: %s", g.engine().label(), e.getMessage());
            throw new EngineFailed(EngineMessages.failed(g.engine().label(), e));
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            LOG.warnf("Machine translation by %s failed: %s", g.engine().label(), e.toString());
            throw new EngineFailed("Machine translation by " + g.engine().label() + " failed.");
        }
    }

    /** The label of a configured engine, for showing where a suggestion came from. */
    public String label(String engineId) {
        Guarded g = engines.get(engineId);
        return g == null ? engineId : g.engine().label();
    }
}
