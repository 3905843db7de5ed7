package dev.goalpost.report;

import dev.goalpost.engine.LintReport;
import java.io.IOException;
import java.io.OutputStream;

/** Turns a lint report into one output format. Writers never decide severity or filter findings. */
public interface ReportWriter {

    void write(LintReport report, OutputStream out) throws IOException;
}
