package agency.suits.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON form of {@link Money#amount()}. Declared on the record itself so the amount stays a string whichever
 * ObjectMapper writes it, and a JSON number is refused on read: a number may already have passed through a double.
 */
public final class AmountJson {

    private AmountJson() {
    }

    public static final class Writer extends StdSerializer<BigDecimal> {

        public Writer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal amount, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(amount.toPlainString());
        }
    }

    public static final class Reader extends StdDeserializer<BigDecimal> {

        public Reader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser.currentToken(), parser,
                        "a money amount is a decimal string such as \"1250.00\", never a JSON number");
            }
            String text = parser.getText();
            if (!Money.AMOUNT.matcher(text).matches()) {
                throw context.weirdStringException(text, BigDecimal.class,
                        "a money amount is a non-negative decimal string with at most "
                                + Money.MAX_FRACTION_DIGITS + " decimal places");
            }
            return new BigDecimal(text);
        }
    }
}
