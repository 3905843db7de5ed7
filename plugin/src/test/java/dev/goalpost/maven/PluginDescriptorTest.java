package dev.goalpost.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The descriptor Maven reads (generated from the Mojos' annotations before tests run): the goals, their phase,
 * thread safety, that they run without a project, and every parameter's user property and default.
 */
class PluginDescriptorTest {

    private static final Map<String, Element> MOJOS = new TreeMap<>();
    private static Element mojo;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        NodeList mojos = document.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            MOJOS.put(child((Element) mojos.item(i), "goal"), (Element) mojos.item(i));
        }
        mojo = MOJOS.get("lint");
    }

    /**
     * lint and baseline need a project, so that invoked at the root of a multi-module build they run in every
     * module (a goal without one runs once, on the top project only); lint-files and rules run anywhere, once.
     */
    @Test
    void lintAndBaselineRunPerProjectLintFilesAndRulesRunWithoutOne() {
        assertThat(MOJOS).containsOnlyKeys("lint", "lint-files", "baseline", "rules", "help", "report",
                "report-aggregate");
        for (Element goal : MOJOS.values()) {
            assertThat(child(goal, "threadSafe")).isEqualTo("true");
        }
        assertThat(child(MOJOS.get("lint"), "requiresProject")).isEqualTo("true");
        assertThat(child(MOJOS.get("baseline"), "requiresProject")).isEqualTo("true");
        assertThat(child(MOJOS.get("lint-files"), "requiresProject")).isEqualTo("false");
        assertThat(child(MOJOS.get("lint-files"), "aggregator")).isEqualTo("true");
        assertThat(child(MOJOS.get("rules"), "requiresProject")).isEqualTo("false");
        assertThat(child(MOJOS.get("baseline"), "phase")).isNull();
        assertThat(child(MOJOS.get("lint-files"), "phase")).isNull();
        assertThat(parameters(MOJOS.get("baseline"))).containsOnlyKeys("allowRemoteRefs", "baseline", "config",
                "configLocation", "defaultGoals", "excludes", "failIfNoSpecs", "includes", "skip", "specs",
                "spectralRulesets");
        assertThat(parameters(MOJOS.get("lint-files"))).isEqualTo(parameters(mojo));
        // the site reports run per project and, for the aggregate, once at the top, never inherited by modules
        assertThat(child(MOJOS.get("report"), "phase")).isEqualTo("site");
        assertThat(child(MOJOS.get("report-aggregate"), "aggregator")).isEqualTo("true");
        assertThat(child(MOJOS.get("report-aggregate"), "inheritedByDefault")).isEqualTo("false");
    }

    private static String child(Element element, String name) {
        NodeList children = element.getElementsByTagName(name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent();
    }

    @Test
    void lintRunsAtVerifyThreadSafeInEveryProject() {
        assertThat(child(mojo, "goal")).isEqualTo("lint");
        assertThat(child(mojo, "phase")).isEqualTo("verify");
        assertThat(child(mojo, "threadSafe")).isEqualTo("true");
        assertThat(child(mojo, "requiresProject")).isEqualTo("true");
        assertThat(child(mojo, "aggregator")).isEqualTo("false");
    }

    /** A goal's user-settable parameters: name to user property. */
    private static Map<String, String> parameters(Element goal) {
        Map<String, String> properties = new TreeMap<>();
        NodeList entries = ((Element) goal.getElementsByTagName("configuration").item(0)).getChildNodes();
        for (int i = 0; i < entries.getLength(); i++) {
            if (entries.item(i) instanceof Element entry && !entry.getTextContent().isEmpty()) {
                properties.put(entry.getTagName(), entry.getTextContent());
            }
        }
        return properties;
    }

    @Test
    void everyParameterHasAGoalpostPropertyAndTheDocumentedDefault() {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        Map<String, String> defaults = new TreeMap<>();
        NodeList entries = configuration.getChildNodes();
        for (int i = 0; i < entries.getLength(); i++) {
            if (entries.item(i) instanceof Element entry && !entry.getTextContent().isEmpty()) {
                defaults.put(entry.getTagName(), entry.getAttribute("default-value"));
            }
        }
        Map<String, String> properties = new TreeMap<>();
        for (String name : List.of("allowRemoteRefs", "baseline", "config", "configLocation", "defaultGoals",
                "docsUrl", "excludes", "failIfNoSpecs", "failOn", "force", "formats", "includes", "maxWarnings",
                "outputDirectory", "pruneBaseline", "skip", "specs", "spectralRulesets")) {
            properties.put(name, "${goalpost." + name + "}");
        }
        assertThat(parameters(mojo)).containsExactlyEntriesOf(properties);
        Map<String, String> expected = new TreeMap<>(Map.of(
                "allowRemoteRefs", "",
                "baseline", "",
                "config", "",
                "defaultGoals", "",
                "failOn", "error",
                "force", "false",
                "formats", "json,sarif",
                "maxWarnings", "-1",
                "outputDirectory", "${project.build.directory}/goalpost",
                "pruneBaseline", "false"));
        expected.put("configLocation", "");
        expected.put("docsUrl", "");
        expected.put("excludes", "");
        expected.put("includes", "");
        expected.put("failIfNoSpecs", "");
        expected.put("skip", "false");
        expected.put("specs", "");
        expected.put("spectralRulesets", "");
        assertThat(defaults).containsExactlyEntriesOf(expected);
    }
}
