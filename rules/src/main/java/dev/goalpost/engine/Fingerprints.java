package dev.goalpost.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.load.JsonPointers;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.TreeNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint of a finding: a short hash of the offending node's own content, so a baseline can tell the
 * finding it recorded from a different node that now sits at the same pointer (an array element that moved,
 * an operation replaced by another).
 *
 * <p>Only the node's first level counts: a scalar's value; an object's member names with the values of its
 * scalar members (nested objects and lists count by their kind, not their content); a list's length with its
 * scalar elements. So editing a nested response does not make a finding at its operation new, and a finding at
 * the document root survives edits anywhere below it; member order, formatting, comments and line numbers never
 * count, and neither does an {@code x-goalpost-ignore} member. A finding with no node (a file that cannot be read)
 * has the fingerprint of nothing.
 */
final class Fingerprints {

    /** Hex digits kept: 48 bits tell apart the few nodes that ever share one file, rule and pointer. */
    static final int LENGTH = 12;

    private Fingerprints() {}

    /** Adds a fingerprint to each finding, looking its node up by file and pointer in the workspace. */
    static List<Finding> add(List<Finding> findings, Workspace workspace, FindingCollector names) {
        Map<String, SourceFile> files = new TreeMap<>();
        for (SourceFile file : workspace.files()) {
            files.put(names.relative(file.displayName()), file);
        }
        List<Finding> fingerprinted = new ArrayList<>(findings.size());
        MessageDigest digest = sha256();
        for (Finding finding : findings) {
            JsonNode node = node(workspace, files.get(finding.file()), finding.pointer());
            fingerprinted.add(finding.withFingerprint(of(node, digest)));
        }
        return fingerprinted;
    }

    private static JsonNode node(Workspace workspace, SourceFile file, String pointer) {
        if (file == null) {
            return null;
        }
        List<String> tokens = JsonPointers.split(pointer);
        TreeNode node = tokens == null ? null : TreeNode.at(workspace, file, tokens);
        return node == null ? null : node.value();
    }

    static String of(JsonNode node) {
        return of(node, sha256());
    }

    private static String of(JsonNode node, MessageDigest digest) {
        StringBuilder text = new StringBuilder();
        if (node == null) {
            text.append("none");
        } else if (node.isObject()) {
            Map<String, JsonNode> members = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals(SourceFile.SUPPRESSION_KEY)) {
                    members.put(field.getKey(), field.getValue());
                }
            }
            text.append('{');
            members.forEach((key, value) -> shallow(text.append(quoted(key)).append(':'), value).append(','));
            text.append('}');
        } else if (node.isArray()) {
            text.append('[').append(node.size()).append(':');
            node.forEach(element -> shallow(text, element).append(','));
            text.append(']');
        } else {
            shallow(text, node);
        }
        return hash(text.toString(), digest);
    }

    private static StringBuilder shallow(StringBuilder text, JsonNode value) {
        if (value.isObject()) {
            return text.append("{…}");
        }
        if (value.isArray()) {
            return text.append("[…]");
        }
        return text.append(value.isTextual() ? quoted(value.textValue()) : value.asText());
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String hash(String text, MessageDigest digest) {
        byte[] hash = digest.digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, LENGTH / 2);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
