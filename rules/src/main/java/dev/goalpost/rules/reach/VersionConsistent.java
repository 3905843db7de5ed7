package dev.goalpost.rules.reach;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.PathItem;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A client built against one major version finds all of it in one place, not half of it under another number. A
 * document rule: it compares the versions that paths and servers name.
 */
@RuleInfo(id = "reach/version-consistent", severity = Severity.ERROR,
        summary = "All versioned paths and server URLs name the same major version.")
public final class VersionConsistent implements DocumentRule {

    /** A server URL path or path that names a major version, and where it is written. */
    private record Versioned(SpecNode node, boolean atValue, String name, int major) {}

    @Override
    public void check(ApiDocument document, RuleContext context) {
        List<Versioned> versioned = new ArrayList<>();
        Set<SpecNode> servers = new LinkedHashSet<>();
        for (Server server : document.servers()) {
            int major = VersionSegment.server(server.path());
            if (major >= 0 && servers.add(server.pathNode())) {
                versioned.add(new Versioned(server.pathNode(), true, "server URL `" + server.url() + "`", major));
            }
        }
        Set<PathItem> paths = new LinkedHashSet<>();
        for (Operation operation : context.operations()) {
            if (operation.kind() != Operation.Kind.PATH) {
                continue; // a webhook's or callback's name is no path a client calls
            }
            int major = VersionSegment.major(operation.path());
            if (major >= 0 && paths.add(operation.pathItem())) {
                versioned.add(new Versioned(operation.pathItem().declaration(), false,
                        "path `" + operation.path() + "`", major));
            }
        }
        int usual = mostCommon(versioned);
        for (Versioned odd : versioned) {
            if (odd.major() != usual) {
                String message = odd.name() + " names major version " + odd.major() + " while the rest of the API "
                        + "is on v" + usual + "; keep one major version per document and describe v" + odd.major()
                        + " in a spec of its own";
                if (odd.atValue()) {
                    context.reportValue(odd.node(), message);
                } else {
                    context.report(odd.node(), message);
                }
            }
        }
    }

    /** The major version named most often; on a tie, the one named first. */
    private static int mostCommon(List<Versioned> versioned) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        versioned.forEach(v -> counts.merge(v.major(), 1, Integer::sum));
        int usual = -1;
        int most = 0;
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            if (count.getValue() > most) {
                usual = count.getKey();
                most = count.getValue();
            }
        }
        return usual;
    }
}
