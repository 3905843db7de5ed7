package dev.goalpost.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecPatternsTest {

    @TempDir
    Path base;

    private void write(String relative, String content) throws Exception {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @BeforeEach
    void layout() throws Exception {
        write("openapi.yaml", "openapi: 3.0.3\n");
        write("src/main/openapi/orders.yaml", "openapi: 3.1.0\n");
        write("src/main/openapi/schemas/order.yaml", "type: object\n");
        write("src/main/openapi/v2/users.json", "{\"swagger\": \"2.0\"}");
        write("src/main/openapi/.hidden/secret.yaml", "openapi: 3.1.0\n");
        write("notes.txt", "openapi");
    }

    private List<String> relative(List<Path> paths) {
        return paths.stream().map(path -> base.relativize(path).toString().replace('\\', '/')).toList();
    }

    @Test
    void doubleStarMatchesAnyNumberOfFoldersIncludingNone() throws Exception {
        assertThat(relative(SpecPatterns.match(base, "src/**/*.yaml"))).containsExactly(
                "src/main/openapi/orders.yaml", "src/main/openapi/schemas/order.yaml");
        assertThat(relative(SpecPatterns.match(base, "**/*.json"))).containsExactly("src/main/openapi/v2/users.json");
        assertThat(relative(SpecPatterns.match(base, "src/main/openapi/**/orders.yaml")))
                .containsExactly("src/main/openapi/orders.yaml");
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneName() throws Exception {
        assertThat(relative(SpecPatterns.match(base, "src/main/openapi/*.yaml")))
                .containsExactly("src/main/openapi/orders.yaml");
        assertThat(relative(SpecPatterns.match(base, "src/*/openapi/v?/*.json")))
                .containsExactly("src/main/openapi/v2/users.json");
        assertThat(SpecPatterns.match(base, "*.json")).isEmpty();
    }

    @Test
    void aTrailingSlashMeansEverythingBelow() throws Exception {
        assertThat(relative(SpecPatterns.match(base, "src/main/openapi/v2/"))).containsExactly(
                "src/main/openapi/v2/users.json");
    }

    @Test
    void patternsKeepRootDocumentsOnlyWhileNamedFilesAreLintedWhateverTheyHold() throws Exception {
        SpecDiscovery.Found found = SpecPatterns.expand(base, List.of("src/main/openapi/**/*.yaml", "notes.txt"));
        assertThat(relative(found.named())).containsExactly("notes.txt");
        assertThat(relative(found.discovered())).containsExactly("src/main/openapi/orders.yaml");
    }

    @Test
    void foldersAreSearchedAndFilesNamedRelativeToTheBase() throws Exception {
        SpecDiscovery.Found found = SpecPatterns.expand(base, List.of("src/main/openapi", "openapi.yaml", " "));
        assertThat(relative(found.named())).containsExactly("openapi.yaml");
        assertThat(relative(found.discovered())).containsExactly("src/main/openapi/orders.yaml",
                "src/main/openapi/v2/users.json");
    }

    @Test
    void entriesThatMatchNothingAreNamedInTheError() {
        assertThatThrownBy(() -> SpecPatterns.expand(base, List.of("api/*.yaml")))
                .isInstanceOf(SpecDiscovery.NothingToLintException.class)
                .hasMessageContaining("`api/*.yaml` matches no file");
        assertThatThrownBy(() -> SpecPatterns.expand(base, List.of("**/schemas/*.yaml")))
                .hasMessageContaining("`**/schemas/*.yaml` matches 1 files but no OpenAPI document");
        assertThatThrownBy(() -> SpecPatterns.expand(base, List.of("missing.yaml")))
                .hasMessageContaining("no such file or folder");
    }

    @Test
    void matcherAppliesAntSemanticsToRelativePaths() {
        var legacy = SpecPatterns.matcher("legacy/**");
        assertThat(legacy.test("legacy/v1/orders.yaml")).isTrue();
        assertThat(legacy.test("legacy/orders.yaml")).isTrue();
        assertThat(legacy.test("api/legacy/orders.yaml")).isFalse();
        var anywhere = SpecPatterns.matcher("**/internal-*.yaml");
        assertThat(anywhere.test("internal-a.yaml")).isTrue();
        assertThat(anywhere.test("a/b/internal-a.yaml")).isTrue();
        assertThat(anywhere.test("a/internal/a.yaml")).isFalse();
        assertThat(SpecPatterns.matcher("api/").test("api/x/y.json")).isTrue();
        assertThat(SpecPatterns.matcher("v?/*.yaml").test("v2/a.yaml")).isTrue();
        assertThat(SpecPatterns.matcher("v?/*.yaml").test("v10/a.yaml")).isFalse();
    }

    @Test
    void malformedPatternsSayWhatToWriteInstead() {
        assertThat(SpecPatterns.problem("legacy/**")).isNull();
        assertThat(SpecPatterns.problem("api/")).isNull();
        assertThat(SpecPatterns.problem("a//b")).isEqualTo("`a//b` has an empty folder name (`//`)");
        assertThat(SpecPatterns.problem("C:/specs/*")).startsWith("`C:/specs/*` is absolute;");
        assertThat(SpecPatterns.problem("legacy\\**")).isEqualTo("`legacy\\**` uses `\\`; separate folders with `/`");
        assertThat(SpecPatterns.problem("v[12]/*")).startsWith("`v[12]/*` uses `[`, which Ant-style patterns do not have");
        assertThat(SpecPatterns.problem("./a")).startsWith("`./a` has a `.` segment;");
        assertThat(SpecPatterns.problem(" ")).isEqualTo("the pattern is empty; write one such as legacy/**");
    }
}
