package dev.goalpost.load;

import dev.goalpost.load.LoadProblem.Kind;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a root document and every file its references reach into a {@link Workspace}.
 *
 * <p>References are safe by default: remote ones are fetched only under an allowed prefix, local ones must stay
 * inside the root document's folder tree, and every refusal or dead end becomes a {@link LoadProblem} at the
 * {@code $ref} that asked for it.
 */
public final class SpecLoader {

    private static final int MAX_REF_CHAIN = 64;
    /**
     * How many bytes of parsed local files (their size as read) a loader keeps for the other roots of its run: a
     * folder of 40 specs over one shared 20,000-file chain reads and parses each file once, not 40 times.
     */
    static final long MAX_SHARED_BYTES = 32L * 1024 * 1024;

    private final LoadOptions options;
    private final TreeReader reader;
    private final RemoteFetcher fetcher;
    private final RemoteAllowList allowList;
    private final ParsedFiles parsedFiles = new ParsedFiles(MAX_SHARED_BYTES);

    /**
     * A loader for one run: its remote fetches share one budget of fetches, bytes and time.
     *
     * @throws IllegalArgumentException when an allowed remote prefix is empty or not an http(s) URL with a host
     */
    public SpecLoader(LoadOptions options) {
        this.options = options;
        this.allowList = options.remoteAllowList();
        this.reader = new TreeReader((int) Math.min(Integer.MAX_VALUE, options.maxFileBytes()));
        this.fetcher = new RemoteFetcher(options.remoteTimeout(), options.maxFileBytes());
    }

    public Workspace load(Path rootPath) {
        return new Session(rootPath.toAbsolutePath().normalize()).run();
    }

    /** The state of loading one spec. */
    private final class Session {
        private final Path rootPath;
        private final Path rootFolder;
        private Path rootFolderReal;
        private final Map<String, SourceFile> files = new LinkedHashMap<>();
        /** Documents that could not be loaded, with why; every further reference to them is reported the same way. */
        private final Map<String, Failure> failed = new HashMap<>();
        private final List<LoadProblem> problems = new ArrayList<>();
        private final Deque<SourceFile> pending = new ArrayDeque<>();

        Session(Path rootPath) {
            this.rootPath = rootPath;
            this.rootFolder = rootPath.getParent();
        }

        Workspace run() {
            try {
                rootFolderReal = rootFolder.toRealPath();
            } catch (IOException e) {
                rootFolderReal = rootFolder;
            }
            SourceFile root = readLocal(rootPath, null, null, null);
            if (root == null) {
                return new Workspace(null, files, problems);
            }
            checkIsOpenApi(root);
            while (!pending.isEmpty() && files.size() <= options.maxFiles()) {
                SourceFile file = pending.poll();
                for (RefSite site : file.refs()) {
                    reach(file, site);
                }
            }
            Workspace workspace = new Workspace(root, files, problems);
            List<LoadProblem> late = new ArrayList<>();
            for (SourceFile file : files.values()) {
                for (RefSite site : file.refs()) {
                    checkTarget(workspace, file, site, late);
                }
            }
            if (late.isEmpty()) {
                return workspace;
            }
            problems.addAll(late);
            return new Workspace(root, files, problems);
        }

        private void checkIsOpenApi(SourceFile root) {
            if (!root.root().isObject()) {
                problem(Kind.SPEC_INVALID, "this is not an OpenAPI document: its top level is "
                        + article(root.root().getNodeType().name().toLowerCase()) + ", not a mapping with `openapi` "
                        + "or `swagger`", root, root.rootPosition(), "");
            } else if (!root.root().has("openapi") && !root.root().has("swagger")) {
                problem(Kind.SPEC_INVALID, "this is not an OpenAPI document: it has no top-level `openapi` (or "
                        + "`swagger: \"2.0\"`) key; add `openapi: 3.1.0` at the top", root, root.rootPosition(), "");
            } else {
                checkVersion(root);
            }
        }

