package dev.goalpost.load;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.model.IndexedDocument;
import dev.goalpost.model.TreeNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {

    @TempDir
    Path dir;

    private final SpecLoader loader = new SpecLoader(LoadOptions.defaults());

    private static List<String> messages(Workspace workspace, LoadProblem.Kind kind) {
        return workspace.problems().stream().filter(p -> p.kind() == kind).map(LoadProblem::message).toList();
    }

    @Test
    void yamlKeysAndValuesKeepTheirLineAndColumn() {
        Path spec = write(dir, "api.yaml", """
                openapi: 3.1.0
                info:
                  title: Orders
                  version: "1"
                paths:
                  /orders:
                    get:
                      summary: list
                """);
        Workspace workspace = loader.load(spec);
        TreeNode root = TreeNode.root(workspace, workspace.root());
        TreeNode get = root.path("paths", "/orders", "get");
        assertThat(get.position()).isEqualTo(new Position(7, 5));
        assertThat(get.get("summary").position()).isEqualTo(new Position(8, 7));
        assertThat(get.get("summary").valuePosition()).isEqualTo(new Position(8, 16));
        assertThat(get.pointer()).isEqualTo("/paths/~1orders/get");
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void jsonOnOneLineKeepsColumns() {
        Path spec = write(dir, "api.json",
                "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"/a\":{\"get\":{}}}}");
        Workspace workspace = loader.load(spec);
        TreeNode get = TreeNode.root(workspace, workspace.root()).path("paths", "/a", "get");
        assertThat(get.position()).isEqualTo(new Position(1, 70));
        assertThat(get.valuePosition()).isEqualTo(new Position(1, 76));
    }

    @Test
    void jsonValuesKeysAndContainersOnManyLinesKeepTheirPlaces() {
        Path spec = write(dir, "api.json", """
                {
                  "openapi": "3.0.3",
                  "info": {"title": "t", "version": "1"},
                  "paths": {
                    "/a": {
                      "get": {"tags": ["x", "y"], "deprecated": true}
                    }
                  }
                }
                """);
        Workspace workspace = loader.load(spec);
        TreeNode get = TreeNode.root(workspace, workspace.root()).path("paths", "/a", "get");
        assertThat(get.position()).isEqualTo(new Position(6, 7));
        assertThat(get.valuePosition()).isEqualTo(new Position(6, 14));
        assertThat(get.get("tags").get(1).valuePosition()).isEqualTo(new Position(6, 29));
        assertThat(get.get("deprecated").valuePosition()).isEqualTo(new Position(6, 49));
        assertThat(TreeNode.root(workspace, workspace.root()).get("openapi").valuePosition())
                .isEqualTo(new Position(2, 14));
    }

    @Test
    void referencedContentIsAddressedWhereItIsWritten() {
        write(dir, "schemas/pet.yaml", """
                Pet:
                  type: object
                  properties:
                    name:
                      type: string
                """);
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: 'schemas/pet.yaml#/Pet'
                """);
        Workspace workspace = loader.load(spec);
        TreeNode pet = TreeNode.root(workspace, workspace.root()).path("components", "schemas", "Pet").resolve();
        TreeNode name = pet.path("properties", "name");
        assertThat(name.file().path()).isEqualTo(dir.resolve("schemas/pet.yaml"));
        assertThat(name.pointer()).isEqualTo("/Pet/properties/name");
        assertThat(name.position()).isEqualTo(new Position(4, 5));
        assertThat(workspace.files()).hasSize(2);
    }

    @Test
    void operationsWrittenAsBareReferencesAreResolved() {
        write(dir, "ops/list.yaml", """
                operationId: listThings
                responses:
                  '200':
                    description: ok
                """);
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.0
                info: {title: t, version: "1"}
                paths:
                  /things:
                    get:
                      $ref: 'ops/list.yaml'
                """);
        IndexedDocument document = IndexedDocument.of(loader.load(spec));
        assertThat(document.operations()).hasSize(1);
        assertThat(document.operations().get(0).operationId()).isEqualTo("listThings");
        assertThat(document.operations().get(0).node().fileName()).endsWith("ops/list.yaml");
    }

    @Test
    void yamlAnchorsAreSharedAndMergeKeysApplied() {
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                x-base: &base
                  description: shared
                  type: string
                paths: {}
                components:
                  schemas:
                    A: *base
                    B:
                      <<: *base
                      description: own
                """);
        Workspace workspace = loader.load(spec);
        JsonNode schemas = workspace.root().root().path("components").path("schemas");
        assertThat(schemas.get("A").get("type").asText()).isEqualTo("string");
        assertThat(schemas.get("B").get("description").asText()).isEqualTo("own");
        assertThat(schemas.get("B").get("type").asText()).isEqualTo("string");
        assertThat(schemas.get("B").has("<<")).isFalse();
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        Workspace workspace = loader.load(write(dir, "bomb.yaml", yaml.toString()));
        assertThat(workspace.root()).isNull();
        assertThat(messages(workspace, LoadProblem.Kind.SPEC_INVALID))
                .singleElement().asString().contains("aliases expand the document");
    }

    @Test
    void deepNestingIsAFindingNotAStackOverflow() {
        String json = "{\"openapi\":\"3.0.3\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Workspace jsonWorkspace = loader.load(write(dir, "deep.json", json));
        assertThat(messages(jsonWorkspace, LoadProblem.Kind.SPEC_INVALID)).singleElement().asString()
                .contains("nesting depth");
        String yaml = "openapi: 3.0.3\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        Workspace yamlWorkspace = loader.load(write(dir, "deep.yaml", yaml));
        assertThat(messages(yamlWorkspace, LoadProblem.Kind.SPEC_INVALID)).hasSize(1);
    }

    @Test
    void byteOrderMarkIsAcceptedAndOtherEncodingsExplained() {
        byte[] bom = "\uFEFFopenapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(loader.load(write(dir, "bom.yaml", bom)).problems()).isEmpty();
        byte[] utf16 = "openapi: 3.0.3\n".getBytes(StandardCharsets.UTF_16);
        assertThat(messages(loader.load(write(dir, "utf16.yaml", utf16)), LoadProblem.Kind.SPEC_INVALID))
                .singleElement().asString().contains("UTF-16");
        for (String utf32 : List.of("UTF-32BE", "UTF-32LE")) {
            byte[] text = ("\uFEFFopenapi: 3.0.3\n").getBytes(java.nio.charset.Charset.forName(utf32));
            assertThat(messages(loader.load(write(dir, utf32 + ".yaml", text)), LoadProblem.Kind.SPEC_INVALID))
                    .singleElement().asString().isEqualTo("the file is UTF-32 encoded; save it as UTF-8");
        }
    }

    @Test
    void secondYamlDocumentIsReported() {
        Workspace workspace = loader.load(write(dir, "two.yaml", "openapi: 3.0.3\n---\nopenapi: 3.1.0\n"));
        assertThat(workspace.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than one YAML document"))
                .satisfies(p -> assertThat(p.position().line()).isEqualTo(3));
    }

    @Test
    void referencesInsideExamplesAreDataNotReferences() {
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Ref:
                      type: object
                      example:
                        $ref: 'does-not-exist.yaml'
                      default:
                        $ref: '#/nowhere'
                  examples:
                    Doc:
                      value:
                        $ref: 'also-missing.yaml'
                """);
        Workspace workspace = loader.load(spec);
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.files()).hasSize(1);
    }

    @Test
    void referencesThatLeaveTheFolderAreRefusedWithoutReading() {
        Path inner = dir.resolve("spec");
        write(dir, "secret.yaml", "secret: true\n");
        Path spec = write(inner, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A: {$ref: '../secret.yaml'}
                    B: {$ref: '%s'}
                    C: {$ref: '%s'}
                """.formatted(dir.resolve("secret.yaml").toUri(), dir.resolve("secret.yaml")));
        Workspace workspace = loader.load(spec);
        assertThat(messages(workspace, LoadProblem.Kind.REF_REFUSED)).hasSize(3)
                .allSatisfy(m -> assertThat(m).contains("leaves the folder"));
        assertThat(workspace.files()).hasSize(1);
    }

    @Test
    void symbolicLinkOutOfTheFolderIsRefused() throws Exception {
        Path outside = write(dir, "outside/schema.yaml", "type: string\n");
        Path inner = dir.resolve("spec");
        java.nio.file.Files.createDirectories(inner);
        java.nio.file.Files.createSymbolicLink(inner.resolve("link.yaml"), outside);
        Path spec = write(inner, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A: {$ref: 'link.yaml'}
                """);
        assertThat(messages(loader.load(spec), LoadProblem.Kind.REF_REFUSED)).hasSize(1);
    }

    @Test
    void unresolvedReferencesAreReportedAtTheRef() {
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A:
                      $ref: 'missing.yaml'
                    B:
                      $ref: '#/components/schemas/Nope'
                    C:
                      $ref: '#Pet'
                """);
        Workspace workspace = loader.load(spec);
        List<LoadProblem> problems = workspace.problems();
        assertThat(problems).extracting(LoadProblem::kind).containsOnly(LoadProblem.Kind.REF_UNRESOLVED);
        assertThat(problems).extracting(p -> p.position().line()).containsExactlyInAnyOrder(7, 9, 11);
        assertThat(problems).extracting(LoadProblem::pointer).contains("/components/schemas/A/$ref");
    }

    @Test
    void circularChainAcrossFilesIsReported() {
        write(dir, "b.yaml", "B:\n  $ref: 'api.yaml#/components/schemas/A'\n");
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A:
                      $ref: 'b.yaml#/B'
                """);
        assertThat(messages(loader.load(spec), LoadProblem.Kind.REF_UNRESOLVED))
                .isNotEmpty().allSatisfy(m -> assertThat(m).contains("circular"));
    }

    @Test
    void brokenFragmentIsReportedInTheFragment() {
        write(dir, "bad.yaml", "a: [unclosed\n");
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A: {$ref: 'bad.yaml#/a'}
                """);
        Workspace workspace = loader.load(spec);
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LoadProblem.Kind.SPEC_INVALID);
            assertThat(p.file()).endsWith("bad.yaml");
            assertThat(p.position()).isNotNull();
        });
    }

    @Test
    void fileNamesWithSpacesAndNonAsciiCharactersAreReferenced() {
        write(dir, "schémas et types/pet schema.yaml", "type: object\n");
        Path spec = write(dir, "mon api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A: {$ref: 'schémas et types/pet schema.yaml'}
                    B: {$ref: 'sch%C3%A9mas%20et%20types/pet%20schema.yaml'}
                """);
        Workspace workspace = loader.load(spec);
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.files()).hasSize(2);
    }

    @Test
    void largeYamlBeyondSnakeYamlsDefaultLimitLoads() {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-big:\n");
        while (yaml.length() < 4_000_000) {
            yaml.append("  - some fairly long line of text to make the document larger than three megabytes\n");
        }
        Workspace workspace = loader.load(write(dir, "big.yaml", yaml.toString()));
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.root()).isNotNull();
    }

    @Test
    void missingRootIsOneProblem() {
        Workspace workspace = loader.load(dir.resolve("nope.yaml"));
        assertThat(workspace.root()).isNull();
        assertThat(workspace.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist"));
    }

    // ---- YAML 1.2 ----------------------------------------------------------------------------------------

    private TreeNode examples(String body) {
        Path spec = write(dir, "typed.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-values:\n"
                + body);
        Workspace workspace = loader.load(spec);
        assertThat(workspace.problems()).isEmpty();
        return TreeNode.root(workspace, workspace.root()).get("x-values");
    }

    @Test
    void plainScalarsAreTypedByTheYaml12CoreSchema() {
        TreeNode values = examples("""
                  authCode: 044925
                  octal: 0o17
                  hex: 0x1F
                  plusSigned: +12
                  big: 123456789012345678901234567890
                  on: on
                  yes: yes
                  n: n
                  Off: Off
                  underscored: 1_000
                  sexagesimal: 1:20
                  binary: 0b101
                  true: TRUE
                  nullish: ~
                  fraction: 2.50
                  exponent: 1e3
                  infinity: -.inf
                  notANumber: .NaN
                  quoted: '044925'
                  doubleQuoted: "on"
                  tagged: !!str 044925
                  block: |
                    044925
                """);
        assertThat(values.get("authCode").value().isInt()).isTrue();
        assertThat(values.get("authCode").value().intValue()).isEqualTo(44925);
        assertThat(values.get("octal").value().intValue()).isEqualTo(15);
        assertThat(values.get("hex").value().intValue()).isEqualTo(31);
        assertThat(values.get("plusSigned").value().intValue()).isEqualTo(12);
        assertThat(values.get("big").value().bigIntegerValue()).hasToString("123456789012345678901234567890");
        for (String name : List.of("on", "yes", "n", "Off")) {
            assertThat(values.get(name).value().isTextual()).as(name).isTrue();
        }
        assertThat(values.get("underscored").value().textValue()).isEqualTo("1_000");
        assertThat(values.get("sexagesimal").value().textValue()).isEqualTo("1:20");
        assertThat(values.get("binary").value().textValue()).isEqualTo("0b101");
        assertThat(values.get("true").value().booleanValue()).isTrue();
        assertThat(values.get("nullish").value().isNull()).isTrue();
        assertThat(values.get("fraction").value().doubleValue()).isEqualTo(2.5);
        assertThat(values.get("exponent").value().doubleValue()).isEqualTo(1000.0);
        assertThat(values.get("infinity").value().doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(values.get("notANumber").value().doubleValue()).isNaN();
        assertThat(values.get("quoted").value().textValue()).isEqualTo("044925");
        assertThat(values.get("doubleQuoted").value().textValue()).isEqualTo("on");
        assertThat(values.get("tagged").value().textValue()).isEqualTo("044925");
        assertThat(values.get("block").value().textValue()).isEqualTo("044925\n");
        assertThat(values.get("authCode").valuePosition()).isEqualTo(new Position(5, 13));
        assertThat(values.get("tagged").valuePosition()).isEqualTo(new Position(25, 11));
    }

    @Test
    void yaml11LineBreakCharactersAreOrdinaryCharactersAndKeepLinesExact() {
        TreeNode values = examples("""
                  quoted: "a\u2028b\u2029c\u0085d"
                  plain: a\u2028b # and in a comment \u2029 \u0085 too
                  "key\u2028name": 1
                  after: here
                """);
        assertThat(values.get("quoted").value().textValue()).isEqualTo("a\u2028b\u2029c\u0085d");
        assertThat(values.get("plain").value().textValue()).isEqualTo("a\u2028b");
        assertThat(values.get("key\u2028name").value().intValue()).isEqualTo(1);
        assertThat(values.get("after").position()).isEqualTo(new Position(8, 3));
        assertThat(values.get("after").valuePosition()).isEqualTo(new Position(8, 10));
    }

    @Test
    void anAliasOfAScalarAnchorReadsAsTheScalar() {
        TreeNode values = examples("""
                  a: &a hello
                  b: *a
                  c: &c 044925
                  d: [*c, *a]
                  e: &e 'quoted'
                  f: *e
                """);
        assertThat(values.get("b").value().textValue()).isEqualTo("hello");
        assertThat(values.get("d").value().get(0).intValue()).isEqualTo(44925);
        assertThat(values.get("d").value().get(1).textValue()).isEqualTo("hello");
        assertThat(values.get("f").value().textValue()).isEqualTo("quoted");
    }

    @Test
    void aStrayTabIsReportedOnItsOwnLine() {
        Path spec = write(dir, "tab.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n\tget: {}\n");
        Workspace workspace = loader.load(spec);
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("TAB");
            assertThat(p.position()).isEqualTo(new Position(5, 1));
        });
    }

    @Test
    void aliasesAreBoundedByTheCharactersTheyAddNotOnlyByNodes() {
        // 52,429 lines of 97 characters and a line break: a 5,138,042-character block scalar.
        String big = ("  " + "x".repeat(97) + "\n").repeat(52_429);
        StringBuilder text = new StringBuilder("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
                + "x-big: &big |\n").append(big).append("x-many:\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("  - *big\n");
        }
        Workspace workspace = loader.load(write(dir, "amplified.yaml", text.toString()));
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("YAML aliases expand the document by more than " + (64L * 1024 * 1024)
                    + " characters");
            // 13 aliases add 66,794,546 characters; the 14th passes 67,108,864.
            assertThat(p.position()).isEqualTo(new Position(5 + 52_429 + 14, 5));
        });
    }

    @Test
    void aFileSharedByManyRootsIsReadAndParsedOncePerRun() throws Exception {
        write(dir, "common.yaml", "Pet: {type: object}\n");
        List<Workspace> workspaces = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workspaces.add(loader.load(write(dir, "api" + i + ".yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
                    + "paths: {}\ncomponents: {schemas: {Pet: {$ref: 'common.yaml#/Pet'}}}\n")));
        }
        SourceFile first = List.copyOf(workspaces.get(0).files()).get(1);
        assertThat(first.path().getFileName()).hasToString("common.yaml");
        for (Workspace workspace : workspaces) {
            assertThat(workspace.problems()).isEmpty();
            assertThat(List.copyOf(workspace.files()).get(1)).isSameAs(first);
        }
        // A file changed since it was parsed is read again.
        java.nio.file.Files.writeString(dir.resolve("common.yaml"), "Pet: {type: string}\n# changed\n");
        Workspace after = loader.load(dir.resolve("api0.yaml"));
        assertThat(List.copyOf(after.files()).get(1)).isNotSameAs(first);
        assertThat(List.copyOf(after.files()).get(1).root().path("Pet").path("type").textValue()).isEqualTo("string");
    }
}
