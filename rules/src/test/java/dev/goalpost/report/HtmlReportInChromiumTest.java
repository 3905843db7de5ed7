package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium}) and reads back the DOM it built, so the
 * page is proven to load and render its findings and bars in a real browser. Skipped where Chromium is missing.
 */
class HtmlReportInChromiumTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void chromiumLoadsTheReportWithItsFindingsExcerptsAndBars() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium); skipping the browser check of the HTML report");
        Path root = dir.resolve("openapi.yaml");
        Path fragment = dir.resolve("pet.yaml");
        Files.write(root, IntStream.rangeClosed(1, 20).mapToObj(n -> "root line " + n).toList());
        Files.write(fragment, List.of("a", "b", "c <d> & e", "f"));
        Path page = dir.resolve("goalpost.html");
        try (var out = Files.newOutputStream(page)) {
            new HtmlReportWriter().write(SampleReports.small(root, fragment), out);
        }

        String dom = chromium("--dump-dom", page.toUri().toString());

        assertThat(dom).contains("operationId <code>getPet</code> is already used by GET /pets/{id}")
                .contains("<code>GET /pets</code> returns a list but takes no page-size parameter")
                .contains("<details class=\"rule\" open=\"open\"><summary>reach/list-paginated")
                .contains("<span class=\"hit\"><span class=\"ln\">14  </span>root line 14</span>")
                .contains("c &lt;d&gt; &amp; e")
                .contains("<svg width=\"240\"")
                .contains("1 of 2 rules passed, 1 failed");

        Path screenshot = dir.resolve("report.png");
        chromium("--screenshot=" + screenshot, "--window-size=1280,1600", page.toUri().toString());
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    /**
     * The filters work in a browser, with no script of the report's own: a probe appended to a copy of the page
     * unchecks a checkbox (as a click on its label does) and records which findings the browser still displays.
     */
    @Test
    void theCheckboxesHideFindingsBySeverityAndByGoal() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium); skipping the browser check of the HTML report");
        String html = SampleReports.write(new HtmlReportWriter(), SampleReports.small());
        assertThat(html).doesNotContain("<script");
        String probe = "<script>function shown(){return Array.from(document.querySelectorAll('.finding'))"
                + ".filter(f=>getComputedStyle(f).display!=='none').map(f=>f.className).join('|')}"
                + "const all=shown();document.getElementById('f-sev-warning').checked=false;const noWarnings=shown();"
                + "document.getElementById('f-sev-warning').checked=true;"
                + "document.getElementById('f-goal-core').checked=false;const noCore=shown();"
                + "document.body.setAttribute('data-probe',[all,noWarnings,noCore].join(' / '))</script>";
        Path page = dir.resolve("probe.html");
        Files.writeString(page, html.replace("</body>", probe + "</body>"));

        String dom = chromium("--dump-dom", page.toUri().toString());

        assertThat(dom).contains("data-probe=\"finding warning sev-warning goal-reach|finding error sev-error goal-core"
                + " / finding error sev-error goal-core / finding warning sev-warning goal-reach\"");
    }

    private String chromium(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code").isZero();
        return stdout.get(10, TimeUnit.SECONDS);
    }

    private static String read(InputStream in) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
