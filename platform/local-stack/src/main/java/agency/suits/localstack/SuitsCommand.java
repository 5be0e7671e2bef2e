package agency.suits.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Java side of the {@code suits} script at the repository root: {@code up}, {@code down} and {@code token}.
 * The script passes the repository root as {@code -Dsuits.root}.
 */
public final class SuitsCommand {

    private SuitsCommand() {
    }

    public static void main(String[] args) {
        StackLayout layout = new StackLayout(Path.of(System.getProperty("suits.root", ".")));
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int code = switch (command) {
            case "up" -> up(layout);
            case "down" -> down(layout, System.out);
            case "token" -> token(layout, rest, System.out, System.err);
            default -> {
                System.err.println("Usage: ./suits up [--rebuild] | ./suits down | ./suits token <name>");
                yield 2;
            }
        };
        System.exit(code);
    }

    private static int up(StackLayout layout) {
        layout.createDirectories();
        routeLibraryLogging(layout.log("postgres"));
        LocalStack stack = new LocalStack(layout, System.out, System.getenv());
        Instant invokedAt = invokedAt();
        // Stopping is ordered by hand: the JVM runs shutdown hooks concurrently, and zonky's own hook would stop
        // PostgreSQL while the apps are still using it. The hook below only covers other ways of exiting.
        for (String signal : List.of("INT", "TERM", "HUP")) {
            handle(signal, () -> {
                stack.requestStop();
                stack.stop();
                System.exit(0);
            });
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "stop-suits"));
        return stack.up(invokedAt);
    }

    /** {@code ./suits down}: stops the stack another terminal started, or the leftovers of a killed one. */
    static int down(StackLayout layout, PrintStream out) {
        Optional<ProcessHandle> launcher = Leftovers.runningLauncher(layout);
        if (launcher.isPresent()) {
            out.println("Stopping Suits (launcher pid " + launcher.get().pid() + ") ...");
            launcher.get().destroy();
            try {
                launcher.get().onExit().get(120, TimeUnit.SECONDS);
                out.println("Suits stopped.");
                return 0;
            } catch (Exception e) {
                out.println("The launcher did not stop within 120 s; kill it with: kill -9 " + launcher.get().pid()
                        + " and run ./suits down again.");
                return 1;
            }
        }
        List<String> stopped = Leftovers.stop(layout, out);
        out.println(stopped.isEmpty() ? "Suits is not running." : "Stopped leftovers: " + String.join(", ", stopped));
        return 0;
    }

    /** {@code ./suits token <name>}: a signed token for a demo staff member, on standard output alone. */
    static int token(StackLayout layout, List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            printTokenHelp(args.isEmpty() ? err : out);
            return args.isEmpty() ? 2 : 0;
        }
        Optional<DemoStaff> staff = DemoStaff.byUsername(args.get(0));
        if (staff.isEmpty()) {
            err.println("No demo staff member called '" + args.get(0) + "'. Known: "
                    + String.join(", ", Arrays.stream(DemoStaff.values()).map(DemoStaff::username).toList()));
            return 2;
        }
        SigningKeys keys = SigningKeys.loadOrCreate(layout.jwtDir());
        out.println(DemoTokens.sign(staff.get(), keys.privateKey(), Instant.now()));
        return 0;
    }

    static void printTokenHelp(PrintStream out) {
        out.println("Usage: ./suits token <name>");
        out.println();
        out.println("Prints a signed JWT for a demo staff member of the local stack: RS256, issuer " + DemoTokens.ISSUER
                + ", audience " + DemoTokens.AUDIENCE + ", valid " + DemoTokens.LIFETIME.toHours() + " h, signed with "
                + ".suits/jwt/private.pem (made on first use).");
        out.println();
        for (DemoStaff staff : DemoStaff.values()) {
            out.println(String.format(Locale.ROOT, "  %-7s %-14s %s", staff.username(), staff.fullName(),
                    staff.role().name()));
        }
        out.println();
        out.println("Example: curl -H \"Authorization: Bearer $(./suits token alice)\" "
                + "http://localhost:8080/api/staff/me");
    }

    /**
     * zonky reports PostgreSQL's output through SLF4J and the Kafka admin client logs through it too; both belong
     * in {@code .suits/logs/postgres.log}, not on the console. Must run before the first logger is made.
     */
    private static void routeLibraryLogging(Path logFile) {
        try {
            Files.deleteIfExists(logFile);
        } catch (IOException ignored) {
            // appended to instead
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", logFile.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
    }

    /** When the script was invoked (before any build), so that the printed start time includes the build. */
    private static Instant invokedAt() {
        String millis = System.getenv("SUITS_INVOKED_AT_MS");
        try {
            return millis == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(millis.trim()));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }

    @SuppressWarnings("restriction")
    private static void handle(String name, Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> new Thread(action, "suits-" + name).start());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the signal is ignored (e.g. SIGINT in a background job) or reserved: the shutdown hook still stops all
        }
    }
}
