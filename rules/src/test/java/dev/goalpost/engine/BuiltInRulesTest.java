package dev.goalpost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.api.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code dev.goalpost.builtin.BuiltInRules} is what the built-in rules' annotations say, written out as code: this test writes it from
 * the annotations and fails when the file differs, so that it cannot fall behind a rule.
 * {@code mvn -pl rules test -Dtest=BuiltInRulesTest -Dgoalpost.writeDocs=true} rewrites it.
 */
class BuiltInRulesTest {

    private static final Path SOURCE = Path.of("src/main/java/dev/goalpost/builtin/BuiltInRules.java");
    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services/" + Rule.class.getName());

    @Test
    void theIndexIsWhatTheAnnotationsSay() throws Exception {
        String expected = render(describeAll());
        if (Boolean.getBoolean("goalpost.writeDocs")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
                .as("BuiltInRules.java is out of date; rewrite it with "
                        + "`mvn -pl rules test -Dtest=BuiltInRulesTest -Dgoalpost.writeDocs=true`")
                .isEqualTo(expected);
    }

    @Test
    void theFastPathGivesTheSameRegistryAsReadingTheAnnotations() throws Exception {
        ClassLoader loader = RuleRegistry.class.getClassLoader();
        RuleRegistry fast = RuleRegistry.load(loader);
        RuleRegistry slow = RuleRegistry.loadByReflection(loader);
        assertThat(fast.rules()).isEqualTo(slow.rules()).hasSize(describeAll().size());
        for (RuleDescriptor rule : fast.rules()) {
            Rule created = fast.create(rule, java.util.Map.of());
            assertThat(created).isExactlyInstanceOf(rule.type());
            assertThat(rule.vocabulary()).isEqualTo(rule.type().getAnnotation(dev.goalpost.api.Vocabulary.class));
            assertThat(rule.type().getAnnotation(dev.goalpost.api.Vocabulary.class)).isEqualTo(rule.vocabulary());
            if (rule.vocabulary() != null) {
                assertThat(rule.vocabulary().hashCode())
                        .isEqualTo(rule.type().getAnnotation(dev.goalpost.api.Vocabulary.class).hashCode());
            }
        }
        assertThat(fast.rules()).anySatisfy(rule -> assertThat(rule.vocabulary()).isNotNull());
    }

    @Test
    void aClassPathWithACustomRuleIsReadFromTheAnnotations() throws Exception {
        Path folder = Files.createTempDirectory("goalpost-custom-rules");
        try {
            Path services = folder.resolve("META-INF/services/" + Rule.class.getName());
            Files.createDirectories(services.getParent());
            Files.writeString(services, "# a custom rule\n" + CustomRule.class.getName() + "\n");
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {
                    folder.toUri().toURL()}, RuleRegistry.class.getClassLoader())) {
                RuleRegistry registry = RuleRegistry.load(loader);
                assertThat(registry.get("acme/custom-check")).isNotNull();
                assertThat(registry.rules()).hasSize(describeAll().size() + 1);
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** A custom rule, as a rule jar would add one. */
    @dev.goalpost.api.RuleInfo(id = "acme/custom-check", severity = dev.goalpost.api.Severity.INFO,
            summary = "A custom rule beside the built-in ones.")
    public static final class CustomRule implements dev.goalpost.api.DocumentRule {
        @Override
        public void check(dev.goalpost.api.model.ApiDocument document, dev.goalpost.api.RuleContext context) {}
    }

    private static List<RuleDescriptor> describeAll() throws IOException, ClassNotFoundException {
        List<RuleDescriptor> rules = new ArrayList<>();
        for (String line : Files.readAllLines(SERVICES, StandardCharsets.UTF_8)) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                rules.add(RuleRegistry.describe(Class.forName(name).asSubclass(Rule.class)));
            }
        }
        rules.sort(java.util.Comparator.comparing(RuleDescriptor::id));
        return rules;
    }

