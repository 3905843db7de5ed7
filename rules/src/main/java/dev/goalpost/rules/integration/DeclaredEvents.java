package dev.goalpost.rules.integration;

import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.List;

/** The business events an operation says it emits: the names in its {@code x-events} list. */
final class DeclaredEvents {

    static final String EXTENSION = "x-events";

    private DeclaredEvents() {}

    /** Each event name written in the operation's {@code x-events}, where it is written; empty when none. */
    static List<SpecNode> of(Operation operation) {
        SpecNode events = operation.get(EXTENSION);
        if (events == null) {
            return List.of();
        }
        List<SpecNode> names = new ArrayList<>();
        for (SpecNode element : events.elements()) {
            if (element.isText() && !element.text().isBlank()) {
                names.add(element);
            }
        }
        return names;
    }
}
