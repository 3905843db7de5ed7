package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a spec as read: where it came from, its positioned tree, the references written in it and the
 * objects that carry inline suppressions. Its text is not kept: nothing after loading needs it (reports that show
 * source lines read the file again), and on a 13 MB spec with non-Latin-1 characters it would hold 26 MB of UTF-16
 * for the whole lint.
 *
 * @param path the local file, or null for content fetched from an allowed remote URL
 * @param suppressionSites JSON pointers of the objects with an {@value #SUPPRESSION_KEY} member, in written order
 */
public record SourceFile(URI uri, Path path, JsonNode root, Position rootPosition, List<RefSite> refs,
        List<String> suppressionSites) {

    /** The extension that silences rules for the object that carries it and everything under it. */
    public static final String SUPPRESSION_KEY = "x-goalpost-ignore";

    public SourceFile {
        refs = List.copyOf(refs);
        suppressionSites = List.copyOf(suppressionSites);
    }

    /** A name for people: the local path, or the URL of remote content. */
    public String displayName() {
        return path != null ? path.toString() : uri.toString();
    }

    public boolean isRemote() {
        return path == null;
    }
}
