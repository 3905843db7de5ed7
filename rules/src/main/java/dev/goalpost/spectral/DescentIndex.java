package dev.goalpost.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.load.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Every node a recursive descent from a document's root visits, in document order, computed once per document and
 * shared by every rule whose path starts with {@code $..}: most rulesets have dozens of those, and walking a large
 * document with its references resolved is what they would otherwise each pay for. Content reached again through
 * another reference is listed once, and a cycle of references ends, as in {@link JsonPathExpression}.
 */
final class DescentIndex {

    /** By workspace (compared by identity), then by root content and resolution; dropped with the workspace. */
    private static final Map<Workspace, Map<List<Object>, List<PathNode>>> CACHE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private DescentIndex() {}

    static List<PathNode> of(PathNode root, boolean resolved) {
        Map<List<Object>, List<PathNode>> byRoot = CACHE.computeIfAbsent(root.tree().workspace(),
                w -> Collections.synchronizedMap(new java.util.HashMap<>()));
        List<Object> key = List.of(new Identity(root.tree().value()), resolved);
        synchronized (byRoot) {
            List<PathNode> nodes = byRoot.get(key);
            if (nodes == null) {
                nodes = walk(root, resolved);
                byRoot.put(key, nodes);
            }
            return nodes;
        }
    }

    private static List<PathNode> walk(PathNode root, boolean resolved) {
        List<PathNode> nodes = new ArrayList<>();
        Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        // An explicit stack: documents nest deeply, and the walk must not overflow the thread's stack.
        List<PathNode> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            PathNode node = stack.remove(stack.size() - 1);
            if (!seen.add(node.tree().value())) {
                continue;
            }
            if (nodes.size() >= JsonPathExpression.MAX_VISITS) {
                throw new JsonPathExpression.BudgetExceeded("$..");
            }
            nodes.add(node);
            List<PathNode> children = node.children(resolved);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(children.get(i));
            }
        }
        return List.copyOf(nodes);
    }

    /** A JSON value compared by identity. */
    private record Identity(JsonNode value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
