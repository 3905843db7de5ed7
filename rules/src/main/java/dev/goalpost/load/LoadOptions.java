package dev.goalpost.load;

import java.time.Duration;
import java.util.List;

/**
 * Limits and permissions for loading. The defaults are safe: nothing remote is fetched, nothing outside the
 * root document's folder is read, and every file is bounded in size.
 *
 * @param allowedRemotePrefixes URL prefixes whose {@code http(s)} references may be fetched
 * @param maxFileBytes the largest file (local or remote) that is read
 * @param maxFiles the most files one spec may pull in through {@code $ref}
 * @param remoteTimeout how long one remote fetch may take, from connecting to the last byte of the body
 */
public record LoadOptions(List<String> allowedRemotePrefixes, long maxFileBytes, int maxFiles, Duration remoteTimeout) {

    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_FILES = 20_000;
    public static final Duration DEFAULT_REMOTE_TIMEOUT = Duration.ofSeconds(10);
    /** The most remote documents one run fetches, over all its specs. */
    public static final int MAX_REMOTE_FETCHES = 1_000;
    /** The most bytes one run fetches, over all its specs. */
    public static final long MAX_REMOTE_BYTES = 256L * 1024 * 1024;
    /** The longest one run spends fetching, over all its specs. */
    public static final Duration MAX_REMOTE_TIME = Duration.ofMinutes(5);

    public LoadOptions {
        allowedRemotePrefixes = List.copyOf(allowedRemotePrefixes);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(List.of(), DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES, DEFAULT_REMOTE_TIMEOUT);
    }

    public LoadOptions withAllowedRemotePrefixes(List<String> prefixes) {
        return new LoadOptions(prefixes, maxFileBytes, maxFiles, remoteTimeout);
    }

    /**
     * The allowed prefixes, parsed (see {@link RemoteAllowList} for how they match).
     *
     * @throws IllegalArgumentException when a prefix is empty or not an http(s) URL with a host
     */
    public RemoteAllowList remoteAllowList() {
        return RemoteAllowList.of(allowedRemotePrefixes);
    }
}
