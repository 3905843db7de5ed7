package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file of one spec, read and indexed: the root document, the fragments its references reached, and the
 * problems met while loading them. Resolves references between them.
 */
public final class Workspace {

    private final SourceFile root;
    private final Map<String, SourceFile> files;
    private final List<LoadProblem> problems;
    /**
     * Followed references by the file they are written in (by identity: a file's record hashes its whole tree),
     * then by their text, which is the parsed string itself, its hash computed once. Rules follow the same
     * references hundreds of thousands of times on a big spec.
     */
    private final Map<SourceFile, Map<String, Target>> cache = new IdentityHashMap<>();
    /** Followed references written in files this workspace did not read (none when loading went normally). */
    private final Map<String, Target> strangers = new ConcurrentHashMap<>();

    Workspace(SourceFile root, Map<String, SourceFile> files, List<LoadProblem> problems) {
        this.root = root;
        this.files = files;
        this.problems = List.copyOf(problems);
        // Filled here and only read afterwards, so rules on several threads may share it.
        for (SourceFile file : files.values()) {
            cache.put(file, new ConcurrentHashMap<>());
        }
    }

    /** The root document, or null when it could not be read. */
    public SourceFile root() {
        return root;
    }

    /** Every file read for this spec, the root first, in the order they were reached. */
    public Collection<SourceFile> files() {
        return files.values();
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    /** A node addressed by its file and the JSON pointer tokens leading to it. */
    public record Target(SourceFile file, List<String> tokens, JsonNode node) {}

    /**
     * Follows one reference written in {@code from}, without following a {@code $ref} found at the target.
     * Returns null when the reference cannot be followed (the loader has already reported why).
     */
    public Target follow(SourceFile from, String ref) {
        Map<String, Target> known = cache.get(from);
        String key = ref;
        if (known == null) {
            known = strangers;
            key = ref.startsWith("#") ? from.uri() + ref : from.uri() + "\u0000" + ref;
        }
        Target cached = known.get(key);
        if (cached != null) {
            return cached;
        }
        Target target = locate(from, ref, 0);
        if (target != null) {
            known.put(key, target);
        }
        return target;
    }

    /** {@code depth} counts the references passed through so far, so a pointer through a loop ends. */
    private Target locate(SourceFile from, String ref, int depth) {
        ReferenceText parsed = ReferenceText.parse(from.uri(), ref);
        if (parsed == null) {
            return null;
        }
        SourceFile file = parsed.document() == null ? from : files.get(parsed.documentKey());
        if (file == null || file.root() == null) {
            return null;
        }
        List<String> tokens = JsonPointers.split(parsed.fragment());
        if (tokens == null) {
            return null;
        }
        JsonNode node = navigate(file, tokens, depth);
        return node == null ? null : new Target(file, tokens, node);
    }

    /**
     * Walks pointer tokens from the file root. A pointer that passes through a {@code $ref} continues at its
     * target, as swagger-parser and Redocly do, so {@code #/paths/~1a/get} works when the path item is a ref.
     */
    private JsonNode navigate(SourceFile file, List<String> tokens, int depth) {
        if (depth > 32) {
            return null;
        }
        JsonNode node = file.root();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            JsonNode next = child(node, token);
            if (next == null && node.isObject() && node.get("$ref") != null && node.get("$ref").isTextual()) {
                Target through = locate(file, node.get("$ref").textValue(), depth + 1);
                if (through == null) {
                    return null;
                }
                List<String> rest = new java.util.ArrayList<>(through.tokens());
                rest.addAll(tokens.subList(i, tokens.size()));
                return navigate(through.file(), rest, depth + 1);
            }
            if (next == null) {
                return null;
            }
            node = next;
        }
        return node;
    }

    static JsonNode child(JsonNode node, String token) {
        if (node.isObject()) {
            return node.get(token);
        }
        if (node.isArray() && !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit)) {
            if (token.length() > 1 && token.charAt(0) == '0') {
                return null;
            }
            return node.get(Integer.parseInt(token));
        }
        return null;
    }
}
