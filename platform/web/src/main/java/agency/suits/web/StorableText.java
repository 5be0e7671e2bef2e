package agency.suits.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/** Reads a JSON string as Jackson does, and refuses one with a NUL character, which no text column can hold. */
final class StorableText extends StdScalarDeserializer<String> {

    StorableText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && text.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(parser, "must not contain a NUL character (\\u0000)", text,
                    String.class);
        }
        return text;
    }
}
