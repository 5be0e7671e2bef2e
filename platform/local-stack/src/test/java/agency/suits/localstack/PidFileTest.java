package agency.suits.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PidFileTest {

    private static final String THIS_JVM = "java";

    @Test
    void recordedProcessIsFoundAgainAfterARestartOfTheLauncher(@TempDir Path dir) {
        PidFile written = new PidFile(dir.resolve("pids"));
        written.record("kafka", ProcessHandle.current(), THIS_JVM);

        List<PidFile.Entry> read = new PidFile(dir.resolve("pids")).read();

        assertEquals(1, read.size());
        assertEquals("kafka", read.get(0).name());
        assertEquals(ProcessHandle.current().pid(), read.get(0).pid());
        assertTrue(read.get(0).liveProcess().isPresent());
    }

    @Test
    void recycledPidIsNotMistakenForTheRecordedProcess(@TempDir Path dir) {
        long pid = ProcessHandle.current().pid();
        long startedLongAgo = 1_000_000L;

        PidFile.Entry entry = new PidFile.Entry("gateway", pid, startedLongAgo, THIS_JVM);

        assertFalse(entry.liveProcess().isPresent());
    }

    @Test
    void processWithAnotherCommandIsNotMistakenForTheRecordedOne() {
        PidFile.Entry entry = new PidFile.Entry("gateway", ProcessHandle.current().pid(), 0,
                "gateway/target/quarkus-app/quarkus-run.jar");

        assertFalse(entry.liveProcess().isPresent());
    }

    @Test
    void deadProcessIsNotLive() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        PidFile.Entry entry = new PidFile.Entry("briefs-service", finished.pid(), 0, "true");

        assertFalse(entry.liveProcess().isPresent());
    }

    @Test
    void unreadableLinesAreSkippedAndDeleteRemovesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pids");
        Files.writeString(file, "garbage\nkafka\tnot-a-pid\t0\tx\n");
        PidFile pids = new PidFile(file);

        assertTrue(pids.read().isEmpty());
        pids.delete();
        assertFalse(Files.exists(file));
    }
}
