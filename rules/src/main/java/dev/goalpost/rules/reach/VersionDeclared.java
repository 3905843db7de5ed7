package dev.goalpost.rules.reach;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.PathItem;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecElement;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Apps on many devices upgrade at their own pace: each one can see which major version of the API it calls. A document
 * rule: it finds the way most of the API declares its version, and the places that do not.
 */
@RuleInfo(id = "reach/version-declared", severity = Severity.ERROR,
        summary = "Clients can see the major version they call: in the server URL or paths, a parameter, or the media type.")
public final class VersionDeclared implements DocumentRule {

    /** Which ways of declaring the version count. */
    public enum Style { ANY, PATH, HEADER, QUERY, MEDIA_TYPE }

    private static final Pattern VERSIONED_MEDIA_TYPE =
            Pattern.compile("(?i);\\s*version\\s*=\\s*[^;\\s]+|/vnd\\.[^;]*[.-]v\\d+");

    @RuleOption(description = "Which ways of declaring the version count: any, path, header, query or media-type.")
    Style style = Style.ANY;

    @RuleOption(description = "Header or query parameter names that carry the version (compared in any case; `*` "
            + "stands for any characters).")
    List<String> parameterNames = List.of("api-version", "version", "*-Version");

    /** A place that could carry the version: where to report it, how to name it, whether it does. */
    private record Candidate(SpecNode node, String name, boolean versioned) {}

    /** One way of declaring the version, the places it needs, and what to tell the author. */
    private record Way(List<Candidate> candidates, String lacks, String fix) {
        long versioned() {
            return candidates.stream().filter(Candidate::versioned).count();
        }

        boolean holds() {
            return !candidates.isEmpty() && versioned() == candidates.size();
        }
    }

    @Override
    public void check(ApiDocument document, RuleContext context) {
        // Webhooks and callbacks are called by the API, not by clients: they name no version a client calls.
        List<Operation> operations = context.operations().stream()
                .filter(operation -> operation.kind() == Operation.Kind.PATH).toList();
        if (operations.isEmpty()) {
            return;
        }
        List<Way> ways = ways(document, operations);
        if (ways.stream().anyMatch(Way::holds)) {
            return;
        }
        // When most places of one way carry the version, the few that do not are the slips to point at;
        // otherwise the API has not chosen a way yet, and one finding says so.
        // At half, too: an API on /api/v2 whose health checks sit at the root has chosen its way.
        Way best = ways.stream()
                .filter(way -> way.versioned() > 0 && way.versioned() * 2 >= way.candidates().size())
                .max((a, b) -> Long.compare(a.versioned(), b.versioned())).orElse(null);
        if (best != null) {
            String most = best.versioned() * 2 > best.candidates().size() ? "most" : "half of the";
            for (Candidate candidate : best.candidates()) {
                if (!candidate.versioned()) {
                    context.report(candidate.node(), candidate.name() + " " + best.lacks().replace("{most}", most));
                }
            }
            return;
        }
        List<Server> servers = document.servers();
        SpecNode anchor = !servers.isEmpty() ? servers.get(0).pathNode()
                : document.root().get("paths") != null ? document.root().get("paths") : document.root();
        context.report(anchor, "clients cannot see which major version they call; "
                + String.join(", or ", ways.stream().map(Way::fix).toList()));
    }

    private List<Way> ways(ApiDocument document, List<Operation> operations) {
        List<Way> ways = new ArrayList<>();
        if (style == Style.ANY || style == Style.PATH) {
            ways.add(new Way(servers(document), "has no `v<N>` segment while {most} server URLs do; add the major "
                    + "version, such as `/v1`", "add a `v<N>` segment to the server URL (`https://api.example.com/v1`)"));
            ways.add(new Way(paths(operations), "has no `v<N>` segment while {most} paths do; put it under the same "
                    + "`/v<N>` prefix", "start every path with it (`/v1/orders`)"));
        }
        List<Predicate<String>> names = parameterNames.stream().map(VersionDeclared::glob).toList();
        if (style == Style.ANY) {
            ways.add(new Way(parameters(operations, names, "header", "query"), "takes no version parameter while "
                    + "{most} operations do; add `" + first() + "`", "have every operation take a version header or "
                    + "query parameter (`" + first() + "`)"));
        }
        if (style == Style.HEADER || style == Style.QUERY) {
            String in = style == Style.HEADER ? "header" : "query";
            ways.add(new Way(parameters(operations, names, in), "takes no version " + in + " parameter; add `"
                    + first() + "`", "have every operation take a version " + in + " parameter (`" + first() + "`)"));
        }
        if (style == Style.ANY || style == Style.MEDIA_TYPE) {
            ways.add(new Way(mediaTypes(operations), "carries no version while {most} JSON media types do; write it "
                    + "as `application/json;version=1` or `application/vnd.example.v1+json`", "put the version in "
                    + "every JSON media type (`application/vnd.example.v1+json`)"));
        }
        return ways;
    }

