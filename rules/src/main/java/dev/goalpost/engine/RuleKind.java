package dev.goalpost.engine;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.ExampleRule;
import dev.goalpost.api.MediaTypeRule;
import dev.goalpost.api.OperationRule;
import dev.goalpost.api.ParameterRule;
import dev.goalpost.api.PathItemRule;
import dev.goalpost.api.ResponseRule;
import dev.goalpost.api.Rule;
import dev.goalpost.api.SchemaRule;
import dev.goalpost.api.SecuritySchemeRule;
import dev.goalpost.api.ServerRule;
import dev.goalpost.api.TagRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule looks at, and so how the engine scopes it by goal: operation kinds run on the operations whose
 * effective goals include the rule's goal; document kinds run when the document carries it.
 */
public enum RuleKind {
    ENGINE("engine", EngineRule.class, false),
    DOCUMENT("document", DocumentRule.class, false),
    PATH_ITEM("path item", PathItemRule.class, true),
    OPERATION("operation", OperationRule.class, true),
    PARAMETER("parameter", ParameterRule.class, true),
    RESPONSE("response", ResponseRule.class, true),
    MEDIA_TYPE("media type", MediaTypeRule.class, true),
    EXAMPLE("example", ExampleRule.class, true),
    SCHEMA("schema", SchemaRule.class, false),
    SERVER("server", ServerRule.class, false),
    SECURITY_SCHEME("security scheme", SecuritySchemeRule.class, false),
    TAG("tag", TagRule.class, false);

    private final String label;
    private final Class<? extends Rule> type;
    private final boolean operationScoped;

    RuleKind(String label, Class<? extends Rule> type, boolean operationScoped) {
        this.label = label;
        this.type = type;
        this.operationScoped = operationScoped;
    }

    /** How listings and messages name it: {@code operation}, {@code media type}. */
    public String label() {
        return label;
    }

    /** The interface a rule of this kind implements. */
    public Class<? extends Rule> type() {
        return type;
    }

    /** Whether the rule runs per operation (scoped by each operation's goals) rather than per document. */
    public boolean operationScoped() {
        return operationScoped;
    }

    /**
     * The one kind a rule class implements.
     *
     * @throws ConfigurationException when it implements none or several, saying which
     */
    public static RuleKind of(Class<? extends Rule> rule) {
        List<RuleKind> kinds = new ArrayList<>();
        for (RuleKind kind : values()) {
            if (kind.type.isAssignableFrom(rule)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        List<String> names = new ArrayList<>();
        for (RuleKind kind : values()) {
            if (kind != ENGINE) {
                names.add(kind.type.getSimpleName());
            }
        }
        if (kinds.isEmpty()) {
            throw new ConfigurationException("the rule " + rule.getName() + " implements no rule kind, so it would "
                    + "never run; implement one of " + String.join(", ", names));
        }
        throw new ConfigurationException("the rule " + rule.getName() + " implements "
                + String.join(" and ", kinds.stream().map(k -> k.type.getSimpleName()).toList())
                + "; a rule implements exactly one kind (split it into one rule per kind, or use DocumentRule for "
                + "a check that compares several elements)");
    }
}