    private static String render(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder();
        out.append("""
                package dev.goalpost.builtin;

                import com.fasterxml.jackson.databind.node.JsonNodeFactory;
                import dev.goalpost.api.Rule;
                import dev.goalpost.api.Severity;
                import dev.goalpost.engine.OptionDescriptor;
                import dev.goalpost.engine.RuleDescriptor;
                import dev.goalpost.engine.RuleIndex;
                import dev.goalpost.engine.RuleKind;
                import dev.goalpost.engine.VocabularyValues;
                import java.util.List;
                import java.util.Set;

                /**
                 * The built-in rules as their annotations describe them (see {@link RuleIndex}), written out by
                 * {@code BuiltInRulesTest}, which fails when this file differs from the annotations;
                 * {@code mvn -pl rules test -Dtest=BuiltInRulesTest -Dgoalpost.writeDocs=true} rewrites it. Do not edit.
                 */
                public final class BuiltInRules implements RuleIndex {

                    /** The rule's page among Goalpost's docs. */
                    private static String page(String id) {
                        return RuleDescriptor.DOCS_BASE + id + ".md";
                    }

                    @Override
                    public Set<String> classNames() {
                        return Set.of(
                """);
        for (int i = 0; i < rules.size(); i++) {
            out.append("                \"").append(rules.get(i).type().getName()).append('"')
                    .append(i + 1 < rules.size() ? ",\n" : ");\n");
        }
        out.append("""
                    }

                    @Override
                    public List<RuleDescriptor> descriptors() {
                        JsonNodeFactory json = JsonNodeFactory.instance;
                        return List.of(
                """);
        for (int i = 0; i < rules.size(); i++) {
            RuleDescriptor rule = rules.get(i);
            out.append("                new RuleDescriptor(").append(quote(rule.id())).append(", ")
                    .append(quote(rule.goal())).append(", Severity.").append(rule.defaultSeverity().name())
                    .append(",\n                        ").append(quote(rule.summary())).append(",\n                        ")
                    .append(rule.helpUri().equals(RuleDescriptor.DOCS_BASE + rule.id() + ".md") ? "page(" + quote(rule.id())
                            + ")" : quote(rule.helpUri())).append(", RuleKind.").append(rule.kind().name()).append(", ");
            if (rule.options().isEmpty()) {
                out.append("List.of(),\n");
            } else {
                out.append("List.of(\n");
                for (int o = 0; o < rule.options().size(); o++) {
                    OptionDescriptor option = rule.options().get(o);
                    out.append("                        new OptionDescriptor(").append(quote(option.name()))
                            .append(", ").append(quote(option.type())).append(",\n                                ")
                            .append(json(option.defaultValue())).append(",\n                                ")
                            .append(quote(option.description())).append(')')
                            .append(o + 1 < rule.options().size() ? ",\n" : "),\n");
                }
            }
            out.append("                        ").append(rule.type().getName()).append(".class");
            if (rule.vocabulary() != null) {
                out.append(",\n                        ").append(vocabulary(rule.vocabulary()));
            }
            out.append(')').append(i + 1 < rules.size() ? ",\n" : ");\n");
        }
        out.append("""
                    }

                    @Override
                    public Rule create(Class<? extends Rule> type) {
                        if (type.getClassLoader() != BuiltInRules.class.getClassLoader()) {
                            return null; // a class of the same name from a rule jar
                        }
                        return switch (type.getName()) {
                """);
        for (RuleDescriptor rule : rules) {
            out.append("            case \"").append(rule.type().getName()).append("\" -> new ")
                    .append(rule.type().getName()).append("();\n");
        }
        out.append("""
                            default -> null;
                        };
                    }
                }
                """);
        return out.toString();
    }

    private static String vocabulary(dev.goalpost.api.Vocabulary vocabulary) {
        return "new VocabularyValues(" + strings(vocabulary.members()) + ", " + strings(vocabulary.headers())
                + ",\n                                " + strings(vocabulary.responseHeaders()) + ", "
                + strings(vocabulary.responses()) + ",\n                                " + quote(vocabulary.missing())
                + ",\n                                " + quote(vocabulary.advice()) + ")";
    }

    private static String strings(String[] values) {
        StringBuilder array = new StringBuilder("new String[] {");
        for (int i = 0; i < values.length; i++) {
            array.append(i == 0 ? "" : ", ").append(quote(values[i]));
        }
        return array.append('}').toString();
    }

    /** The JsonNodeFactory calls that build {@code value}. */
    private static String json(JsonNode value) {
        if (value.isNull()) {
            return "json.nullNode()";
        }
        if (value.isInt()) {
            return "json.numberNode(" + value.intValue() + ")";
        }
        if (value.isLong()) {
            return "json.numberNode(" + value.longValue() + "L)";
        }
        if (value.isDouble()) {
            return "json.numberNode(" + value.doubleValue() + "d)";
        }
        if (value.isBoolean()) {
            return "json.booleanNode(" + value.booleanValue() + ")";
        }
        if (value.isTextual()) {
            return "json.textNode(" + quote(value.textValue()) + ")";
        }
        if (value.isArray()) {
            StringBuilder array = new StringBuilder("json.arrayNode()");
            value.forEach(item -> array.append(".add(").append(json(item)).append(')'));
            return array.toString();
        }
        throw new IllegalArgumentException("an option default of a type options cannot have: " + value);
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
