package dev.goalpost.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The descriptor Maven reads (generated from the Mojo's annotations before tests run): the goal's phase, its
 * thread safety, that it runs without a project, and every parameter's user property and default.
 */
class PluginDescriptorTest {

    private static Element mojo;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        NodeList mojos = document.getElementsByTagName("mojo");
        assertThat(mojos.getLength()).isEqualTo(1);
        mojo = (Element) mojos.item(0);
    }

    private static String child(Element element, String name) {
        NodeList children = element.getElementsByTagName(name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent();
    }

    @Test
    void lintRunsAtVerifyThreadSafeAndWithoutAProject() {
        assertThat(child(mojo, "goal")).isEqualTo("lint");
        assertThat(child(mojo, "phase")).isEqualTo("verify");
        assertThat(child(mojo, "threadSafe")).isEqualTo("true");
        assertThat(child(mojo, "requiresProject")).isEqualTo("false");
    }

    @Test
    void everyParameterHasAGoalpostPropertyAndTheDocumentedDefault() {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        Map<String, String> properties = new TreeMap<>();
        Map<String, String> defaults = new TreeMap<>();
        NodeList entries = configuration.getChildNodes();
        for (int i = 0; i < entries.getLength(); i++) {
            if (entries.item(i) instanceof Element entry && !entry.getTextContent().isEmpty()) {
                properties.put(entry.getTagName(), entry.getTextContent());
                defaults.put(entry.getTagName(), entry.getAttribute("default-value"));
            }
        }
        assertThat(properties).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "allowRemoteRefs", "${goalpost.allowRemoteRefs}",
                "defaultGoals", "${goalpost.defaultGoals}",
                "failOn", "${goalpost.failOn}",
                "force", "${goalpost.force}",
                "formats", "${goalpost.formats}",
                "maxWarnings", "${goalpost.maxWarnings}",
                "outputDirectory", "${goalpost.outputDirectory}",
                "skip", "${goalpost.skip}",
                "specs", "${goalpost.specs}")));
        assertThat(defaults).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "allowRemoteRefs", "",
                "defaultGoals", "",
                "failOn", "error",
                "force", "false",
                "formats", "json,sarif",
                "maxWarnings", "-1",
                "outputDirectory", "${project.build.directory}/goalpost",
                "skip", "false",
                "specs", "")));
    }
}
