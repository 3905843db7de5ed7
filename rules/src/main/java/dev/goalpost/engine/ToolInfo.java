package dev.goalpost.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Goalpost's name and version, as built. */
public final class ToolInfo {

    public static final String NAME = "goalpost";
    public static final String INFORMATION_URI = "https://github.com/goalpost-dev/goalpost";

    private static final String VERSION = readVersion();

    private ToolInfo() {}

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/goalpost/goalpost-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
