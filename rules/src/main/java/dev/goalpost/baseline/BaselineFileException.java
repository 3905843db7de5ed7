package dev.goalpost.baseline;

import dev.goalpost.engine.ConfigurationException;

/** A baseline file that is missing where one was named, or cannot be read; the message names the file and line. */
public final class BaselineFileException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    public BaselineFileException(String message) {
        super(message);
    }
}
