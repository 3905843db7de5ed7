package dev.goalpost.rules.integration;

import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.SpecNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The compliance regimes Goalpost knows, and the ones a document declares in {@code x-compliance}. */
final class ComplianceRegimes {

    static final String EXTENSION = "x-compliance";
    static final String NONE = "none";
    static final List<String> KNOWN =
            List.of("GDPR", "CCPA", "HIPAA", "PCI-DSS", "SOX", "GLBA", "FERPA", "ISO-27001", "SOC2", NONE);

    private ComplianceRegimes() {}

    /** The known regime a value names (compared case-insensitively), as Goalpost spells it; null when none. */
    static String canonical(String value) {
        for (String regime : KNOWN) {
            if (regime.equalsIgnoreCase(value.strip())) {
                return regime;
            }
        }
        return null;
    }

    /** The known regimes the document declares on its root and {@code info}. */
    static Set<String> declaredBy(ApiDocument document) {
        List<? extends SpecNode> declarations = document.rootOrInfo(EXTENSION);
        if (declarations.isEmpty()) {
            return Set.of(); // asked for every schema: most documents declare nothing, so nothing is made for them
        }
        Set<String> regimes = new LinkedHashSet<>();
        for (SpecNode declaration : declarations) {
            for (SpecNode value : declaration.elements()) {
                String regime = value.isText() ? canonical(value.text()) : null;
                if (regime != null) {
                    regimes.add(regime);
                }
            }
        }
        return regimes;
    }
}
