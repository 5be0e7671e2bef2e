package agency.suits.clients.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"id\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

    /** The value docs/webhooks.md's shell snippet prints: printf '1700000000.{"id":"e1"}' | openssl dgst ... */
    @Test
    void signsTheTimestampADotAndTheBodyAsOpensslDoes() {
        assertEquals("v1=6a85cb117c993612a34c72b4cfb5a16baed25a80d26e298ce0e6671320fd07c8",
                WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY));
    }

    @Test
    void anotherTimeOrAnotherSecretSignsDifferently() {
        String signed = WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY);
        assertNotEquals(signed, WebhookSignature.sign("whsec_test", 1_700_000_001L, BODY));
        assertNotEquals(signed, WebhookSignature.sign("whsec_other", 1_700_000_000L, BODY));
    }

    @Test
    void secretsAreLongRandomAndRecognisable() {
        String one = WebhookSignature.newSecret();
        assertTrue(one.startsWith("whsec_") && one.length() >= 48, one);
        assertNotEquals(one, WebhookSignature.newSecret());
    }
}
