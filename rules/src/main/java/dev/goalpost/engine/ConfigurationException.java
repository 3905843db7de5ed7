package dev.goalpost.engine;

/** Configuration that cannot be used as given; the message says where and what to write instead. */
public class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
