package dev.goalpost.load;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote references against a real HTTP server on 127.0.0.1: refused unless allowed, bounded when allowed. */
class RemoteReferenceTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/pet.yaml", exchange -> {
            requests.incrementAndGet();
            byte[] body = "Pet:\n  type: object\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/slow.yaml", exchange -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/huge.yaml", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "x: 1\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try {
                for (int i = 0; i < 1000; i++) {
                    exchange.getResponseBody().write(chunk);
                }
            } catch (java.io.IOException e) {
                // the client hung up, as it should
            }
            exchange.close();
        });
        server.createContext("/moved.yaml", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://elsewhere.example/pet.yaml");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path spec(String file) {
        return write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: '%s/%s#/Pet'
                """.formatted(base, file));
    }

    private Workspace load(LoadOptions options, String file) {
        return new SpecLoader(options).load(spec(file));
    }

    @Test
    void remoteReferenceIsNotFetchedUnlessAllowed() {
        Workspace workspace = load(LoadOptions.defaults(), "pet.yaml");
        assertThat(requests.get()).isZero();
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LoadProblem.Kind.REF_REFUSED);
            assertThat(p.message()).contains("--allow-remote-ref " + base + "/");
            assertThat(p.position().line()).isEqualTo(7);
        });
    }

    @Test
    void prefixMustMatchNotJustTheHost() {
        Workspace workspace = load(LoadOptions.defaults().withAllowedRemotePrefixes(List.of(base + "/schemas/")),
                "pet.yaml");
        assertThat(requests.get()).isZero();
        assertThat(workspace.problems()).extracting(LoadProblem::kind).containsExactly(LoadProblem.Kind.REF_REFUSED);
    }

    @Test
    void allowedReferenceIsFetchedAndResolved() {
        Workspace workspace = load(LoadOptions.defaults().withAllowedRemotePrefixes(List.of(base + "/")), "pet.yaml");
        assertThat(requests.get()).isEqualTo(1);
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.files()).extracting(SourceFile::isRemote).containsExactly(false, true);
    }

    @Test
    void allowedFetchIsBoundedInTime() {
        LoadOptions options = new LoadOptions(List.of(base + "/"), LoadOptions.DEFAULT_MAX_FILE_BYTES, 100,
                Duration.ofMillis(500));
        long start = System.nanoTime();
        Workspace workspace = load(options, "slow.yaml");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LoadProblem.Kind.REF_UNRESOLVED);
            assertThat(p.message()).contains("could not be fetched");
        });
    }

    @Test
    void allowedFetchIsBoundedInSize() {
        LoadOptions options = new LoadOptions(List.of(base + "/"), 100_000, 100, Duration.ofSeconds(10));
        Workspace workspace = load(options, "huge.yaml");
        assertThat(workspace.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("larger than 100000 bytes"));
    }

    @Test
    void redirectsAreNotFollowed() {
        Workspace workspace = load(LoadOptions.defaults().withAllowedRemotePrefixes(List.of(base + "/")), "moved.yaml");
        assertThat(requests.get()).isEqualTo(1);
        assertThat(workspace.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("redirected to http://elsewhere.example/pet.yaml"));
    }
}
