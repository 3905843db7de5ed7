package dev.goalpost.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goalpost.SpecFiles;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.TreeNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonPathExpressionTest {

    @TempDir
    Path dir;

    private TreeNode spec(String yaml) {
        Workspace workspace = new SpecLoader(LoadOptions.defaults()).load(SpecFiles.write(dir, "api.yaml", yaml));
        return TreeNode.root(workspace, workspace.root());
    }

    private List<String> select(String path, TreeNode root) {
        return JsonPathExpression.compile(path).select(root, true).stream().map(TreeNode::pointer).toList();
    }

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: '1', description: 'Short'}
            paths:
              /a:
                get:
                  operationId: getA
                  tags: [x, internal]
                  parameters:
                    - {name: limit, in: query, x-max: 3}
                    - {name: X-Trace, in: header}
                  responses:
                    '200': {description: ok}
                    '404': {description: missing}
            """;

    @Test
    void filtersRunJavaScriptStringAndArrayMethods() {
        TreeNode root = spec(SPEC);
        assertThat(select("$..parameters[?(@.name.startsWith('X-') && @.in === 'header')]", root))
                .containsExactly("/paths/~1a/get/parameters/1");
        assertThat(select("$.paths[*][*][?(@property === 'tags' && @.includes('internal'))]", root))
                .containsExactly("/paths/~1a/get/tags");
        assertThat(select("$..parameters[?(@['x-max'] > 2)]", root)).containsExactly("/paths/~1a/get/parameters/0");
        assertThat(select("$..responses[?(@property.match(/^4\\d\\d$/))]", root))
                .containsExactly("/paths/~1a/get/responses/404");
        assertThat(select("$..parameters[?(@.name.indexOf('im') === 1)]", root))
                .containsExactly("/paths/~1a/get/parameters/0");
        assertThat(select("$.info[?(@property === 'description' && typeof @ === 'string' && @.length < 10)]", root))
                .containsExactly("/info/description");
        assertThat(select("$..responses[?('description' in @)]", root)).hasSize(2);
        assertThat(select("$..[?(@property === 'in' && @ === 'query')]^", root))
                .containsExactly("/paths/~1a/get/parameters/0");
        assertThat(select("$.paths[*][?(@parentProperty === '/a')]", root)).containsExactly("/paths/~1a/get");
        assertThat(select("$..parameters[?(@path.includes('[1]'))]", root))
                .containsExactly("/paths/~1a/get/parameters/1");
    }

    @Test
    void aTrailingTildeSelectsKeys() {
        JsonPathExpression path = JsonPathExpression.compile("$.paths[*][*].responses[*]~");
        assertThat(path.selectsKeys()).isTrue();
        assertThat(select(path.text(), spec(SPEC))).containsExactly("/paths/~1a/get/responses/200",
                "/paths/~1a/get/responses/404");
    }

    @Test
    void aFilterReadingAMemberOfNothingDoesNotMatch() {
        assertThat(select("$..parameters[?(@.schema.type === 'string')]", spec(SPEC))).isEmpty();
    }

    @Test
    void syntaxOutsideTheDialectIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> JsonPathExpression.compile("$.paths[(@.length-1)]"))
                .isInstanceOf(PathSyntaxException.class).hasMessageContaining("script expressions")
                .extracting(e -> ((PathSyntaxException) e).offset()).isEqualTo(8);
        assertThatThrownBy(() -> JsonPathExpression.compile("$..[?(@.name.replace('a','b'))]"))
                .isInstanceOf(PathSyntaxException.class).hasMessageContaining("`replace` is not supported")
                .extracting(e -> ((PathSyntaxException) e).offset()).isEqualTo(13);
        assertThatThrownBy(() -> JsonPathExpression.compile("$..[?(process.exit(1))]"))
                .isInstanceOf(PathSyntaxException.class).hasMessageContaining("`process` is not available");
        assertThatThrownBy(() -> JsonPathExpression.compile("paths"))
                .isInstanceOf(PathSyntaxException.class).hasMessageContaining("starts with `$`");
        assertThatThrownBy(() -> JsonPathExpression.compile("$.a~.b"))
                .isInstanceOf(PathSyntaxException.class).hasMessageContaining("only at the end");
        assertThatThrownBy(() -> JsonPathExpression.compile("$..[?(@.a = 1)]"))
                .isInstanceOf(PathSyntaxException.class).hasMessageContaining("assignment");
        assertThatThrownBy(() -> JsonPathExpression.compile("$.a[?(@.b"))
                .isInstanceOf(PathSyntaxException.class).hasMessageContaining("not closed");
    }

    @Test
    void aRegexThatBacktracksWithoutEndStopsAndDoesNotMatch() {
        JsRegex regex = new JsRegex("^((a+)*)*b$", "");
        assertThatThrownBy(() -> regex.test("a".repeat(40) + "!"))
                .isInstanceOf(JsRegex.RegexBudgetException.class);
        assertThat(new JsRegex("^((a+)*)*b$", "").test("aaaab")).isTrue();
    }

    @Test
    void ecmaScriptRegexesKeepTheirMeaning() {
        assertThat(new JsRegex("^a$", "").test("a\n")).isFalse(); // Java's $ would match before the newline
        assertThat(new JsRegex("^/{id}$", "").test("/{id}")).isTrue(); // a brace that is not a quantifier
        assertThat(new JsRegex("[^]", "").test("\n")).isTrue();
        assertThat(new JsRegex("^\\s$", "").test("\u00A0")).isTrue();
        assertThat(JsRegex.fromOption("/^ABC$/i").test("abc")).isTrue();
        assertThat(JsRegex.fromOption("^ABC$").test("abc")).isFalse();
    }
}
