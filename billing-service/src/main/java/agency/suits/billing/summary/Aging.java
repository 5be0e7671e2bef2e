package agency.suits.billing.summary;

import agency.suits.domain.money.Amount;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Receivables by age: what is outstanding on issued invoices, in buckets of days since the invoice was issued
 * (0-30, 31-60, 61-90, 90+). One ageing per currency: amounts in different currencies are never added up.
 */
public final class Aging {

    public static final String[] BUCKETS = {"0-30", "31-60", "61-90", "90+"};

    private final String currency;
    private final Map<String, Amount> buckets = new LinkedHashMap<>();

    public Aging(String currency) {
        this.currency = currency;
        for (String bucket : BUCKETS) {
            buckets.put(bucket, Amount.zero(currency));
        }
    }

    public static String bucketOf(LocalDate issuedOn, LocalDate today) {
        long age = Math.max(0, ChronoUnit.DAYS.between(issuedOn, today));
        if (age <= 30) {
            return "0-30";
        }
        if (age <= 60) {
            return "31-60";
        }
        return age <= 90 ? "61-90" : "90+";
    }

    public void add(LocalDate issuedOn, LocalDate today, Amount outstanding) {
        buckets.merge(bucketOf(issuedOn, today), outstanding, Amount::plus);
    }

    public String currency() {
        return currency;
    }

    public Map<String, Amount> buckets() {
        return buckets;
    }

    public Amount total() {
        return buckets.values().stream().reduce(Amount.zero(currency), Amount::plus);
    }
}