        private void checkVersion(SourceFile root) {
            String key = root.root().has("openapi") ? "openapi" : "swagger";
            com.fasterxml.jackson.databind.JsonNode value = root.root().get(key);
            String text = value.isTextual() ? value.textValue() : value.isNumber() ? value.asText() : null;
            boolean known = text != null && (key.equals("openapi") ? text.matches("3\\.\\d+(\\.\\d+)?(-[\\w.]+)?")
                    : text.equals("2.0"));
            if (!known) {
                PositionedObjectNode object = (PositionedObjectNode) root.root();
                problem(Kind.SPEC_INVALID, "`" + key + ": " + (text != null ? text : value.toString()) + "` is not a version Goalpost reads; write "
                        + (key.equals("openapi") ? "3.0.3, 3.1.1 or 3.2.0" : "\"2.0\"")
                        + " (Goalpost reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2)", root,
                        object.valuePosition(key), "/" + key);
            }
        }

        private String article(String type) {
            return switch (type) {
                case "array" -> "a list";
                case "string" -> "a string";
                case "number" -> "a number";
                case "boolean" -> "a boolean";
                default -> "null";
            };
        }

        /** Makes sure the document a reference names is loaded, refusing what the policy forbids. */
        private void reach(SourceFile from, RefSite site) {
            ReferenceText parsed = ReferenceText.parse(from.uri(), site.ref());
            if (parsed == null) {
                siteProblem(Kind.REF_UNRESOLVED, "`" + site.ref() + "` is not a valid reference (a URI with an "
                        + "optional #/json/pointer fragment)", from, site);
                return;
            }
            if (parsed.document() == null) {
                return;
            }
            URI document = parsed.document();
            String key = parsed.documentKey();
            if (files.containsKey(key)) {
                return;
            }
            Failure failure = failed.get(key);
            if (failure != null) {
                if (failure.kind() != null) {
                    siteProblem(failure.kind(), "`" + site.ref() + "` " + failure.reason(), from, site);
                }
                return;
            }
            String scheme = parsed.scheme() == null ? "" : parsed.scheme().toLowerCase();
            switch (scheme) {
                case "http", "https" -> reachRemote(from, site, document);
                case "file" -> reachLocal(from, site, document);
                default -> {
                    fail(document, Kind.REF_REFUSED, "uses the `" + scheme + ":` scheme; only "
                            + "relative files and allowed http(s) URLs are followed", from, site);
                }
            }
        }

        private void reachLocal(SourceFile from, RefSite site, URI document) {
            if (document.getQuery() != null) {
                fail(document, Kind.REF_UNRESOLVED, "has a query string, which a file cannot have",
                        from, site);
                return;
            }
            if (from.isRemote()) {
                // Not remembered as a failure: local files may still reference this document.
                siteProblem(Kind.REF_REFUSED, "`" + site.ref() + "` in remote content names a local file; "
                        + "remote documents may only reference other allowed URLs", from, site);
                return;
            }
            Path path;
            try {
                path = Path.of(document).normalize();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                fail(document, Kind.REF_UNRESOLVED, "does not name a file", from, site);
                return;
            }
            if (!insideRootFolder(path)) {
                fail(document, Kind.REF_REFUSED, "leaves the folder of the root document ("
                        + rootFolder + "); references may only reach files under it", from, site);
                return;
            }
            if (files.size() >= options.maxFiles()) {
                fail(document, Kind.REF_REFUSED, "was not read: the spec already spans " + options.maxFiles()
                        + " files, the most Goalpost reads for one spec", from, site);
                return;
            }
            readLocal(path, document, from, site);
        }

        private boolean insideRootFolder(Path path) {
            if (!path.startsWith(rootFolder)) {
                return false;
            }
            try {
                return path.toRealPath().startsWith(rootFolderReal);
            } catch (IOException e) {
                // A missing file is reported as unresolved when it is read; containment held lexically.
                return true;
            }
        }

