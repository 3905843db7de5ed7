package dev.goalpost.rules.marketing;

import dev.goalpost.api.ExampleRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A discriminator without {@code mapping} leaves its values implicit, the names of its schemas; when the examples use
 * other values, readers and code generators cannot tell which schema a payload is.
 */
@RuleInfo(id = "marketing/discriminator-mapping", severity = Severity.WARNING,
        summary = "A discriminator whose examples use values other than its oneOf/anyOf schema names declares a "
                + "mapping.")
public final class DiscriminatorMapping implements ExampleRule {

    /** How deep an example is followed, and how many of its nodes: bounds the cost of a huge or recursive example. */
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NODES = 10_000;

    @Override
    public void check(Example example, RuleContext context) {
        if (example.value() == null || example.schemaNode() == null
                || example.mediaType() != null && !MediaType.isJson(example.mediaType())) {
            return;
        }
        walk(example.schemaNode(), example.value(), 0, new int[] {MAX_NODES}, context);
    }

    private static void walk(SpecNode schemaNode, SpecNode value, int depth, int[] budget, RuleContext context) {
        if (depth > MAX_DEPTH || budget[0]-- <= 0) {
            return;
        }
        SpecNode schema = schemaNode.resolveOrSelf();
        if (schema == null || !schema.isObject()) {
            return;
        }
        if (value.isObject()) {
            SpecNode discriminator = schema.get("discriminator");
            if (discriminator != null) {
                for (String keyword : List.of("oneOf", "anyOf")) {
                    SpecNode chosen = chosenBranch(schema, discriminator, keyword, value, context);
                    if (chosen != null) {
                        walk(chosen, value, depth + 1, budget, context);
                    }
                }
            }
            SpecNode allOf = schema.get("allOf");
            if (allOf != null) {
                for (SpecNode member : allOf.elements()) {
                    walk(member, value, depth + 1, budget, context);
                }
            }
            SpecNode properties = schema.get("properties");
            if (properties != null && properties.isObject()) {
                // Name by name: most of an example's members have no schema that could hold a discriminator, and
                // a view of every member would be made for nothing.
                for (String name : value.keys()) {
                    SpecNode property = properties.get(name);
                    if (property != null) {
                        walk(property, value.get(name), depth + 1, budget, context);
                    }
                }
            }
        } else if (value.isArray()) {
            SpecNode items = schema.get("items");
            if (items != null) {
                for (SpecNode element : value.elements()) {
                    walk(items, element, depth + 1, budget, context);
                }
            }
        }
    }

    /**
     * The branch of {@code keyword} the value's discriminator selects, or null; reports the discriminator when it has
     * no mapping and the value names none of the branches.
     */
    private static SpecNode chosenBranch(SpecNode schema, SpecNode discriminator, String keyword, SpecNode value,
            RuleContext context) {
        SpecNode branches = schema.get(keyword);
        String property = discriminator.text("propertyName");
        if (branches == null || !branches.isArray() || property == null) {
            return null;
        }
        SpecNode given = value.get(property);
        if (given == null || !given.isText()) {
            return null;
        }
        String name = given.text();
        SpecNode mapping = discriminator.get("mapping");
        String target = mapping == null ? null : mapping.text(name);
        List<String> names = new ArrayList<>();
        for (SpecNode branch : branches.elements()) {
            String ref = branch.ref();
            if (ref == null) {
                continue;
            }
            names.add(lastSegment(ref));
            if (target != null ? ref.equals(target) || lastSegment(ref).equals(target)
                    : lastSegment(ref).equals(name)) {
                return branch;
            }
        }
        if (mapping == null && !names.isEmpty()) {
            context.report(discriminator, "discriminator `" + property + "` has no `mapping`, so its values must be "
                    + "the names of its `" + keyword + "` schemas (" + String.join(", ", quoted(names)) + "), but an "
                    + "example gives `" + property + ": " + name + "`; add `mapping: {" + name + ": '"
                    + suggestedTarget(branches, name) + "'}` for each value, or use the schema names as values");
        }
        return null;
    }

    /** The branch whose name is the value in another spelling ({@code cat} for {@code Cat}), else a placeholder. */
    private static String suggestedTarget(SpecNode branches, String value) {
        String wanted = simplified(value);
        for (SpecNode branch : branches.elements()) {
            String ref = branch.ref();
            if (ref != null && simplified(lastSegment(ref)).equals(wanted)) {
                return ref;
            }
        }
        return "#/components/schemas/<its schema>";
    }

    private static String simplified(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<String> quoted(List<String> names) {
        List<String> quoted = new ArrayList<>(names.size());
        names.forEach(name -> quoted.add("`" + name + "`"));
        return quoted;
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
