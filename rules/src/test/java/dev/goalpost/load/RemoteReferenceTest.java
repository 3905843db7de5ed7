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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Remote references against a real HTTP server on 127.0.0.1: refused unless allowed, bounded when allowed. */
class RemoteReferenceTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();
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
        for (String path : List.of("/secret.yaml", "/ok/pet.yaml", "/ok-evil/pet.yaml", "/ok/%2e%2e/secret.yaml")) {
            server.createContext(path, exchange -> {
                requests.incrementAndGet();
                fetched.add(exchange.getRequestURI().getRawPath());
                byte[] body = "Pet:\n  type: object\n".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
        }
        server.createContext("/stall.yaml", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("Pet:\n".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/chain/", exchange -> {
            // Every document references the next one: an endless chain of distinct allowed URLs.
            requests.incrementAndGet();
            String name = exchange.getRequestURI().getPath().substring("/chain/".length()).replace(".yaml", "");
            int next = Integer.parseInt(name) + 1;
            byte[] body = ("Pet:\n  type: object\nNext:\n  $ref: '" + next + ".yaml#/Pet'\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
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

    private Workspace loadRef(String ref, String... allowed) {
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: '%s'
                """.formatted(ref));
        return new SpecLoader(LoadOptions.defaults().withAllowedRemotePrefixes(List.of(allowed))).load(spec);
    }

    private String port() {
        return String.valueOf(server.getAddress().getPort());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/ok/%2e%2e/secret.yaml#/Pet", "/ok/%2E%2E/secret.yaml#/Pet", "/ok/.%2e/secret.yaml#/Pet",
        "/ok/..%2fsecret.yaml#/Pet", "/ok/..%2Fsecret.yaml#/Pet", "/ok/..%5csecret.yaml#/Pet",
        "/ok/%252e%252e/secret.yaml#/Pet", "/ok/../secret.yaml#/Pet", "/ok-evil/pet.yaml#/Pet"})
    void pathsThatLeaveTheAllowedFolderAreNotFetched(String path) {
        Workspace workspace = loadRef(base + path, base + "/ok/");
        assertThat(requests.get()).as("requests to the server").isZero();
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isIn(LoadProblem.Kind.REF_REFUSED, LoadProblem.Kind.REF_UNRESOLVED);
            assertThat(p.position().line()).isEqualTo(7);
        });
    }

    @Test
    void aPrefixWithoutTrailingSlashMatchesWholeSegmentsHostAndPort() {
        String host = "http://127.0.0.1:" + port();
        // `/ok` admits `/ok/…` but not the sibling `/ok-evil/`.
        assertThat(loadRef(host + "/ok-evil/pet.yaml#/Pet", host + "/ok").problems())
                .extracting(LoadProblem::kind).containsExactly(LoadProblem.Kind.REF_REFUSED);
        // A prefix naming only the origin admits neither a user-info trick nor a longer port.
        assertThat(loadRef("http://127.0.0.1:" + port() + "@localhost:1/x.yaml#/Pet", host).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("names a user"));
        assertThat(loadRef("http://127.0.0.1:" + port() + "1/x.yaml#/Pet", host).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isIn(LoadProblem.Kind.REF_REFUSED, LoadProblem.Kind.REF_UNRESOLVED));
        assertThat(requests.get()).isZero();
        // Host and scheme compare without case, a dot segment inside the folder is resolved before fetching.
        assertThat(loadRef("HTTP://127.0.0.1:" + port() + "/ok/x/../pet.yaml#/Pet", host + "/ok").problems()).isEmpty();
        assertThat(fetched).containsExactly("/ok/pet.yaml");
    }

    @ParameterizedTest(name = "[{index}] `{0}`")
    @ValueSource(strings = {"", " ", "ftp://127.0.0.1/", "http:x.yaml", "http:///x", "http://127.0.0.1:99999/",
        "http://user@127.0.0.1/", "http://127.0.0.1/?a=1"})
    void unusablePrefixesAreRefusedUpFront(String prefix) {
        LoadOptions options = LoadOptions.defaults().withAllowedRemotePrefixes(List.of(prefix));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SpecLoader(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http:x.yaml", "http:///x.yaml", "http://127.0.0.1:99999/x.yaml", "https://[::1/x"})
    void malformedRemoteReferencesAreOneFindingEach(String ref) {
        Workspace workspace = loadRef(ref + "#/Pet", base + "/");
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LoadProblem.Kind.REF_UNRESOLVED);
            assertThat(p.position().line()).isEqualTo(7);
            assertThat(p.message()).doesNotContain("null");
        });
    }

    @Test
    void aBodyThatStallsAfterTheHeadersIsBoundedByTheSameTimeout() {
        LoadOptions options = new LoadOptions(List.of(base + "/"), LoadOptions.DEFAULT_MAX_FILE_BYTES, 100,
                Duration.ofMillis(700));
        long start = System.nanoTime();
        Workspace workspace = load(options, "stall.yaml");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LoadProblem.Kind.REF_UNRESOLVED);
            assertThat(p.message()).contains("took longer than 700 ms");
        });
    }

    @Test
    void anEndlessChainOfAllowedUrlsEndsAtTheRunBudget() {
        RemoteFetcher fetcher = new RemoteFetcher(Duration.ofSeconds(5), 1000, 30, 1_000_000, Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            org.assertj.core.api.Assertions.assertThatCode(() -> fetcher.fetch(java.net.URI.create(base + "/pet.yaml")))
                    .doesNotThrowAnyException();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetcher.fetch(java.net.URI.create(base + "/pet.yaml")))
                .hasMessageContaining("already fetched 30 remote documents");
        assertThat(requests.get()).isEqualTo(30);
        // Through the loader: the chain stops at the file limit, with one finding, and sockets are not leaked.
        LoadOptions options = new LoadOptions(List.of(base + "/"), 1000, 50, Duration.ofSeconds(5));
        Workspace workspace = new SpecLoader(options).load(write(dir, "chain.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: '%s/chain/1.yaml#/Pet'
                """.formatted(base)));
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LoadProblem.Kind.REF_REFUSED);
            assertThat(p.message()).contains("already spans 50 files");
        });
    }
}
