package agency.suits.localstack;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppJvmTest {

    @Test
    void optionsAreSplitOnAnyWhitespace() {
        assertEquals(List.of("-Xmx64m", "-XX:+UseSerialGC"), AppJvm.options("  -Xmx64m \t -XX:+UseSerialGC\n"));
        assertTrue(AppJvm.options("   ").isEmpty());
    }

    @Test
    void tuningAddsTheArenasUnlessTheCallerSetThem() {
        Map<String, String> inherited = new HashMap<>(Map.of("PATH", "/usr/bin"));
        AppJvm.tune(inherited);
        assertEquals("2", inherited.get("MALLOC_ARENA_MAX"));
        assertEquals("/usr/bin", inherited.get("PATH"));

        Map<String, String> chosen = new HashMap<>(Map.of("MALLOC_ARENA_MAX", "8"));
        AppJvm.tune(chosen);
        assertEquals("8", chosen.get("MALLOC_ARENA_MAX"));
    }
}
