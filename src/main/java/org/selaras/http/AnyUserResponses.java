package org.selaras.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

import java.util.List;

/**
 * Quarkus adds a bare 403 to every operation with {@code @RolesAllowed}; an operation open to any logged-in user
 * ({@code @RolesAllowed("**")}) cannot answer 403, so the document leaves it out there.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUN)
public class AnyUserResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        var security = operation.getSecurity();
        boolean anyUser = security != null && !security.isEmpty() && security.stream()
                .allMatch(s -> s.getSchemes().values().stream().allMatch(List.of("**")::equals));
        if (anyUser && operation.getResponses() != null) {
            operation.getResponses().removeAPIResponse("403");
        }
        return operation;
    }
}
