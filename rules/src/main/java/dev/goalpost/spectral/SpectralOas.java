package dev.goalpost.spectral;

import dev.goalpost.load.DataFile;
import dev.goalpost.load.SourceFile;
import dev.goalpost.model.TreeNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code extends: spectral:oas}: the rules of Spectral's OpenAPI ruleset that Goalpost runs natively (written for
 * Goalpost with its core functions in {@code spectral-oas.yaml}), those that are the same check as a Goalpost core
 * rule (which reports them), and those Goalpost does not run, each named in one notice.
 */
final class SpectralOas {

    /** spectral:oas rules whose check a Goalpost core rule makes. */
    static final Map<String, String> CORE_EQUIVALENTS = Map.of(
            "operation-operationId-unique", "core/operation-id-unique",
            "oas2-schema", "core/spec-valid",
            "oas3-schema", "core/spec-valid",
            "openapi-tags-uniqueness", "core/spec-valid",
            "path-params", "core/spec-valid");

    /** spectral:oas rules Goalpost does not run: they need JavaScript functions of Spectral's own. */
    static final List<String> NOT_SUPPORTED = List.of("operation-success-response",
            "oas2-operation-formData-consume-check", "operation-parameters", "operation-tag-defined",
            "duplicated-entry-in-enum", "no-$ref-siblings", "array-items", "oas2-discriminator",
            "oas2-operation-security-defined", "oas2-valid-schema-example", "oas2-valid-media-example",
            "oas2-anyOf", "oas2-oneOf", "oas3-operation-security-defined", "oas3-parameter-description",
            "oas3-valid-media-example", "oas3-valid-schema-example", "oas3-unused-component",
            "oas3-server-variables", "oas3-callbacks-in-callbacks", "oas3_1-servers-in-webhook",
            "oas3_1-callbacks-in-webhook", "oas3_2-no-deprecated-xml-attribute");

    private static volatile TreeNode bundled;

    private SpectralOas() {}

    /** Defines the native rules through {@code define} and adds one notice per rule it does not run. */
    static void extend(RulesetDefiner define, TreeNode at, List<String> notices) {
        TreeNode root = bundled();
        TreeNode rules = root.get("rules");
        for (var entry : rules.members().entrySet()) {
            define.define(entry.getKey(), entry.getValue(), root.get("aliases"));
        }
        String where = at.fileName() + ":" + at.line() + ":" + at.column() + ": ";
        CORE_EQUIVALENTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> notices.add(where
                + "spectral:oas rule " + e.getKey() + " is reported by Goalpost's " + e.getValue()));
        for (String rule : NOT_SUPPORTED) {
            notices.add(where + "spectral:oas rule " + rule + " is not supported (it needs one of Spectral's "
                    + "JavaScript functions); it does not run");
        }
    }

    /** Defines one rule of an extended ruleset, with that ruleset's aliases. */
    interface RulesetDefiner {
        void define(String name, TreeNode rule, TreeNode aliases);
    }

    private static TreeNode bundled() {
        TreeNode root = bundled;
        if (root == null) {
            try (InputStream in = SpectralOas.class.getResourceAsStream("spectral-oas.yaml")) {
                Path temporary = Files.createTempFile("goalpost-spectral-oas", ".yaml");
                try {
                    Files.write(temporary, in.readAllBytes());
                    SourceFile file = DataFile.read(temporary);
                    SourceFile named = new SourceFile(java.net.URI.create("goalpost:spectral-oas.yaml"), null,
                            file.root(), file.rootPosition(), file.refs(), file.suppressionSites());
                    root = TreeNode.root(DataFile.workspace(named), named);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DataFile.UnreadableException e) {
                throw new IllegalStateException("the bundled spectral:oas rules are broken: " + e.getMessage(), e);
            }
            bundled = root;
        }
        return root;
    }
}
