package agency.suits.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .suits/pids}: every process the launcher started, written as each one starts, so that the next
 * {@code ./suits up} can stop what a SIGKILLed launcher left behind. A recorded pid only counts while the process
 * with that pid still has the recorded start time and command, so a recycled pid is never killed.
 */
public final class PidFile {

    public static final String LAUNCHER = "launcher";

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();

    public PidFile(Path file) {
        this.file = file;
    }

    /** One started process: its name, pid, start time and a piece of its command line that identifies it. */
    public record Entry(String name, long pid, long startedAtMillis, String marker) {

        static Entry of(String name, ProcessHandle process, String marker) {
            long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            return new Entry(name, process.pid(), started, marker);
        }

        String line() {
            return name + "\t" + pid + "\t" + startedAtMillis + "\t" + marker;
        }

        static Optional<Entry> parse(String line) {
            String[] fields = line.split("\t", 4);
            if (fields.length != 4) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Entry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                        fields[3]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The process, if it is still the one that was recorded. */
        public Optional<ProcessHandle> liveProcess() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isSameProcess);
        }

        private boolean isSameProcess(ProcessHandle process) {
            ProcessHandle.Info info = process.info();
            boolean sameStart = startedAtMillis == 0 || info.startInstant()
                    .map(start -> Math.abs(start.toEpochMilli() - startedAtMillis) < 2_000)
                    .orElse(true);
            boolean sameCommand = info.commandLine().map(command -> command.contains(marker)).orElse(false);
            return sameStart && sameCommand;
        }
    }

    public List<Entry> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().map(Entry::parse).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void record(String name, ProcessHandle process, String marker) {
        entries.add(Entry.of(name, process, marker));
        write();
    }

    /** Whether this launcher has recorded anything, i.e. the file is its own. */
    public synchronized boolean hasRecords() {
        return !entries.isEmpty();
    }

    public synchronized void delete() {
        entries.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() {
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, entries.stream().map(Entry::line).toList());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
