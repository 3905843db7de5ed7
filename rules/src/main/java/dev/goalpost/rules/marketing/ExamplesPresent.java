package dev.goalpost.rules.marketing;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.RequestBody;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Schema;
import java.util.Locale;
import java.util.Set;

/** A request and a response to look at sell a call faster than any schema, and feed mock servers and docs. */
@RuleInfo(id = "marketing/examples-present", severity = Severity.WARNING,
        summary = "Each request-body and 2xx response media type has an example, on the media type or its schema.")
public final class ExamplesPresent implements OperationRule {

    private static final Set<String> BINARY_TYPES = Set.of("application/octet-stream", "application/cbor",
            "application/cbor-seq", "application/pdf", "application/zip", "application/gzip");

    @Override
    public void check(Operation operation, RuleContext context) {
        RequestBody body = operation.requestBody();
        if (body != null) {
            body.mediaTypes().forEach(media -> check(media, "request body", context));
        }
        for (Response response : operation.responses()) {
            if (response.isSuccess()) {
                response.mediaTypes().forEach(media -> check(media, response.status() + " response", context));
            }
        }
    }

    private static void check(MediaType media, String what, RuleContext context) {
        if (media.hasExample() || isBinary(media)) {
            return;
        }
        Schema schema = media.schema();
        if (schema != null && (schema.get("example") != null || schema.get("examples") != null)) {
            return;
        }
        // Named by what it is rather than by operation: a shared response is reported once, where it is written.
        context.report(media.node(), "the `" + media.name() + "` content of this " + what + " has no example; add "
                + "`example:` (or named `examples:`) to the media type, or an `example` to its schema");
    }

    /** Bytes no spec can show as an example: files, images, protobuf or CBOR encodings of the JSON content. */
    private static boolean isBinary(MediaType media) {
        String name = media.name().toLowerCase(Locale.ROOT);
        int parameters = name.indexOf(';');
        String type = (parameters < 0 ? name : name.substring(0, parameters)).strip();
        if (BINARY_TYPES.contains(type) || type.endsWith("protobuf") || type.startsWith("image/")
                || type.startsWith("audio/") || type.startsWith("video/") || type.startsWith("font/")) {
            return true;
        }
        Schema schema = media.schema();
        return schema != null && ("binary".equals(schema.node().text("format")) || schema.hasType("file"));
    }
}
