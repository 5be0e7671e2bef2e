package agency.suits.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.50", "0", "0.00", "1250", "1250.5", "99999999999.9999"})
    void keepsTheAmountAndItsScaleThroughJson(String amount) throws Exception {
        Money money = Money.of(amount, "EUR");

        String json = EventJson.mapper().writeValueAsString(money);

        assertEquals("{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}", json);
        Money back = EventJson.mapper().readValue(json, Money.class);
        assertEquals(money, back);
        assertEquals(new BigDecimal(amount).scale(), back.amount().scale());
    }

    @Test
    void tenFiftyIsNotTenPointFive() {
        assertNotEquals(Money.of("10.50", "EUR"), Money.of("10.5", "EUR"));
    }

    @Test
    void writesTheAmountAsAStringWhicheverMapperIsUsed() throws Exception {
        JsonNode json = new ObjectMapper().valueToTree(Money.of("1250.00", "USD"));

        assertEquals("1250.00", json.get("amount").textValue());
    }

    @ParameterizedTest
    @CsvSource({"-0.01, EUR", "10.12345, EUR", "1E+3, EUR", "10.00, eur", "10.00, EURO", "10.00, ZZZ"})
    void refusesWhatIsNotAnExactNonNegativeAmountInAnIsoCurrency(String amount, String currency) {
        assertThrows(IllegalArgumentException.class, () -> Money.of(amount, currency));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\":10.5,\"currency\":\"EUR\"}", "{\"amount\":10,\"currency\":\"EUR\"}",
            "{\"amount\":\"1e3\",\"currency\":\"EUR\"}", "{\"amount\":\"10.50\"}",
            "{\"amount\":\"10.50\",\"currency\":\"EUR\",\"vat\":\"2.00\"}"})
    void refusesToReadAnythingButADecimalStringAndACurrency(String json) {
        assertThrows(Exception.class, () -> EventJson.mapper().readValue(json, Money.class));
    }
}
