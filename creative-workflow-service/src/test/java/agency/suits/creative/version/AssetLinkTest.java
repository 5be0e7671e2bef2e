package agency.suits.creative.version;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssetLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://assets.example.com/a.png", "http://dam.local:8080/x?v=2", "HTTPS://Example.com"})
    void acceptsAbsoluteHttpLinks(String link) {
        assertTrue(AssetLink.problemWith(link).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://example.com/a.png|must be an http or https URL",
            "javascript:alert(1)|must be an http or https URL",
            "/relative/path.png|must be an http or https URL",
            "https:///no-host|must name a host",
            "https://user:secret@example.com/a.png|must not carry credentials",
            "https://exa mple.com/a b|is not a valid URL"})
    void refusesEverythingElseSayingWhy(String link, String why) {
        assertEquals(why, AssetLink.problemWith(link).orElseThrow());
    }
}