        private void reachRemote(SourceFile from, RefSite site, URI document) {
            RemoteAllowList.Url url;
            try {
                url = RemoteAllowList.parse(document.toString());
            } catch (RemoteAllowList.InvalidUrlException e) {
                fail(document, Kind.REF_UNRESOLVED, "is not a URL Goalpost can fetch: " + e.getMessage(), from, site);
                return;
            }
            if (!allowList.allows(url)) {
                fail(document, Kind.REF_REFUSED, "is remote and was not fetched; allow it with "
                        + "--allow-remote-ref " + prefixHint(url) + " (or allowRemoteRefs in the plugin)",
                        from, site);
                return;
            }
            if (files.size() >= options.maxFiles()) {
                fail(document, Kind.REF_REFUSED, "was not fetched: the spec already spans " + options.maxFiles()
                        + " files, the most Goalpost reads for one spec", from, site);
                return;
            }
            byte[] bytes;
            try {
                // The normalised address, exactly the one the allow-list admitted.
                bytes = fetcher.fetch(url.uri());
            } catch (RemoteFetcher.FetchException e) {
                fail(document, Kind.REF_UNRESOLVED, "could not be fetched: " + e.getMessage(), from, site);
                return;
            }
            if (parse(document, null, bytes, isJsonName(document.getPath())) == null) {
                failed.put(ReferenceText.key(document), new Failure(null, null));
            }
        }

        private String prefixHint(RemoteAllowList.Url url) {
            return new RemoteAllowList.Url(url.scheme(), url.host(), url.port(), List.of(), true, null).uri().toString();
        }

        /** Reads a local file; {@code document}, {@code from} and {@code site} are null for the root document. */
        private SourceFile readLocal(Path path, URI document, SourceFile from, RefSite site) {
            byte[] bytes;
            String version;
            try {
                if (Files.isDirectory(path)) {
                    fileProblem(path, document, from, site, "is a folder, not a file");
                    return null;
                }
                if (Files.exists(path) && !Files.isRegularFile(path)) {
                    // Reading a named pipe or a device would block or never end.
                    fileProblem(path, document, from, site, "is not a regular file (a pipe, socket or device)");
                    return null;
                }
                long size = Files.size(path);
                if (size > options.maxFileBytes()) {
                    fileProblem(path, document, from, site, "is " + size + " bytes, larger than the " + options.maxFileBytes()
                            + "-byte limit");
                    return null;
                }
                version = size + "@" + Files.getLastModifiedTime(path).toMillis();
                SourceFile shared = parsedFiles.get(path, version);
                if (shared != null) {
                    files.put(ReferenceText.key(shared.uri()), shared);
                    pending.add(shared);
                    return shared;
                }
                bytes = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                fileProblem(path, document, from, site, "does not exist");
                return null;
            } catch (IOException e) {
                fileProblem(path, document, from, site, "cannot be read (" + TreeReader.firstLine(e.getMessage()) + ")");
                return null;
            }
            int problemsBefore = problems.size();
            SourceFile file = parse(path.toUri(), path, bytes, isJsonName(path.getFileName().toString()));
            if (file != null && problems.size() == problemsBefore) {
                parsedFiles.put(path, version, file, bytes.length);
            }
            if (file == null && document != null) {
                // The fragment's own problem is reported in it; references to it add nothing.
                failed.put(ReferenceText.key(document), new Failure(null, null));
            }
            return file;
        }

        private void fileProblem(Path path, URI document, SourceFile from, RefSite site, String what) {
            if (from == null) {
                problems.add(new LoadProblem(Kind.SPEC_INVALID, "the file " + what, path.toString(), null, ""));
            } else {
                fail(document, Kind.REF_UNRESOLVED, "names " + path.getFileName() + ", which " + what, from, site);
            }
        }

