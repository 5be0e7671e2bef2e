package agency.suits.web.money;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * Reads a decimal that must arrive as a JSON string. Jackson would otherwise accept {@code 1250.1} as the string
 * "1250.1"; refusing JSON numbers keeps clients from putting amounts through a double on their side.
 */
public final class DecimalText extends StdDeserializer<String> {

    public DecimalText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser.currentToken(), parser,
                    "an exact decimal is a JSON string such as \"1250.00\", never a JSON number");
        }
        return parser.getText();
    }
}
