package dev.goalpost.project;

import dev.goalpost.api.Rule;
import dev.goalpost.engine.ConfigurationException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Custom rule jars named on the command line ({@code --rules-jar}): checked to exist, to be jars, and to declare
 * rules through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.goalpost.api.Rule}), then opened
 * in a class loader over Goalpost's own, so their rules use the same rule API.
 */
public final class RuleJars {

    static final String SERVICE = "META-INF/services/" + Rule.class.getName();
    /** Where rule jars built for Goalpost 0.1 declared their rules, before the rule API had its own package. */
    static final String OLD_SERVICE = "META-INF/services/dev.goalpost.engine.Rule";

    private RuleJars() {}

    /**
     * A class loader that sees Goalpost's classes and the jars; {@code parent} itself when there are none.
     *
     * @throws ConfigurationException naming the first jar that is missing, unreadable or declares no rules
     */
    public static ClassLoader loader(List<Path> jars, ClassLoader parent) {
        if (jars.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            check(jar);
            try {
                urls.add(jar.toAbsolutePath().normalize().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ConfigurationException("the rules jar " + jar + " cannot be opened: " + e.getMessage());
            }
        }
        // Not closed: rule classes stay in use for the rest of the process, which is one command.
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }

    private static void check(Path jar) {
        if (!Files.exists(jar)) {
            throw new ConfigurationException("the rules jar " + jar + " does not exist; name a jar built from a "
                    + "custom rule project (see examples/custom-rule)");
        }
        if (!Files.isRegularFile(jar)) {
            throw new ConfigurationException("the rules jar " + jar + " is not a file; name the jar itself");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE) == null && file.getEntry(OLD_SERVICE) != null) {
                throw new ConfigurationException("the rules jar " + jar + " was built for Goalpost 0.1 (it declares "
                        + "its rules in " + OLD_SERVICE + "); rebuild it against the rule API in dev.goalpost.api: "
                        + "change the imports from dev.goalpost.engine and dev.goalpost.model to dev.goalpost.api and "
                        + "dev.goalpost.api.model, and rename the service file to " + SERVICE
                        + " (see docs/writing-rules.md)");
            }
            if (file.getEntry(SERVICE) == null) {
                throw new ConfigurationException("the rules jar " + jar + " declares no rules; list its rule classes "
                        + "in " + SERVICE);
            }
        } catch (IOException e) {
            throw new ConfigurationException("the rules jar " + jar + " is not a readable jar (" + e.getMessage()
                    + ")");
        }
    }
}
