package dev.goalpost.config;

import dev.goalpost.engine.ConfigurationException;
import java.util.List;

/**
 * A configuration file that cannot be used. Every problem is one line that names the file, line and column and
 * says what to write instead ({@code goalpost.yaml:7:5: unknown rule `reach/list-pagination` (did you mean
 * `reach/list-paginated`?); …}); the message holds them all, one per line.
 */
public final class ConfigFileException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ConfigFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, in the order they appear in the file. */
    public List<String> problems() {
        return problems;
    }
}
