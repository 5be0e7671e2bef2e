package agency.suits.localstack;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the launcher's child processes are started so that stopping is orderly and nothing outlives the launcher.
 *
 * <ul>
 *   <li>{@code setsid}: a child gets its own session, so Ctrl-C in the terminal reaches only the launcher, which
 *       then stops the apps, the broker and PostgreSQL in that order instead of all of them at once.</li>
 *   <li>{@code setpriv --pdeathsig TERM}: the kernel sends the child SIGTERM when the launcher dies, even by
 *       SIGKILL. (The signal follows the launcher thread that started the child, which is why the launcher starts
 *       every child from its main thread.)</li>
 * </ul>
 * Both come with util-linux; where either is missing the child starts without it, and the next {@code ./suits up}
 * still stops leftovers through {@link PidFile}.
 */
public final class ChildCommand {

    private static final Optional<Path> SETSID = onPath("setsid");
    private static final Optional<Path> SETPRIV = onPath("setpriv").filter(ChildCommand::supportsParentDeathSignal);

    private ChildCommand() {
    }

    public static List<String> detached(List<String> command) {
        List<String> full = new ArrayList<>();
        SETSID.ifPresent(setsid -> full.add(setsid.toString()));
        SETPRIV.ifPresent(setpriv -> full.addAll(List.of(setpriv.toString(), "--pdeathsig", "TERM")));
        full.addAll(command);
        return full;
    }

    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** util-linux before 2.33 has a setpriv without {@code --pdeathsig}. */
    private static boolean supportsParentDeathSignal(Path setpriv) {
        try {
            Process probe = new ProcessBuilder(setpriv.toString(), "--pdeathsig", "TERM", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return probe.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
