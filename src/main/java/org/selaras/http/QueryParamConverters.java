package org.selaras.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Numeric query parameters that do not parse (limit=abc) are the caller's mistake: 400 naming the parameter.
 * JAX-RS would answer 404, as if the resource did not exist; a converter's own WebApplicationException is
 * passed through as it is, so this one says what was wrong.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!isQuery(annotations)) return null;
        String name = queryName(annotations);
        if (rawType == Integer.class || rawType == int.class) return number(name, Integer::valueOf);
        if (rawType == Long.class || rawType == long.class) return number(name, Long::valueOf);
        return null;
    }

    /** {@code name} null: the parameter is named by finding the bad value among the request's query parameters. */
    private static <T> ParamConverter<T> number(String name, Function<String, Object> parse) {
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                try {
                    return (T) parse.apply(value.strip());
                } catch (NumberFormatException e) {
                    throw new BadRequestException("The query parameter " + (name != null ? name : holding(value))
                            + " must be a whole number; got \""
                            + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "\".");
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    /** Only query parameters: a path parameter that does not parse stays a 404 (there is no such resource). */
    private static boolean isQuery(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam || a instanceof RestQuery) return true;
        }
        return false;
    }

    /** The name the annotation gives; null for a {@code @RestQuery} named after its Java parameter. */
    private static String queryName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) return q.value();
            if (a instanceof RestQuery q && !q.value().isEmpty()) return q.value();
        }
        return null;
    }

    /** The names of the query parameters sent with this value. */
    private static String holding(String value) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        Map<String, List<String>> params = request == null ? Map.of() : request.serverRequest().getQueryParamsMap();
        String names = params.entrySet().stream().filter(e -> e.getValue().contains(value)).map(Map.Entry::getKey)
                .sorted().collect(Collectors.joining(", "));
        return names.isEmpty() ? "(one of them)" : names;
    }
}
