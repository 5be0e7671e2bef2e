package agency.suits.clients.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many notifications a "read all" marked read (those already read, or not visible, are not counted). */
@Schema(examples = """
        {"marked": 3}""")
public record ReadAllView(@Schema(minimum = "0") int marked) {
}
