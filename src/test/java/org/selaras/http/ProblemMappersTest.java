package org.selaras.http;

import jakarta.persistence.LockTimeoutException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.selaras.error.Busy;
import org.selaras.error.DomainException;
import org.selaras.error.Invalid;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status table of the one mapper: a new kind of domain exception cannot leave without a status. */
class ProblemMappersTest {

    @Test
    void everyKindOfDomainExceptionHasAnErrorStatusAndATitle() throws Exception {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Class<?> kind : DomainException.class.getPermittedSubclasses()) {
            DomainException e = (DomainException) kind.getConstructor(String.class).newInstance("why");
            int status = ProblemMappers.status(e);
            assertTrue(status >= 400 && status < 600, kind + " → " + status);
            assertNotEquals("Error", Problem.title(status), kind.getSimpleName());
            statuses.put(kind.getSimpleName(), status);
        }
        assertEquals(Map.of("NotFound", 404, "Conflict", 409, "NotAllowed", 403, "Invalid", 400, "TooLarge", 413,
                "Unprocessable", 422, "EngineFailed", 502, "EngineUnavailable", 503, "Busy", 503), statuses);
    }

    @Test
    void extensionsKeepTheirOrder() {
        DomainException e = new Invalid("Nothing imported.").with("rejected", 2).with("line", 7);
        assertEquals("[rejected, line]", e.extensions().keySet().toString());
        assertEquals("Content Too Large", Problem.title(413));
        assertEquals("Unprocessable Content", Problem.title(422));
    }

    @Test
    void aLockTimeoutIsA503ThatSaysNothingWasStoredAndWhenToRetry() {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? "/api/segments/7/translation" : null);
        Response r = new ProblemMappers().busy(new LockTimeoutException("Timeout trying to lock table"), uri);
        assertEquals(503, r.getStatus());
        assertEquals("10", r.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        Problem p = (Problem) r.getEntity();
        assertTrue(p.detail.contains("nothing was stored"), p.detail);
        assertEquals("/api/segments/7/translation", p.instance);
        assertEquals(60, new Busy("an import ran out of time").retryAfterSeconds());
    }
}
