package dev.goalpost.engine;

import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.Response;
import dev.goalpost.model.IndexedDocument;
import java.util.HashSet;
import java.util.Set;

/**
 * What of a {@link Vocabulary} a document's operations could use, gathered once per document: the names of their
 * header parameters, their response status codes and their response headers, each distinct name once. Every rule with
 * a vocabulary asks; going through every operation's parameters and responses for each of them cost more than the
 * rules' own checks on a spec of ten thousand operations.
 */
final class VocabularyInUse {

    private final IndexedDocument document;
    private final Set<String> headerParameters = new HashSet<>();
    private final Set<String> statuses = new HashSet<>();
    private final Set<String> responseHeaders = new HashSet<>();

    VocabularyInUse(IndexedDocument document) {
        this.document = document;
        for (Operation operation : document.operations()) {
            for (Parameter parameter : operation.parameters()) {
                if (parameter.isIn("header") && parameter.name() != null) {
                    headerParameters.add(parameter.name());
                }
            }
            for (Response response : operation.responses()) {
                statuses.add(response.status());
                responseHeaders.addAll(response.headers().keySet());
            }
        }
    }

    /**
     * Whether the document uses the vocabulary anywhere: a member on any object, a header parameter or a response
     * status on any operation, a header on any response (names of headers in any case, as {@link Vocabulary} says).
     */
    boolean inUse(Vocabulary vocabulary) {
        for (String member : vocabulary.members()) {
            if (document.hasMemberNamed(member)) {
                return true;
            }
        }
        for (String status : vocabulary.responses()) {
            if (statuses.contains(status)) {
                return true;
            }
        }
        return anyNamed(headerParameters, vocabulary.headers())
                || anyNamed(responseHeaders, vocabulary.responseHeaders());
    }

    /** Whether a name written in the document equals one of {@code names}, ignoring case as the operations do. */
    private static boolean anyNamed(Set<String> written, String[] names) {
        for (String name : names) {
            for (String each : written) {
                if (each.equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
