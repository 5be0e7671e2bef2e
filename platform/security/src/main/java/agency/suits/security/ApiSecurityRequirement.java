package agency.suits.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Marks every {@code /api/**} operation as needing the bearer token in the OpenAPI document, as the path policy
 * enforces it: Quarkus adds the requirement only to operations with security annotations.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiSecurityRequirement implements OASFilter {

    /** Must equal {@code quarkus.smallrye-openapi.security-scheme-name}. */
    static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/") && item.getOperations() != null) {
                item.getOperations().values().forEach(ApiSecurityRequirement::requireBearer);
            }
        });
    }

    private static void requireBearer(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        }
    }
}
