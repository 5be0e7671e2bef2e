package agency.suits.billing.payment;

import agency.suits.domain.money.Amount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What makes two payment requests "the same": the invoice, the amount at minor units ("100" and "100.00" are one
 * amount), the currency and the date. A retry matches it; a different request reusing the key does not.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(UUID invoiceId, Amount amount, LocalDate receivedOn) {
        return hash(invoiceId + "|" + amount.text() + "|" + amount.currency() + "|" + receivedOn);
    }

    /** The same request of another kind ("REFUND") never shares a payment's fingerprint. */
    public static String of(UUID invoiceId, Amount amount, LocalDate on, String kind) {
        return hash(kind + "|" + invoiceId + "|" + amount.text() + "|" + amount.currency() + "|" + on);
    }

    private static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
