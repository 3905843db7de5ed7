package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a spec as read: where it came from, its text (kept for source excerpts and fingerprints), its
 * positioned tree and the references written in it.
 *
 * @param path the local file, or null for content fetched from an allowed remote URL
 */
public record SourceFile(URI uri, Path path, String text, JsonNode root, Position rootPosition, List<RefSite> refs) {

    /** A name for people: the local path, or the URL of remote content. */
    public String displayName() {
        return path != null ? path.toString() : uri.toString();
    }

    public boolean isRemote() {
        return path == null;
    }
}
