package agency.suits.web.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource every service has (the dead letters of platform/messaging) sits under {@code {service}}, which only this
 * service's name matches. In the document the path is written out with that name and the parameter dropped, so the
 * four documents join without two services owning one path, and its operations are named after the service
 * ({@code listDeadLetters} becomes {@code listDeadLettersOfBillingService}) so that their ids stay unique when joined.
 */
final class ServicePaths {

    private static final String SERVICE = "service";

    private ServicePaths() {
    }

    static void name(OpenAPI openAPI, Optional<String> service) {
        if (service.isEmpty() || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String template = "{" + SERVICE + "}";
        Map<String, PathItem> items = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
        items.forEach((path, item) -> {
            if (!path.contains(template)) {
                return;
            }
            openAPI.getPaths().removePathItem(path);
            item.getOperations().values().forEach(operation -> writeOut(operation, service.get()));
            item.setParameters(withoutService(item.getParameters()));
            openAPI.getPaths().addPathItem(path.replace(template, service.get()), item);
        });
    }

    private static void writeOut(Operation operation, String service) {
        operation.setParameters(withoutService(operation.getParameters()));
        if (operation.getOperationId() != null) {
            operation.setOperationId(operation.getOperationId() + "Of" + camelCase(service));
        }
    }

    private static List<Parameter> withoutService(List<Parameter> parameters) {
        if (parameters == null) {
            return null;
        }
        List<Parameter> kept = parameters.stream()
                .filter(parameter -> parameter.getIn() != Parameter.In.PATH || !SERVICE.equals(parameter.getName()))
                .toList();
        return kept.isEmpty() ? null : new ArrayList<>(kept);
    }

    private static String camelCase(String name) {
        StringBuilder camel = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return camel.toString();
    }
}
