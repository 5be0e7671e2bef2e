package agency.suits.localstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's {@code application.properties}, read the way a deployment sees it: the prod profile, and the
 * environment variables it needs.
 */
final class ModuleConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> NOT_DEPLOYED_PROFILES = Set.of("dev", "test");

    private final String module;
    private final Properties properties;

    private ModuleConfiguration(String module, Properties properties) {
        this.module = module;
        this.properties = properties;
    }

    static ModuleConfiguration of(Path repositoryRoot, String module) {
        Path file = repositoryRoot.resolve(module).resolve("src/main/resources/application.properties");
        if (!Files.exists(file)) {
            throw new AssertionError(module + " has no " + repositoryRoot.relativize(file)
                    + "; the local stack and docker-compose.yml wire it through that file's properties");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
        return new ModuleConfiguration(module, properties);
    }

    String module() {
        return module;
    }

    /** Property names without their profile, as the module knows them. */
    Set<String> propertyNames() {
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            names.add(withoutProfile(key));
        }
        return names;
    }

    /** The value a packaged (prod profile) app sees, before expansion. */
    Optional<String> prodValue(String property) {
        String value = properties.getProperty("%prod." + property, properties.getProperty(property));
        return Optional.ofNullable(value).map(String::trim);
    }

    /**
     * The environment variable a deployment sets for {@code property}: the one its prod value expands, when the
     * file writes it as {@code ${SOME_NAME}}, else the property's own MicroProfile environment name.
     */
    String environmentVariableFor(String property) {
        Optional<String> value = prodValue(property);
        if (value.isPresent()) {
            Matcher only = PLACEHOLDER.matcher(value.get());
            if (only.matches()) {
                return AppEnvironment.environmentName(only.group(1));
            }
        }
        return AppEnvironment.environmentName(property);
    }

    /** Environment variables that a prod value needs and that have no default: a deployment must set them. */
    Set<String> requiredPlaceholders() {
        Set<String> required = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (profile(key).map(NOT_DEPLOYED_PROFILES::contains).orElse(false)) {
                continue;
            }
            if (profile(key).isEmpty() && properties.containsKey("%prod." + key)) {
                continue; // prod has its own value
            }
            Matcher placeholder = PLACEHOLDER.matcher(properties.getProperty(key));
            while (placeholder.find()) {
                String name = placeholder.group(1);
                boolean hasDefault = placeholder.group(2) != null;
                // ${quarkus.application.name} refers to another property; ${DB_URL} to the environment
                boolean isEnvironmentVariable = ENVIRONMENT_NAME.matcher(name).matches();
                if (!hasDefault && isEnvironmentVariable) {
                    required.add(name);
                }
            }
        }
        return required;
    }

    private static Optional<String> profile(String key) {
        if (!key.startsWith("%")) {
            return Optional.empty();
        }
        int dot = key.indexOf('.');
        return Optional.of(key.substring(1, dot < 0 ? key.length() : dot));
    }

    private static String withoutProfile(String key) {
        if (!key.startsWith("%")) {
            return key;
        }
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }
}
