package dev.goalpost.baseline;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.FindingKey;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.project.ProjectSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline round trip through the setup both shells use: generate, shift, add, fix, prune. */
class BaselineTest {

    @TempDir
    Path dir;

    /** Two lists without pagination: two reach/list-paginated errors. */
    static final String SPEC = TestSpecs.read("project/unpaginated-lists.yaml");

    private ProjectSetup setup(Path baselineFile) {
        return ProjectSetup.open(ProjectSetup.Options.builder(dir).baselineFile(baselineFile).clock(Clock.systemUTC())
                .build());
    }

    private LintReport lint(Path spec) throws Exception {
        return setup(null).lint(SpecDiscovery.find(List.of(spec)), 1);
    }

    private static List<Finding> findings(LintReport report, String rule) {
        return report.specs().stream().map(SpecReport::findings).flatMap(List::stream)
                .filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void roundTrip() throws Exception {
        Path spec = write(dir, "api/openapi.yaml", SPEC);
        ProjectSetup.WrittenBaseline written = setup(null).writeBaseline(SpecDiscovery.find(List.of(spec)), 1);
        assertThat(written.file()).isEqualTo(dir.resolve(Baseline.FILE_NAME));
        assertThat(written.entries()).isEqualTo(2);
        String text = Files.readString(written.file());
        assertThat(text).startsWith("{\n  \"tool\" : \"goalpost\",\n  \"format\" : 1,\n  \"findings\" : [\n")
                .contains("    { \"file\" : \"api/openapi.yaml\", \"rule\" : \"reach/list-paginated\", \"pointer\" : "
                        + "\"/paths/~1customers/get\", \"fingerprint\" : \"")
                .doesNotContain("\"line\"");
        assertThat(text.indexOf("~1customers")).isLessThan(text.indexOf("~1orders"));

        // Unrelated edits move every line: the baseline still accepts both findings, so nothing fails.
        write(dir, "api/openapi.yaml", SPEC.replace("info: {title: Orders, version: '1'}",
                "info:\n  title: Orders\n  description: |\n    The order API.\n    Partners read it.\n  version: '1'"));
        LintReport shifted = lint(spec);
        assertThat(findings(shifted, "reach/list-paginated")).extracting(Finding::baseline)
                .containsOnly(Finding.BaselineState.UNCHANGED).hasSize(2);
        assertThat(shifted.fails(FailOn.ERROR)).isFalse();
        assertThat(shifted.baseline().fixed()).isEmpty();
        assertThat(shifted.baseline().file()).isEqualTo("goalpost-baseline.json");

        // A new violation fails the run on its own.
        write(dir, "api/openapi.yaml", Files.readString(spec) + """
                  /invoices:
                    get:
                      responses:
                        '200': {description: all invoices, content: {application/json: {schema: {type: array, items: {type: object}}}}}
                """);
        LintReport added = lint(spec);
        assertThat(added.fails(FailOn.ERROR)).isTrue();
        assertThat(findings(added, "reach/list-paginated")).filteredOn(Finding::gates)
                .singleElement().satisfies(f -> {
                    assertThat(f.pointer()).isEqualTo("/paths/~1invoices/get");
                    assertThat(f.baseline()).isEqualTo(Finding.BaselineState.NEW);
                });

        // Fixing one reports its entry as fixed; pruning drops it from the file, and only it.
        write(dir, "api/openapi.yaml", Files.readString(spec).replace("  /customers:\n    get:\n",
                "  /customers:\n    get:\n      parameters:\n"
                        + "        - {name: cursor, in: query, schema: {type: string}}\n"
                        + "        - {name: limit, in: query, schema: {type: integer, maximum: 100}}\n"));
        LintReport fixed = lint(spec);
        assertThat(fixed.baseline().fixed()).extracting(FindingKey::file, FindingKey::rule, FindingKey::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api/openapi.yaml", "reach/list-paginated",
                        "/paths/~1customers/get"));
        assertThat(setup(null).pruneBaseline(fixed)).isEqualTo(1);
        Baseline pruned = Baseline.read(written.file(), "goalpost-baseline.json");
        assertThat(pruned.entries()).extracting(FindingKey::pointer).containsExactly("/paths/~1orders/get");
        assertThat(lint(spec).baseline().fixed()).isEmpty();
        assertThat(setup(null).pruneBaseline(lint(spec))).isZero();
    }

    @Test
    void aNodeWhoseOwnContentChangedIsNewAgain() throws Exception {
        Path spec = write(dir, "openapi.yaml", SPEC);
        setup(null).writeBaseline(SpecDiscovery.find(List.of(spec)), 1);
        write(dir, "openapi.yaml", SPEC.replace("  /orders:\n    get:\n", "  /orders:\n    get:\n      deprecated: true\n"));
        LintReport report = lint(spec);
        assertThat(findings(report, "reach/list-paginated")).extracting(Finding::pointer, Finding::baseline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/paths/~1orders/get", Finding.BaselineState.NEW),
                        org.assertj.core.groups.Tuple.tuple("/paths/~1customers/get", Finding.BaselineState.UNCHANGED));
        // the old entry for /orders no longer matches: it is listed as fixed
        assertThat(report.baseline().fixed()).extracting(FindingKey::pointer).containsExactly("/paths/~1orders/get");
    }

