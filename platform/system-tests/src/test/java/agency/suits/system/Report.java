package agency.suits.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The figures the scenarios measure (events in a burst, lost, delays), printed and kept in
 * target/system-tests-report.txt, for the notes and docs/benchmarks.md.
 */
final class Report {

    private static final Path FILE = Path.of("target", "system-tests-report.txt");

    private Report() {
    }

    static synchronized void line(String format, Object... values) {
        String line = String.format(java.util.Locale.ROOT, format, values);
        System.out.println("[system] " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[system] could not keep the line in " + FILE + ": " + e.getMessage());
        }
    }
}