    /** Each server URL once: the same root URL repeated on several path items is one place, not several. */
    private static List<Candidate> servers(ApiDocument document) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Server server : document.servers()) {
            candidates.putIfAbsent(server.url(), new Candidate(server.pathNode(),
                    "server URL `" + server.url() + "`", VersionSegment.server(server.path()) >= 0));
        }
        return List.copyOf(candidates.values());
    }

    private static List<Candidate> paths(List<Operation> operations) {
        Map<PathItem, Candidate> candidates = new LinkedHashMap<>();
        for (Operation operation : operations) {
            PathItem item = operation.pathItem();
            // Once per path item, not per operation: matching the version patterns is the rule's main cost.
            candidates.computeIfAbsent(item, path -> new Candidate(path.declaration(), "path `" + path.path() + "`",
                    VersionSegment.major(path.path()) >= 0));
        }
        return List.copyOf(candidates.values());
    }

    private static List<Candidate> parameters(List<Operation> operations, List<Predicate<String>> names,
            String... locations) {
        List<Candidate> candidates = new ArrayList<>();
        for (Operation operation : operations) {
            candidates.add(new Candidate(operation.node(), "`" + operation.label() + "`",
                    takesVersion(operation, names, locations)));
        }
        return candidates;
    }

    /** Whether a parameter in one of the locations carries the version: by its name, or as a versioned Accept. */
    private static boolean takesVersion(Operation operation, List<Predicate<String>> names, String... locations) {
        for (Parameter parameter : operation.parameters()) {
            String name = parameter.name();
            String in = parameter.in();
            if (name == null || !isOneOf(in, locations)) {
                continue;
            }
            for (Predicate<String> versionName : names) {
                if (versionName.test(name)) {
                    return true;
                }
            }
            if ("header".equalsIgnoreCase(in) && versionedAccept(parameter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a parameter's location is one of {@code locations}, in any case (as {@link Parameter#isIn}). */
    private static boolean isOneOf(String in, String... locations) {
        for (String location : locations) {
            if (location.equalsIgnoreCase(in)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which parameter names a configured name matches, where {@code *} stands for any characters; made once per
     * check, not per parameter.
     */
    static Predicate<String> glob(String pattern) {
        if (!pattern.contains("*")) {
            return pattern::equalsIgnoreCase;
        }
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*"));
        Pattern compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return name -> compiled.matcher(name).matches();
    }

    /**
     * An {@code Accept} header whose value (its {@code default}, {@code enum}, {@code const} or {@code example})
     * names a versioned media type, such as {@code application/vnd.acme+json;version=2}.
     */
    private static boolean versionedAccept(Parameter parameter) {
        if (!parameter.name().equalsIgnoreCase("Accept") || parameter.schema() == null) {
            return false;
        }
        List<SpecNode> values = new ArrayList<>();
        for (SpecElement holder : List.of(parameter.schema(), parameter)) {
            for (String keyword : List.of("default", "const", "example")) {
                SpecNode value = holder.node().get(keyword);
                if (value != null) {
                    values.add(value);
                }
            }
            SpecNode choices = holder.node().get("enum");
            if (choices != null && choices.isArray()) {
                values.addAll(choices.elements());
            }
        }
        return values.stream().anyMatch(value -> value.isText() && VERSIONED_MEDIA_TYPE.matcher(value.text()).find());
    }

    private static List<Candidate> mediaTypes(List<Operation> operations) {
        // Keyed by the written media type node (shared components count once) and its name.
        Map<Object, Map<String, Candidate>> byNode = new java.util.HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Operation operation : operations) {
            for (MediaType type : operation.mediaTypes()) {
                if (type.isJson() && type.name().toLowerCase().contains("json")) {
                    byNode.computeIfAbsent(type.node().contentKey(), node -> new java.util.HashMap<>())
                            .computeIfAbsent(type.name(), name -> {
                                Candidate candidate = new Candidate(type.node(), "media type `" + name + "`",
                                        VERSIONED_MEDIA_TYPE.matcher(name).find());
                                candidates.add(candidate);
                                return candidate;
                            });
                }
            }
        }
        return List.copyOf(candidates);
    }

    private String first() {
        return parameterNames.isEmpty() ? "api-version" : parameterNames.get(0);
    }
}
