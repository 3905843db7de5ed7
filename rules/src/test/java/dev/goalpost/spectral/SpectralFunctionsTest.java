package dev.goalpost.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.SpecFiles;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.TreeNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spectral's core functions: JavaScript truthiness, wrong types pass, Spectral's messages. */
class SpectralFunctionsTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The messages {@code function} reports for the value at {@code pointer} of a small document. */
    private List<String> run(String function, String options, String value) throws Exception {
        Workspace workspace = new SpecLoader(LoadOptions.defaults()).load(SpecFiles.write(dir, "v.yaml",
                "value: " + value + "\n"));
        TreeNode root = TreeNode.root(workspace, workspace.root());
        PathNode node = PathNode.root(root, true).child("value", true);
        JsonNode parsedOptions = options == null ? null : JSON.readTree(options);
        Target target = new Target(Js.of(node), node, node.tree(), "value");
        return SpectralFunctions.compile(function, parsedOptions)
                .run(target, new SpectralFunctions.Context(root, Set::of)).stream()
                .map(SpectralFunctions.Result::message).toList();
    }

    @Test
    void truthinessIsJavaScripts() throws Exception {
        assertThat(run("truthy", null, "[]")).isEmpty();
        assertThat(run("truthy", null, "{}")).isEmpty();
        assertThat(run("truthy", null, "''")).containsExactly("#{{print(\"property\")}}must be truthy");
        assertThat(run("truthy", null, "0")).hasSize(1);
        assertThat(run("falsy", null, "false")).isEmpty();
        assertThat(run("falsy", null, "'x'")).containsExactly("#{{print(\"property\")}}must be falsy");
        assertThat(run("defined", null, "null")).isEmpty();
        assertThat(run("undefined", null, "null")).containsExactly("#{{print(\"property\")}}must be undefined");
    }

    @Test
    void aFunctionGivenTheWrongTypePasses() throws Exception {
        assertThat(run("pattern", "{\"match\": \"^a\"}", "42")).isEmpty();
        assertThat(run("casing", "{\"type\": \"camel\"}", "{a: 1}")).isEmpty();
        assertThat(run("enumeration", "{\"values\": [\"a\"]}", "[a]")).isEmpty();
        assertThat(run("xor", "{\"properties\": [\"a\", \"b\"]}", "'text'")).isEmpty();
        assertThat(run("alphabetical", null, "7")).isEmpty();
    }

    @Test
    void patternReadsRegexLiteralsWithFlags() throws Exception {
        assertThat(run("pattern", "{\"match\": \"/^ABC$/i\"}", "abc")).isEmpty();
        assertThat(run("pattern", "{\"match\": \"^ABC$\"}", "abc"))
                .containsExactly("#{{print(\"value\")}} must match the pattern \"^ABC$\"");
        assertThat(run("pattern", "{\"notMatch\": \"\\\\?\"}", "'/a?b'"))
                .containsExactly("#{{print(\"value\")}} must not match the pattern \"\\\\?\"");
    }

    @Test
    void enumerationLengthCasingAndAlphabeticalFollowSpectral() throws Exception {
        assertThat(run("enumeration", "{\"values\": [\"a\", 1]}", "1")).isEmpty();
        assertThat(run("enumeration", "{\"values\": [\"a\", 1]}", "'1'"))
                .containsExactly("#{{print(\"value\")}} must be equal to one of the allowed values: \"a\", 1");
        assertThat(run("length", "{\"max\": 2}", "[1, 2, 3]"))
                .containsExactly("#{{print(\"property\")}}must be shorter than 2");
        assertThat(run("length", "{\"min\": 2}", "{a: 1}"))
                .containsExactly("#{{print(\"property\")}}must be longer than 2");
        assertThat(run("casing", "{\"type\": \"kebab\"}", "get-orders")).isEmpty();
        assertThat(run("casing", "{\"type\": \"kebab\", \"disallowDigits\": true}", "v2-orders"))
                .containsExactly("must be kebab case");
        assertThat(run("casing", "{\"type\": \"pascal\", \"separator\": {\"char\": \".\"}}", "Orders.Items"))
                .isEmpty();
        assertThat(run("casing", "{\"type\": \"macro\"}", "ORDER_ID")).isEmpty();
        assertThat(run("alphabetical", null, "[b, a]")).containsExactly("\"b\" must be placed after \"a\"");
        assertThat(run("alphabetical", "{\"keyedBy\": \"name\"}", "[{name: b}, {name: a}]"))
                .containsExactly("properties must follow the alphabetical order");
    }

    @Test
    void xorOrTypedEnumAndSchema() throws Exception {
        assertThat(run("xor", "{\"properties\": [\"value\", \"externalValue\"]}", "{value: 1, externalValue: x}"))
                .containsExactly("\"value\" and \"externalValue\" must not be both defined or both undefined");
        assertThat(run("or", "{\"properties\": [\"a\", \"b\"]}", "{c: 1}"))
                .containsExactly("At least one of \"a\" or \"b\" must be defined");
        assertThat(run("typedEnum", null, "{type: integer, enum: [1, two]}"))
                .containsExactly("Enum value \"two\" must be \"integer\".");
        assertThat(run("schema", "{\"schema\": {\"type\": \"array\", \"minItems\": 1}}", "[]")).hasSize(1);
        assertThat(run("schema", "{\"schema\": {\"type\": \"array\"}, \"dialect\": \"draft4\"}", "[]")).isEmpty();
    }

    @Test
    void wrongOptionsAreRefusedWithWhatIsExpected() {
        assertThatThrownBy(() -> run("casing", "{\"type\": \"train\"}", "x"))
                .hasMessageContaining("`type` of `casing` must be one of camel, cobol, flat, kebab, macro, pascal");
        assertThatThrownBy(() -> run("truthy", "{\"x\": 1}", "x")).hasMessageContaining("takes no functionOptions");
        assertThatThrownBy(() -> run("pattern", "{\"match\": \"([\"}", "x"))
                .hasMessageContaining("unterminated character class");
        assertThatThrownBy(() -> run("pattern", "{\"match\": \"(a\"}", "x"))
                .hasMessageContaining("not a valid regular expression");
    }
}
