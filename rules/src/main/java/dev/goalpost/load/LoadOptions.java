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
 * @param remoteTimeout how long one remote fetch may take, connection included
 */
public record LoadOptions(List<String> allowedRemotePrefixes, long maxFileBytes, int maxFiles, Duration remoteTimeout) {

    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_FILES = 20_000;
    public static final Duration DEFAULT_REMOTE_TIMEOUT = Duration.ofSeconds(10);

    public LoadOptions {
        allowedRemotePrefixes = List.copyOf(allowedRemotePrefixes);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(List.of(), DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES, DEFAULT_REMOTE_TIMEOUT);
    }

    public LoadOptions withAllowedRemotePrefixes(List<String> prefixes) {
        return new LoadOptions(prefixes, maxFileBytes, maxFiles, remoteTimeout);
    }

    public boolean remoteAllowed(String url) {
        for (String prefix : allowedRemotePrefixes) {
            if (url.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
