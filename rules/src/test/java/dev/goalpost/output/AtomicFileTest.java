package dev.goalpost.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole or not at all, whatever fails while writing them. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("goalpost-baseline.json");
        Files.writeString(file, "the old, valid content\n");
        // What a full disk looks like from inside the writer: some bytes go out, then the write fails.
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(file)).isEqualTo("the old, valid content\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aNewFileIsCreatedWithItsFoldersAndReadableByOthers() throws Exception {
        Path file = dir.resolve("reports/goalpost.json");
        AtomicFile.writeString(file, "{}\n");
        assertThat(Files.readString(file)).isEqualTo("{}\n");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void concurrentWritersEachWriteAWholeFile() throws Exception {
        Path file = dir.resolve("report.json");
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            contents.add(String.valueOf((char) ('a' + i)).repeat(2_000_000));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<?>> writes = new ArrayList<>();
                for (String content : contents) {
                    writes.add(pool.submit(() -> {
                        AtomicFile.writeString(file, content);
                        return null;
                    }));
                }
                for (Future<?> write : writes) {
                    write.get();
                }
                assertThat(contents).contains(Files.readString(file, StandardCharsets.UTF_8));
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aLinkedTargetIsReplacedBehindTheLink() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        AtomicFile.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aFullDeviceIsAnError() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
        assertThatThrownBy(() -> AtomicFile.writeString(full, "x".repeat(100_000)))
                .isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
    }

    @Test
    void linksPlantedAtEveryLikelyTemporaryNameAreNeitherFollowedNorReplaced() throws Exception {
        // Temporary names are predictable (process id and a counter); O_EXCL creation must skip what is planted.
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Path file = dir.resolve("report.json");
        AtomicFile.writeString(file, "first");
        List<Path> planted = new ArrayList<>();
        String prefix = "." + file.getFileName() + "." + ProcessHandle.current().pid() + "-";
        // The next names this process will try: plant links at a range of counters around the one just used.
        long next = nextCounter(prefix);
        for (long n = next; n < next + 20; n++) {
            planted.add(Files.createSymbolicLink(dir.resolve(prefix + n + ".tmp"), victim));
        }
        AtomicFile.writeString(file, "second");
        assertThat(Files.readString(file)).isEqualTo("second");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        for (Path link : planted) {
            assertThat(Files.isSymbolicLink(link)).isTrue();
        }
    }

    /** The counter the next temporary file of this process will use, read from a write that is made to fail. */
    private long nextCounter(String prefix) throws IOException {
        Path probe = dir.resolve("report.json");
        long[] seen = new long[1];
        assertThatThrownBy(() -> AtomicFile.write(probe, out -> {
            try (var files = Files.list(dir)) {
                String name = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix))
                        .findFirst().orElseThrow();
                seen[0] = Long.parseLong(name.substring(prefix.length(), name.length() - ".tmp".length()));
            }
            throw new IOException("stop");
        })).hasMessage("stop");
        return seen[0] + 1;
    }
}
