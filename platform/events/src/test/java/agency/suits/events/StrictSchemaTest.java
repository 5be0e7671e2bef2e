package agency.suits.events;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Breaks each published sample in one place at a time and expects both the schemas and the Java reader to refuse
 * it: proof that the validation in the other tests can fail.
 */
class StrictSchemaTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void refusesAnEventMissingAnyFieldAtAnyDepth(EventType type) {
        JsonNode event = Wire.publishedSample(type);

        List<String> letThrough = new ArrayList<>();
        for (JsonPointer object : JsonEdits.objects(event.at(Wire.DATA))) {
            event.at(Wire.DATA.append(object)).fieldNames().forEachRemaining(field ->
                    check(event, object, node -> node.remove(field), object + "/" + field + " missing", letThrough));
        }

        assertEquals(List.of(), letThrough);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void refusesAnUnknownFieldInAnyObject(EventType type) {
        JsonNode event = Wire.publishedSample(type);

        List<String> letThrough = new ArrayList<>();
        for (JsonPointer object : JsonEdits.objects(event.at(Wire.DATA))) {
            check(event, object, node -> node.put("discount", "10%"), object + " with an unknown field", letThrough);
        }

        assertEquals(List.of(), letThrough);
    }

    @ParameterizedTest
    @MethodSource("typesCarryingMoney")
    void refusesMoneyAmountsThatAreNotExactDecimalStrings(EventType type) {
        JsonNode event = Wire.publishedSample(type);

        List<String> letThrough = new ArrayList<>();
        for (JsonPointer money : JsonEdits.money(event.at(Wire.DATA))) {
            check(event, money, node -> node.set("amount", new DecimalNode(new BigDecimal("1250.5"))),
                    money + " float", letThrough);
            check(event, money, node -> node.set("amount", new IntNode(1250)), money + " integer", letThrough);
            for (String amount : List.of("1.25e3", "-10.00", "10.12345", "1,250.00", "01.50", ".50", "")) {
                check(event, money, node -> node.put("amount", amount), money + " amount " + amount, letThrough);
            }
        }

        assertEquals(List.of(), letThrough);
    }

    @ParameterizedTest
    @MethodSource("typesCarryingMoney")
    void refusesCurrenciesThatAreNotIsoCodes(EventType type) {
        JsonNode event = Wire.publishedSample(type);

        List<String> letThrough = new ArrayList<>();
        for (JsonPointer money : JsonEdits.money(event.at(Wire.DATA))) {
            for (String currency : List.of("eur", "EURO", "E1R", "€", "")) {
                check(event, money, node -> node.put("currency", currency), money + " currency " + currency,
                        letThrough);
            }
            check(event, money, node -> node.remove("currency"), money + " without currency", letThrough);
        }

        assertEquals(List.of(), letThrough);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void thereIsSomethingToBreakInEveryEvent(EventType type) {
        assertFalse(JsonEdits.objects(Wire.publishedSample(type).at(Wire.DATA)).isEmpty());
    }

    static Stream<EventType> typesCarryingMoney() {
        return Arrays.stream(EventType.values())
                .filter(type -> !JsonEdits.money(Wire.publishedSample(type).at(Wire.DATA)).isEmpty());
    }

    private static void check(JsonNode event, JsonPointer inData, Consumer<ObjectNode> breakIt, String what,
            List<String> letThrough) {
        List<String> acceptedBy = Wire.acceptedBy(JsonEdits.editedCopy(event, Wire.DATA.append(inData), breakIt));
        if (!acceptedBy.isEmpty()) {
            letThrough.add(what + " accepted by " + acceptedBy);
        }
    }
}
