package dev.goalpost.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The report formats Goalpost writes, by the name users give them. */
public enum ReportFormat {
    TEXT("txt", settings -> new TextReportWriter()),
    JSON("json", settings -> new JsonReportWriter()),
    SARIF("sarif", SarifReportWriter::new),
    JUNIT("junit.xml", JunitReportWriter::new),
    CHECKSTYLE("checkstyle.xml", settings -> new CheckstyleReportWriter()),
    GITHUB("github.txt", settings -> new GithubReportWriter()),
    HTML("html", HtmlReportWriter::new);

    private final String extension;
    private final Function<ReportSettings, ReportWriter> writer;

    ReportFormat(String extension, Function<ReportSettings, ReportWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name reports of this format get in an output directory: {@code goalpost.sarif}, {@code goalpost.junit.xml}. */
    public String fileName() {
        return "goalpost." + extension;
    }

    /** The writer with the shells' default settings. */
    public ReportWriter writer() {
        return writer(ReportSettings.DEFAULT);
    }

    public ReportWriter writer(ReportSettings settings) {
        return writer.apply(settings);
    }

    /** Parses a format name (any case); null when unknown. */
    public static ReportFormat parse(String name) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return format;
            }
        }
        return null;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportFormat::label).toList();
    }
}
