package agency.suits.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a launcher killed with SIGKILL leaves behind: apps and broker it started (when {@code setpriv} was missing)
 * and, always, the PostgreSQL server, which {@code pg_ctl} detaches from its parent. The next start stops them
 * before it checks the ports, so that a crash never needs manual cleanup.
 */
final class Leftovers {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private Leftovers() {
    }

    /** A launcher of this checkout is still running: starting a second one would fight it for ports and data. */
    static final class AlreadyRunningException extends IllegalStateException {
        AlreadyRunningException(long pid) {
            super("Suits is already running from this folder (launcher pid " + pid + "). Stop it with Ctrl-C in its "
                    + "terminal or with ./suits down, then run ./suits up again.");
        }
    }

    /** The running launcher of this checkout, if any. */
    static Optional<ProcessHandle> runningLauncher(StackLayout layout) {
        long self = ProcessHandle.current().pid();
        return new PidFile(layout.pidFile()).read().stream()
                .filter(entry -> entry.name().equals(PidFile.LAUNCHER))
                .filter(entry -> entry.pid() != self)
                .map(PidFile.Entry::liveProcess)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Stops the leftovers of an earlier run; fails if that run's launcher is still alive. Returns what it stopped. */
    static List<String> stop(StackLayout layout, PrintStream out) {
        runningLauncher(layout).ifPresent(launcher -> {
            throw new AlreadyRunningException(launcher.pid());
        });
        PidFile pidFile = new PidFile(layout.pidFile());
        List<PidFile.Entry> entries = new ArrayList<>(pidFile.read());
        List<String> stopped = new ArrayList<>();
        // last started first: apps, then the broker; PostgreSQL (found through its own pid file) after them
        for (int i = entries.size() - 1; i >= 0; i--) {
            PidFile.Entry entry = entries.get(i);
            if (entry.name().equals(PidFile.LAUNCHER) || entry.name().equals("postgres")) {
                continue;
            }
            entry.liveProcess().ifPresent(process -> {
                out.println("  stopping " + entry.name() + " (pid " + process.pid()
                        + ") left over from an earlier run");
                terminate(process);
                stopped.add(entry.name());
            });
        }
        leftoverPostmaster(layout.postgresData()).ifPresent(postmaster -> {
            out.println("  stopping PostgreSQL (pid " + postmaster.pid() + ") left over from an earlier run");
            terminate(postmaster);
            stopped.add("postgres");
        });
        pidFile.delete();
        return stopped;
    }

    /** The postmaster that {@code postmaster.pid} in the data directory names, if it is still running. */
    static Optional<ProcessHandle> leftoverPostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM, a grace period, then SIGKILL. */
    static void terminate(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notYet) {
            process.destroyForcibly();
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported by the port check that follows
            }
        }
    }
}
