package agency.suits.clients.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How a receiver knows a delivery came from Suits and was not replayed later: an HMAC-SHA256, keyed with the
 * subscription's secret, over the timestamp, a dot and the body, sent hex-encoded as {@code v1=<hex>}. The timestamp
 * is signed so that a receiver can refuse old deliveries; the version prefix lets a second scheme be added beside
 * this one. docs/webhooks.md has the verification snippet.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "Suits-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Suits-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Suits-Webhook-Signature";
    static final String SCHEME = "v1=";
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: 32 random bytes, URL-safe base64, prefixed so that it is recognisable in a secret scanner. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The signature header's value for this body sent at this time (epoch seconds). */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return SCHEME + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