        /** Remembers why a document cannot be used and reports it at the reference that asked for it. */
        private void fail(URI document, Kind kind, String reason, SourceFile from, RefSite site) {
            failed.put(ReferenceText.key(document), new Failure(kind, reason));
            siteProblem(kind, "`" + site.ref() + "` " + reason, from, site);
        }

        private SourceFile parse(URI uri, Path path, byte[] bytes, boolean jsonName) {
            String display = path != null ? path.toString() : uri.toString();
            int start;
            try {
                start = TextDecoder.check(bytes);
            } catch (TextDecoder.MalformedTextException e) {
                problems.add(new LoadProblem(Kind.SPEC_INVALID, e.getMessage(), display, e.position, ""));
                return null;
            }
            if (start == 0 && startsJsonContainer(bytes)) {
                // Most large specs are JSON: read them from the bytes, never holding the file as a String (UTF-16
                // as soon as one character is beyond Latin-1). Anything that goes wrong is read again from the
                // text below, so that problems are worded and placed exactly as they always were.
                TreeReader.Result result = reader.read(bytes);
                if (result.root() != null && result.problems().isEmpty()) {
                    return accept(uri, path, result);
                }
            }
            String text;
            try {
                text = TextDecoder.decode(bytes);
            } catch (TextDecoder.MalformedTextException e) {
                problems.add(new LoadProblem(Kind.SPEC_INVALID, e.getMessage(), display, e.position, ""));
                return null;
            }
            if (text.isBlank()) {
                problems.add(new LoadProblem(Kind.SPEC_INVALID, "the file is empty; an OpenAPI document needs at "
                        + "least `openapi`, `info` and `paths`", display, Position.START, ""));
                return null;
            }
            boolean json = looksLikeJson(text, jsonName);
            TreeReader.Result result = reader.read(text, json);
            if (json && result.root() == null && !jsonName) {
                // `{a: 1}` is YAML flow style, not JSON; only a file named .json must be strict JSON.
                TreeReader.Result asYaml = reader.read(text, false);
                if (asYaml.root() != null) {
                    result = asYaml;
                }
            }
            if (result.root() == null || result.root().isNull()) {
                for (TreeReader.Problem problem : result.problems()) {
                    problems.add(new LoadProblem(Kind.SPEC_INVALID, problem.message(), display,
                            problem.position() < 0 ? null : Position.unpack(problem.position()), ""));
                }
                if (result.problems().isEmpty()) {
                    problems.add(new LoadProblem(Kind.SPEC_INVALID, "the file holds no content (only comments or "
                            + "null); an OpenAPI document needs at least `openapi`, `info` and `paths`", display,
                            Position.START, ""));
                }
                return null;
            }
            return accept(uri, path, result);
        }

        private SourceFile accept(URI uri, Path path, TreeReader.Result result) {
            String display = path != null ? path.toString() : uri.toString();
            SourceFile file = new SourceFile(uri, path, result.root(), Position.unpack(result.rootPosition()),
                    result.refs(), result.suppressionSites());
            for (TreeReader.Problem problem : result.problems()) {
                problems.add(new LoadProblem(Kind.SPEC_INVALID, problem.message(), display,
                        problem.position() < 0 ? null : Position.unpack(problem.position()), ""));
            }
            files.put(ReferenceText.key(uri), file);
            pending.add(file);
            return file;
        }

        /** Whether the first character after ASCII white space opens a JSON object or array. */
        private boolean startsJsonContainer(byte[] bytes) {
            for (byte b : bytes) {
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return b == '{' || b == '[';
                }
            }
            return false;
        }

