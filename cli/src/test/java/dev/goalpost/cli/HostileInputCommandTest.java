package dev.goalpost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.SpecFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile input through the command line: one finding line and a summary (exit 1), or one usage
 * line (exit 2), within seconds; never a stack trace, a hang or anything else on either stream.
 */
class HostileInputCommandTest {

    /** A hang detector, not a speed test: generous for two busy cores. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        CommandRun run = assertTimeoutPreemptively(BOUND, () -> CommandRun.of(args),
                () -> "goalpost " + String.join(" ", args));
        out = run.out();
        err = run.err();
        return run.code();
    }

    private Path file(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Path file(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String relative(Path file) {
        return Path.of("").toAbsolutePath().relativize(file).toString().replace('\\', '/');
    }

    /** The summary line, whose wording for zero counts the text writer may choose. */
    private static void assertSummary(String line, String counts) {
        assertThat(line).startsWith(counts).endsWith(" in 1 spec").doesNotContain(":");
    }

    private void assertNoStackTrace() {
        assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
    }

    static Stream<Arguments> unreadable() {
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);
        StringBuilder laughs = new StringBuilder("openapi: 3.0.3\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char name = 'b'; name <= 'i'; name++) {
            laughs.append("x-").append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (name - 1)))).append("]\n");
        }
        return Stream.of(
                Arguments.of("empty.yaml", new byte[0], 1, "the file is empty"),
                Arguments.of("junk.json", junk, 1, "not valid UTF-8"),
                Arguments.of("latin1.yaml", "openapi: 3.0.3\ninfo: {title: caf\u00e9}\n"
                        .getBytes(StandardCharsets.ISO_8859_1), 2, "not valid UTF-8"),
                Arguments.of("truncated.json", "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\",\n \"vers"
                        .getBytes(StandardCharsets.UTF_8), 2, "cannot read JSON"),
                Arguments.of("truncated.yaml", "openapi: 3.0.3\ninfo: {title: t,\n  version: '1"
                        .getBytes(StandardCharsets.UTF_8), 3, "cannot read YAML"),
                Arguments.of("laughs.yaml", laughs.toString().getBytes(StandardCharsets.UTF_8), 8,
                        "aliases expand the document"),
                Arguments.of("deep.json", ("{\"openapi\":\"3.0.3\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000)
                        + "}").getBytes(StandardCharsets.UTF_8), 1, "nesting depth"),
                Arguments.of("deep.yaml", ("openapi: 3.0.3\nx:\n" + "- ".repeat(100_000) + "1\n")
                        .getBytes(StandardCharsets.UTF_8), 3, "nesting depth"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void unreadableSpecIsOneFindingLineAndASummary(String name, byte[] content, int line, String message)
            throws Exception {
        Path spec = file(name, content);
        assertThat(run("lint", spec.toString())).isEqualTo(1);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(relative(spec) + ":" + line + ":").contains(" error core/spec-valid ")
                .contains(message);
        assertSummary(lines.get(1), "1 error, 0 warnings");
        assertThat(err).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void devicesAndPipesOnTheCommandLineAreUsageErrors() throws Exception {
        Path pipe = dir.resolve("pipe.yaml");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
                "mkfifo is not available");
        assertThat(run("lint", pipe.toString())).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString().contains("is neither a file nor a folder");
        assertThat(out).isEmpty();
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThat(run("lint", "/dev/zero")).isEqualTo(2);
            assertThat(err.lines().toList()).singleElement().asString().contains("/dev/zero is neither a file");
        }
        assertNoStackTrace();
    }

    @Test
    void folderOfJunkOnlyIsAUsageError() throws Exception {
        byte[] junk = new byte[4096];
        new Random(5).nextBytes(junk);
        file("junk/a.yaml", junk);
        file("junk/b.json", "[1, 2, 3]");
        file("junk/c.yml", "just: a mapping\n");
        assertThat(run("lint", dir.resolve("junk").toString())).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString().contains("no OpenAPI documents found under");
        assertThat(out).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void symbolicLinkLoopsDoNotTrapTheFolderSearch() throws Exception {
        Path specs = dir.resolve("specs");
        Path a = file("specs/a/api.yaml", "openapi: 3.0.3\nx-business-goal: []\ninfo: {title: a, version: '1'}\npaths: {}\n");
        Path b = file("specs/b/deeper/api.json",
                "{\"swagger\": \"2.0\", \"x-business-goal\": [], \"info\": {\"title\": \"b\", \"version\": \"1\"}, \"paths\": {}}");
        Files.createSymbolicLink(specs.resolve("a/up"), Path.of(".."));
        Files.createSymbolicLink(specs.resolve("b/deeper/self"), Path.of("."));
        Files.createSymbolicLink(specs.resolve("b/root"), specs);
        Files.createSymbolicLink(specs.resolve("a/ping"), specs.resolve("b/pong"));
        Files.createSymbolicLink(specs.resolve("b/pong"), specs.resolve("a/ping"));
        assertThat(run("lint", "--format", "json", specs.toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(out);
        List<String> files = new ArrayList<>();
        report.path("specs").forEach(spec -> files.add(spec.path("file").asText()));
        assertThat(files).containsExactlyInAnyOrder(relative(a), relative(b));
        assertThat(err).isEmpty();
    }

    @Test
    void specsNamedWithSpacesAndNonAsciiCharactersAreLintedAndNamedExactly() throws Exception {
        Path spec = file("dossier à part/mon api – ünïcødé 名前.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        assertThat(run("lint", spec.toString())).isEqualTo(1);
        assertThat(out.lines().findFirst().orElseThrow())
                .startsWith(relative(spec) + ":7:25 error core/operation-id-unique");
        assertThat(run("lint", "--format", "json", dir.resolve("dossier à part").toString())).isEqualTo(1);
        JsonNode finding = new ObjectMapper().readTree(out).path("specs").get(0).path("findings").get(0);
        assertThat(finding.path("file").asText()).isEqualTo(relative(spec));
        assertThat(err).isEmpty();
    }

    @Test
    void remoteReferencesReachTheNetworkOnlyUnderAnAllowedPrefix() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "Pet: {type: object}\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas/";
            Path spec = file("remote/api.yaml", SpecFiles.SCHEMAS_HEADER + "    Pet: {$ref: '" + base + "pet.yaml#/Pet'}\n");
            assertThat(run("lint", spec.toString())).isEqualTo(1);
            assertThat(requests.get()).isZero();
            assertThat(out.lines().findFirst().orElseThrow()).startsWith(relative(spec) + ":7:11 error core/ref-refused")
                    .contains("--allow-remote-ref http://127.0.0.1:");
            assertThat(run("lint", "--allow-remote-ref", base + "other/", spec.toString())).isEqualTo(1);
            assertThat(requests.get()).isZero();
            assertThat(run("lint", "--allow-remote-ref", base, spec.toString())).isZero();
            assertThat(requests.get()).isEqualTo(1);
            assertThat(out.lines().toList()).singleElement().satisfies(line -> assertSummary(line, "0 errors, 0 warnings"));
            assertThat(err).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void referenceOutOfTheFolderIsAFindingAndNothingElse() throws Exception {
        Path spec = file("spec/api.yaml", SpecFiles.SCHEMAS_HEADER + "    A: {$ref: '../../../../../../etc/passwd'}\n");
        assertThat(run("lint", spec.toString())).isEqualTo(1);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(relative(spec) + ":7:9 error core/ref-refused "
                + "`../../../../../../etc/passwd` leaves the folder of the root document (" + spec.getParent()
                + "); references may only reach files under it");
        assertSummary(lines.get(1), "1 error, 0 warnings");
        assertThat(err).isEmpty();
    }

    @Test
    void folderSearchFollowsNoLinkOutOfTheFolderNorIntoSystemFolders() throws Exception {
        Path specs = dir.resolve("linked");
        Path bad = file("linked/bad.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        file("outside/private.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nx-password: hunter2-secret\n"
                + "paths: {/a: {get: {operationId: 7}}}\n");
        Files.createSymbolicLink(specs.resolve("leak.yaml"), Path.of("../outside/private.yaml"));
        Files.createSymbolicLink(specs.resolve("outside"), dir.resolve("outside"));
        for (String system : List.of("/proc/self/environ", "/proc/self", "/proc", "/sys", "/dev")) {
            if (Files.exists(Path.of(system))) {
                Files.createSymbolicLink(specs.resolve(Path.of(system).getFileName() + "-link"
                        + (system.endsWith("environ") ? ".yaml" : "")), Path.of(system));
            }
        }
        assertThat(run("lint", "--format", "json", specs.toString())).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out);
        List<String> files = new ArrayList<>();
        report.path("specs").forEach(spec -> files.add(spec.path("file").asText()));
        assertThat(files).containsExactly(relative(bad));
        assertThat(out).doesNotContain("hunter2").doesNotContain("PATH");
        assertThat(err).isEmpty();
    }

    @Test
    void aFolderThatCannotBeSearchedIsAUsageErrorNotAPartialPass() throws Exception {
        Path specs = dir.resolve("closed");
        file("closed/api.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        Path locked = Files.createDirectories(specs.resolve("locked"));
        file("closed/locked/other.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        Assumptions.assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "permissions are not enforced for this user (root)");
        try {
            assertThat(run("lint", specs.toString())).isEqualTo(2);
            assertThat(err.lines().toList()).singleElement().asString().contains("cannot search " + locked)
                    .contains("cannot finish");
            assertThat(out).isEmpty();
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void aFolderDeeperThanTheSearchLimitIsAUsageError() throws Exception {
        Path deep = dir.resolve("deep");
        file("deep/api.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        Path folder = deep;
        for (int i = 0; i <= dev.goalpost.load.SpecDiscovery.MAX_DEPTH; i++) {
            folder = folder.resolve("d");
        }
        Files.createDirectories(folder);
        assertThat(run("lint", deep.toString())).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString().contains("more than 64 folders below");
        assertThat(out).isEmpty();
    }

    @Test
    void aHugeOneLineFileInAFolderIsJudgedByItsHead() throws Exception {
        Path specs = dir.resolve("huge");
        Path bad = file("huge/api.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        byte[] line = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(line, (byte) 'a');
        System.arraycopy("x: \"".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 4);
        file("huge/blob.yaml", line);
        assertThat(run("lint", specs.toString())).isEqualTo(1);
        assertThat(out.lines().findFirst().orElseThrow()).startsWith(relative(bad) + ":7:25 error core/operation-id-unique");
        assertThat(err).isEmpty();
    }

    @Test
    void anEmptyOrMalformedRemotePrefixIsAUsageError() throws Exception {
        Path spec = file("api.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        assertThat(run("lint", "--allow-remote-ref", "", spec.toString())).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString().contains("would allow every URL");
        assertThat(run("lint", "--allow-remote-ref", "http://user@example.com/", spec.toString())).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString().contains("names a user");
        assertThat(out).isEmpty();
    }

    @Test
    void aFullDeviceAsOutputIsAnErrorWithAMessage() throws Exception {
        Path spec = file("api.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        assertThat(run("lint", "-o", "/dev/full", spec.toString())).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString()
                .startsWith("goalpost: cannot write the report to /dev/full: No space left on device");
        assertThat(out).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void aStandardOutputThatFailsIsAnErrorWithAMessage() throws Exception {
        Path spec = file("api.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        // What `goalpost lint api.yaml > /dev/full` hands the command: a stream whose writes fail.
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(BOUND, () -> GoalpostCommand.run(new String[] {"lint", spec.toString()},
                full, stderr));
        assertThat(code).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .isEqualTo("goalpost: cannot write the report to standard output: No space left on device");
    }

    @Test
    void anOutputThatIsOneOfTheInputsIsRefusedAndTheInputKept() throws Exception {
        Path spec = file("self/api.yaml", SpecFiles.SCHEMAS_HEADER + "    A: {$ref: 'pet.yaml#/Pet'}\n");
        Path fragment = file("self/pet.yaml", "Pet: {type: object}\n");
        String before = Files.readString(spec);
        for (Path target : List.of(spec, fragment)) {
            assertThat(run("lint", "-o", target.toString(), spec.toString())).isEqualTo(2);
            assertThat(err.lines().toList()).singleElement().asString()
                    .isEqualTo("goalpost: refusing to write the report to " + target + ": it is a spec this run "
                            + "reads; name another file");
            assertThat(run("baseline", "--baseline", target.toString(), spec.toString())).isEqualTo(2);
            assertThat(err.lines().toList()).singleElement().asString()
                    .startsWith("goalpost: refusing to write the baseline to " + target);
        }
        Path baseline = dir.resolve("self/goalpost-baseline.json");
        assertThat(run("baseline", "--baseline", baseline.toString(), spec.toString())).isZero();
        assertThat(run("lint", "--baseline", baseline.toString(), "-o", baseline.toString(), spec.toString()))
                .isEqualTo(2);
        assertThat(err).contains("it is the baseline");
        assertThat(Files.readString(spec)).isEqualTo(before);
        assertThat(Files.readString(fragment)).isEqualTo("Pet: {type: object}\n");
    }

    @Test
    void devicesAndPipesAsBaselineOrConfigurationAreErrorsNotHangs() throws Exception {
        Path spec = file("api.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThat(run("lint", "--baseline", "/dev/zero", spec.toString())).isEqualTo(2);
            assertThat(err).contains("not a regular file");
        }
        Path pipe = dir.resolve("goalpost.yaml");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
                "mkfifo is not available");
        assertThat(run("lint", "--config", pipe.toString(), spec.toString())).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString().contains("is not a regular file")
                .doesNotContain("does not exist");
        assertThat(run("lint", "--baseline", pipe.toString(), spec.toString())).isEqualTo(2);
        assertThat(err).contains("not a regular file");
        assertNoStackTrace();
    }

    @Test
    void controlCharactersFromTheSpecAreEscapedOnTheConsole() throws Exception {
        String forged = "x\\e[2J\\nspec.yaml:1:1 error core/spec-valid forged\\u202Eevil";
        Path spec = file("ctl\u001b[31m.yaml", SpecFiles.DUPLICATE_OPERATION_IDS.replace("operationId: same",
                "operationId: \"" + forged + "\""));
        assertThat(run("lint", spec.toString())).isEqualTo(1);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("ctl\\u001B[31m.yaml:7:")
                .contains("x\\u001B[2J\\u000Aspec.yaml:1:1 error core/spec-valid forged\\u202Eevil");
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u202E");
        assertThat(run("lint", "--format", "github", spec.toString())).isEqualTo(1);
        assertThat(out.lines().toList()).singleElement().asString().doesNotContain("\u001b");
    }

    @Test
    void zeroOrNegativeThreadsAreAUsageError() throws Exception {
        Path spec = file("api.yaml", SpecFiles.DUPLICATE_OPERATION_IDS);
        for (String threads : List.of("0", "-1")) {
            assertThat(run("lint", "--threads", threads, spec.toString())).isEqualTo(2);
            assertThat(err.lines().toList()).singleElement().asString()
                    .isEqualTo("goalpost: --threads must be at least 1 (it was " + threads + ")");
            assertThat(out).isEmpty();
        }
    }
}
