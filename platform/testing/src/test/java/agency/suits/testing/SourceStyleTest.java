package agency.suits.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repository's .editorconfig, held for every Java source: a formatting slip fails the build, not a review. */
class SourceStyleTest {

    private static final int MAX_LINE = 120;

    @Test
    void everyJavaSourceFollowsTheEditorConfig() throws IOException {
        Path root = repositoryRoot();
        List<String> offences = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(SourceStyleTest::isSource).toList();
        }
        for (Path source : sources) {
            check(root.relativize(source), Files.readAllBytes(source), offences);
        }
        assertTrue(sources.size() > 100, "found only " + sources.size() + " sources under " + root);
        assertEquals(List.of(), offences, offences.size() + " offences against .editorconfig");
    }

    private static void check(Path file, byte[] bytes, List<String> offences) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            offences.add(file + ": not UTF-8");
            return;
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            offences.add(file + ": no newline at the end");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1);
            if (line.indexOf('\r') >= 0) {
                offences.add(where + ": CRLF line ending");
            }
            if (line.indexOf('\t') >= 0) {
                offences.add(where + ": tab");
            }
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                offences.add(where + ": trailing white space");
            }
            if (line.codePointCount(0, line.length()) > MAX_LINE) {
                offences.add(where + ": longer than " + MAX_LINE + " characters");
            }
        }
    }

    private static boolean isSource(Path path) {
        String name = path.toString();
        return name.endsWith(".java") && !name.contains("/target/") && !name.contains("/.git/")
                && !name.contains("/node_modules/");
    }

    /** The folder with the Maven wrapper: the tests run with this module's folder as working directory. */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve(".editorconfig"))) {
                return dir;
            }
        }
        throw new AssertionError("No repository root (mvnw and .editorconfig) above " + here);
    }
}