        private boolean looksLikeJson(String text, boolean jsonName) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    return c == '{' || c == '[' || jsonName;
                }
            }
            return jsonName;
        }

        /** Checks that a reference lands on something and does not loop through other references forever. */
        private void checkTarget(Workspace workspace, SourceFile from, RefSite site, List<LoadProblem> late) {
            ReferenceText parsed = ReferenceText.parse(from.uri(), site.ref());
            if (parsed == null || parsed.document() != null && !files.containsKey(parsed.documentKey())) {
                return; // already reported while reaching it
            }
            if (JsonPointers.split(parsed.fragment()) == null) {
                late.add(siteProblemOf(Kind.REF_UNRESOLVED, "`" + site.ref() + "` has the fragment #"
                        + parsed.fragment() + ", which is not a JSON pointer; write #/path/to/node", from, site));
                return;
            }
            Workspace.Target target = workspace.follow(from, site.ref());
            if (target == null) {
                late.add(siteProblemOf(Kind.REF_UNRESOLVED, "`" + site.ref() + "` points to nothing: "
                        + describeMissing(parsed), from, site));
                return;
            }
            String chain = circularChain(workspace, target, site.ref());
            if (chain != null) {
                late.add(siteProblemOf(Kind.REF_UNRESOLVED, "`" + site.ref() + "` is part of a circular $ref chain ("
                        + chain + ") that never reaches content", from, site));
            }
        }

        private String describeMissing(ReferenceText parsed) {
            String where = parsed.document() == null ? "this file" : lastSegment(parsed.document());
            return parsed.fragment().isEmpty() ? where + " is empty"
                    : where + " has no node at " + parsed.fragment();
        }

        private String lastSegment(URI uri) {
            String path = uri.getPath() == null ? uri.toString() : uri.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }

        private String circularChain(Workspace workspace, Workspace.Target first, String firstRef) {
            Workspace.Target current = first;
            List<String> seen = new ArrayList<>();
            seen.add(firstRef);
            for (int hops = 0; hops < MAX_REF_CHAIN; hops++) {
                if (!current.node().isObject()) {
                    return null;
                }
                var next = current.node().get("$ref");
                if (next == null || !next.isTextual()) {
                    return null;
                }
                Workspace.Target following = workspace.follow(current.file(), next.textValue());
                if (following == null) {
                    return null; // reported at that $ref
                }
                if (following.node() == first.node() || seen.contains(next.textValue()) && following.node() == current.node()) {
                    seen.add(next.textValue());
                    return String.join(" → ", seen);
                }
                seen.add(next.textValue());
                current = following;
            }
            return String.join(" → ", seen.subList(0, 4)) + " → …";
        }

        private void siteProblem(Kind kind, String message, SourceFile from, RefSite site) {
            problems.add(siteProblemOf(kind, message, from, site));
        }

        private LoadProblem siteProblemOf(Kind kind, String message, SourceFile from, RefSite site) {
            return new LoadProblem(kind, message, from.displayName(), site.position(), site.refPointer());
        }

        private void problem(Kind kind, String message, SourceFile file, Position position, String pointer) {
            problems.add(new LoadProblem(kind, message, file.displayName(), position, pointer));
        }
    }

    /**
     * Local files parsed cleanly in this run, by path and by the size and modification time they had, least recently
     * used first out once their sizes pass the bound. Trees are never changed after parsing, so roots share them.
     */
    private static final class ParsedFiles {
        private final long maxBytes;
        private long bytes;
        private final Map<Path, Parsed> byPath = new LinkedHashMap<>(16, 0.75f, true);

        private record Parsed(String version, SourceFile file, long bytes) {}

        ParsedFiles(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        synchronized SourceFile get(Path path, String version) {
            Parsed entry = byPath.get(path);
            return entry != null && entry.version().equals(version) ? entry.file() : null;
        }

        synchronized void put(Path path, String version, SourceFile file, long size) {
            if (size > maxBytes / 4) {
                return;
            }
            Parsed old = byPath.put(path, new Parsed(version, file, size));
            bytes += size - (old == null ? 0 : old.bytes());
            var eldest = byPath.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().bytes();
                eldest.remove();
            }
        }
    }

    /** Why a document could not be used; a null kind means its own problem was already reported in it. */
    private record Failure(Kind kind, String reason) {}

    private static boolean isJsonName(String name) {
        return name != null && name.toLowerCase().endsWith(".json");
    }
}