    @Test
    void theBaselineIsSortedAndWrittenIdenticallyEveryTime() throws Exception {
        Path spec = write(dir, "openapi.yaml", SPEC);
        ProjectSetup.WrittenBaseline first = setup(null).writeBaseline(SpecDiscovery.find(List.of(spec)), 1);
        String once = Files.readString(first.file());
        setup(null).writeBaseline(SpecDiscovery.find(List.of(spec)), 2);
        assertThat(Files.readString(first.file())).isEqualTo(once);
        Baseline read = Baseline.read(first.file(), "b");
        assertThat(read.entries()).isSortedAccordingTo(FindingKey::compareTo);
        read.write(dir.resolve("again.json"));
        assertThat(Files.readString(dir.resolve("again.json"))).isEqualTo(once);
    }

    @Test
    void filesAreRelativeToTheBaselineFolderWhicheverFolderTheRunStartsIn() throws Exception {
        Path spec = write(dir, "module/src/openapi.yaml", SPEC);
        Path baseline = dir.resolve("module/" + Baseline.FILE_NAME);
        setup(baseline).writeBaseline(SpecDiscovery.find(List.of(spec)), 1);
        assertThat(Files.readString(baseline)).contains("\"file\" : \"src/openapi.yaml\"");
        LintReport report = ProjectSetup.open(ProjectSetup.Options.builder(dir.resolve("module"))
                .configSearch(List.of()).baselineFile(baseline).baselineDirectory(dir).clock(Clock.systemUTC()).build())
                .lint(SpecDiscovery.find(List.of(spec)), 1);
        assertThat(findings(report, "reach/list-paginated")).extracting(Finding::baseline)
                .containsOnly(Finding.BaselineState.UNCHANGED);
    }

    @Test
    void entriesForSpecsThisRunDidNotReadAreNotFixed() throws Exception {
        Path orders = write(dir, "orders.yaml", SPEC);
        Path users = write(dir, "users.yaml", SPEC);
        setup(null).writeBaseline(SpecDiscovery.find(List.of(orders, users)), 1);
        assertThat(lint(orders).baseline().fixed()).isEmpty();
    }

    @Test
    void anExplicitBaselineMustExistAndACorruptOneIsNamedWithItsLine() throws Exception {
        Path spec = write(dir, "openapi.yaml", SPEC);
        assertThatThrownBy(() -> setup(dir.resolve("missing.json")).lint(SpecDiscovery.find(List.of(spec)), 1))
                .isInstanceOf(BaselineFileException.class)
                .hasMessage("the baseline missing.json does not exist; write it with `goalpost baseline` (or mvn "
                        + "goalpost:baseline), or leave the baseline option out");
        write(dir, Baseline.FILE_NAME, """
                {
                  "tool" : "goalpost",
                  "format" : 1,
                  "findings" : [
                    { "file" : "openapi.yaml", "rule" : "reach/list-paginated", "pointer" : "/paths" },
                  ]
                }
                """);
        assertThatThrownBy(() -> lint(spec)).isInstanceOf(BaselineFileException.class)
                .hasMessageStartingWith("goalpost-baseline.json:6:3: cannot read JSON: ");
        write(dir, Baseline.FILE_NAME, """
                {
                  "tool" : "goalpost",
                  "format" : 1,
                  "findings" : [
                    { "file" : "openapi.yaml", "rule" : "reach/list-paginated", "pointer" : "/paths" }
                  ]
                }
                """);
        assertThatThrownBy(() -> lint(spec)).hasMessage("goalpost-baseline.json:5:5: the entry has no `fingerprint` "
                + "text; each entry has file, rule, pointer, fingerprint (write the baseline again with `goalpost "
                + "baseline`)");
        write(dir, Baseline.FILE_NAME, "{\"format\": 2, \"findings\": []}");
        assertThatThrownBy(() -> lint(spec)).hasMessage("goalpost-baseline.json:1:12: the baseline has format 2; this "
                + "Goalpost reads format 1 (write the baseline again with `goalpost baseline`)");
    }

    @Test
    void eachEntryAcceptsOneFinding() throws Exception {
        Path spec = write(dir, "openapi.yaml", SPEC);
        FindingKey key = new FindingKey("openapi.yaml", "reach/list-paginated", "/paths/~1orders/get", "x");
        Baseline baseline = Baseline.read(write(dir, "b.json", "{\"format\": 1, \"findings\": []}"), "b.json");
        assertThat(baseline.entries()).isEmpty();
        LintReport report = setup(null).linter().fingerprinting().lint(List.of(spec), 1);
        Finding orders = findings(report, "reach/list-paginated").get(0);
        Path twice = write(dir, "twice.json", "{\"format\": 1, \"findings\": [" + entry(orders) + "," + entry(orders)
                + "]}");
        LintReport compared = Baseline.read(twice, "twice.json").compare(report, dir, twice, "twice.json");
        assertThat(compared.baseline().fixed()).extracting(FindingKey::pointer).containsExactly(orders.pointer());
        assertThat(key.rule()).isEqualTo(orders.rule());
    }

    private static String entry(Finding finding) {
        return "{\"file\": \"" + finding.file() + "\", \"rule\": \"" + finding.rule() + "\", \"pointer\": \""
                + finding.pointer() + "\", \"fingerprint\": \"" + finding.fingerprint() + "\"}";
    }
}
