package dev.goalpost.load;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches allowed remote documents over HTTP(S) for one run: each exchange is bounded in time from connecting to
 * the last byte of the body, and in size; redirects are not followed; and the run as a whole has a budget of
 * fetches, bytes and time, so that an endless chain of distinct allowed URLs ends in findings rather than
 * exhausting sockets or the build. One client serves the whole run, so connections are pooled and closed by it.
 */
final class RemoteFetcher {

    /** Why a fetch failed, in words for the finding. */
    static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(String message) {
            super(message);
        }
    }

    private static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final Duration timeout;
    private final long maxBytes;
    private final int maxFetches;
    private final long maxTotalBytes;
    private final Duration maxTotalTime;
    private HttpClient client;
    private int fetches;
    private long totalBytes;
    private long totalNanos;

    RemoteFetcher(Duration timeout, long maxBytes) {
        this(timeout, maxBytes, LoadOptions.MAX_REMOTE_FETCHES, LoadOptions.MAX_REMOTE_BYTES,
                LoadOptions.MAX_REMOTE_TIME);
    }

    RemoteFetcher(Duration timeout, long maxBytes, int maxFetches, long maxTotalBytes, Duration maxTotalTime) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxFetches = maxFetches;
        this.maxTotalBytes = maxTotalBytes;
        this.maxTotalTime = maxTotalTime;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    /** Takes one fetch from the run's budget, or says which part of it is spent. */
    private synchronized void reserve() throws FetchException {
        if (fetches >= maxFetches) {
            throw new FetchException("this run already fetched " + maxFetches + " remote documents, the most "
                    + "Goalpost fetches in one run");
        }
        if (totalBytes >= maxTotalBytes) {
            throw new FetchException("this run already fetched " + maxTotalBytes + " bytes, the most Goalpost "
                    + "fetches in one run");
        }
        if (totalNanos >= maxTotalTime.toNanos()) {
            throw new FetchException("this run already spent " + maxTotalTime.toSeconds() + " s fetching, the most "
                    + "Goalpost spends in one run");
        }
        fetches++;
    }

    private synchronized void account(long bytes, long nanos) {
        totalBytes += bytes;
        totalNanos += nanos;
    }

    byte[] fetch(URI uri) throws FetchException {
        reserve();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("Accept", "application/json, application/yaml, text/yaml, */*")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("it is not a URL Goalpost can fetch (" + describe(e) + ")");
        }
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request, info ->
                info.statusCode() == 200 ? new BoundedBody(maxBytes)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        long received = 0;
        try {
            HttpResponse<byte[]> response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                throw new FetchException("the server redirected to "
                        + response.headers().firstValue("Location").orElse("another address")
                        + "; reference the final address and allow its prefix");
            }
            if (status != 200) {
                throw new FetchException("the server answered HTTP " + status);
            }
            received = response.body().length;
            return response.body();
        } catch (TimeoutException e) {
            throw new FetchException("the exchange took longer than " + seconds(timeout) + " (connecting, the "
                    + "headers and the whole body)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLargeException) {
                throw new FetchException("the document is larger than " + maxBytes + " bytes");
            }
            if (cause instanceof HttpTimeoutException) {
                throw new FetchException("no answer within " + seconds(timeout));
            }
            throw new FetchException("cannot fetch it: " + describe(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("the fetch was interrupted");
        } finally {
            // Aborts the exchange when it is still running, which closes its connection.
            exchange.cancel(true);
            account(received, System.nanoTime() - start);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** An exception in words, never "null": its message, else what kind of failure it is. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT).strip();
        if (message == null || message.isBlank() || message.equals("null")) {
            return kind.isEmpty() ? "the connection failed" : kind + " failure";
        }
        return TreeReader.firstLine(message);
    }

    /** Collects a body up to a size, cancelling the exchange as soon as it grows past it. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long maxBytes;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        BoundedBody(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.write(bytes, 0, bytes.length);
            }
            if (out.size() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException());
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
