package dev.goalpost.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Fetches an allowed remote document over HTTP(S), bounded in time and size, without following redirects. */
final class RemoteFetcher {

    /** Why a fetch failed, in words for the finding. */
    static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(String message) {
            super(message);
        }
    }

    private final Duration timeout;
    private final long maxBytes;

    RemoteFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    byte[] fetch(URI uri) throws FetchException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json, application/yaml, text/yaml, */*")
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status >= 300 && status < 400) {
                    throw new FetchException("the server redirected to "
                            + response.headers().firstValue("Location").orElse("another address")
                            + "; reference the final address and allow its prefix");
                }
                if (status != 200) {
                    throw new FetchException("the server answered HTTP " + status);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = body.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    if (out.size() > maxBytes) {
                        throw new FetchException("the document is larger than " + maxBytes + " bytes");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new FetchException("the download took longer than " + timeout.toSeconds() + " s");
                    }
                }
                return out.toByteArray();
            }
        } catch (HttpTimeoutException e) {
            throw new FetchException("no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new FetchException("cannot fetch it: " + TreeReader.firstLine(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("the fetch was interrupted");
        }
    }
}
