package dev.goalpost.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The report formats Goalpost writes, by the name users give them. */
public enum ReportFormat {
    TEXT("txt", TextReportWriter::new),
    JSON("json", JsonReportWriter::new),
    SARIF("sarif", SarifReportWriter::new),
    JUNIT("junit.xml", JunitReportWriter::new),
    CHECKSTYLE("checkstyle.xml", CheckstyleReportWriter::new),
    GITHUB("github.txt", GithubReportWriter::new),
    HTML("html", HtmlReportWriter::new);

    private final String extension;
    private final Supplier<ReportWriter> writer;

    ReportFormat(String extension, Supplier<ReportWriter> writer) {
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

    public ReportWriter writer() {
        return writer.get();
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
