package dev.goalpost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.goalpost.api.DocumentRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers hold: data flows from loading to the model, goals, engine and rules, then to reports, never back; a
 * rule sees only the public API; no goal's rules lean on another goal's; the API stands on its own.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.goalpost");

    @Test
    void rulesSeeOnlyThePublicApi() {
        noClasses().that().resideInAPackage("dev.goalpost.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "dev.goalpost.load..",
                        "dev.goalpost.report..", "dev.goalpost.model..", "dev.goalpost.openapi..",
                        "dev.goalpost.goal..", "dev.goalpost.validation..", "dev.goalpost.config..",
                        "dev.goalpost.baseline..", "dev.goalpost.project..")
                .because("a rule judges what the engine hands it, through dev.goalpost.api")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.goalpost.rules..")
                .and().doNotImplement(dev.goalpost.engine.EngineRule.class)
                .should().dependOnClassesThat().resideInAPackage("dev.goalpost.engine..")
                .because("only the core rules the engine reports itself are engine rules")
                .check(MAIN);
    }

    @Test
    void noGoalsRulesLeanOnAnotherGoals() {
        slices().matching("dev.goalpost.rules.(*)..").should().notDependOnEachOther().check(MAIN);
    }

    @Test
    void theApiStandsOnItsOwn() {
        classes().that().resideInAPackage("dev.goalpost.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.goalpost.api..", "java..")
                .because("a custom rule compiles against the API and nothing else")
                .check(MAIN);
    }

    @Test
    void dataFlowsOneWay() {
        noClasses().that().resideInAnyPackage("dev.goalpost.load..", "dev.goalpost.openapi..",
                        "dev.goalpost.model..", "dev.goalpost.goal..", "dev.goalpost.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.goalpost.rules..", "dev.goalpost.report..",
                        "dev.goalpost.project..", "dev.goalpost.baseline..")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.goalpost.load..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.goalpost.model..", "dev.goalpost.openapi..",
                        "dev.goalpost.engine..", "dev.goalpost.goal..")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.goalpost.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.goalpost.rules..", "dev.goalpost.model..")
                .because("a writer formats findings; it never decides them")
                .check(MAIN);
    }

    /** The example custom rule project is what a team copies: it must compile against the rule API alone. */
    @Test
    void theExampleCustomRuleUsesOnlyTheApi() throws IOException {
        List<String> outside = new ArrayList<>();
        Path sources = Path.of("..", "examples", "custom-rule", "src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.readAllLines(source).stream()
                        .filter(line -> line.startsWith("import dev.goalpost.")
                                && !line.startsWith("import dev.goalpost.api."))
                        .forEach(line -> outside.add(source.getFileName() + ": " + line));
            }
        }
        assertThat(outside).isEmpty();
    }

    /** A document rule walks the document itself, which only checks that compare elements need: it says why. */
    @Test
    void everyDocumentRuleSaysWhyItIsOne() throws IOException {
        Pattern javadoc = Pattern.compile("/\\*\\*(.*?)\\*/\\s*(@RuleInfo|public final class)", Pattern.DOTALL);
        List<String> silent = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/goalpost/rules"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                if (!text.contains("implements " + DocumentRule.class.getSimpleName())) {
                    continue;
                }
                Matcher doc = javadoc.matcher(text);
                if (!doc.find() || !doc.group(1).replaceAll("\\s*\\*\\s*", " ").toLowerCase().contains("document rule")) {
                    silent.add(source.getFileName().toString());
                }
            }
        }
        assertThat(silent).as("document rules whose Javadoc does not say why they are one (\"A document rule: …\")")
                .isEmpty();
    }
}
