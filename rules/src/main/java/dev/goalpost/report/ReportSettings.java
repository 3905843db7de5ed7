package dev.goalpost.report;

import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.RuleDescriptor;

/**
 * What a report needs to know of the run besides its findings.
 *
 * @param failOn the least serious finding that fails the run: the JUnit report marks only findings that fail it
 *     as failed tests
 * @param docsUrl where the rule pages are published (a folder URL: {@code <docsUrl><rule id>.md} is a rule's page),
 *     or null for Goalpost's repository ({@link RuleDescriptor#DOCS_BASE}); rules that name their own help URI
 *     keep it
 */
public record ReportSettings(FailOn failOn, String docsUrl) {

    /** The defaults of both shells: a run fails on errors; rule pages in Goalpost's repository. */
    public static final ReportSettings DEFAULT = new ReportSettings(FailOn.ERROR, null);

    public ReportSettings {
        if (failOn == null) {
            throw new IllegalArgumentException("failOn is required");
        }
        if (docsUrl != null) {
            docsUrl = docsUrl.strip();
            if (docsUrl.isEmpty()) {
                docsUrl = null;
            } else if (!docsUrl.endsWith("/")) {
                docsUrl += "/";
            }
        }
    }

    public ReportSettings(FailOn failOn) {
        this(failOn, null);
    }

    /** A rule's help URI: its page under {@code docsUrl} when the rule's page is one of Goalpost's. */
    public String helpUri(RuleDescriptor rule) {
        String uri = rule.helpUri();
        if (docsUrl != null && uri != null && uri.startsWith(RuleDescriptor.DOCS_BASE)) {
            return docsUrl + uri.substring(RuleDescriptor.DOCS_BASE.length());
        }
        return uri;
    }
}
