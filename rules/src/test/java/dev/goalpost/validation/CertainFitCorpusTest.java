package dev.goalpost.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.ExampleValidator;
import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.Header;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Schema;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.model.IndexedDocument;
import dev.goalpost.model.TreeNode;
import dev.goalpost.validation.CertainFit.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds CertainFit to the validator on every example of every OpenAPI 3.0 and Swagger 2.0 root of the shared
 * corpus: each example it vouches for has no problem by the validator, each it calls a misfit has one. Runs only
 * with {@code -Pcorpus}; skipped when there is no corpus.
 */
@Tag("corpus")
class CertainFitCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("goalpost.corpus", "../../shared/corpus"))
            .toAbsolutePath().normalize();

    @Test
    void everyVerdictIsTheValidators() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS + "; skipped");
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        List<String> disagreements = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("roots.tsv")).stream().skip(1).toList()) {
            IndexedDocument document = IndexedDocument.of(
                    new SpecLoader(LoadOptions.defaults()).load(CORPUS.resolve(line.split("\t")[0])));
            if (document.version() == null || document.version().atLeast31()) {
                continue;
            }
            CertainFit certainFit = new CertainFit(document.workspace(), false);
            SchemaExamples validator = new SchemaExamples(document, false, false);
            for (Example example : examples(document)) {
                if (example.value() == null || example.schemaNode() == null) {
                    continue;
                }
                TreeNode schema = (TreeNode) example.schemaNode();
                Verdict verdict = certainFit.judge(schema.file(), schema.value(), ((TreeNode) example.value()).value());
                counts.merge(verdict, 1, Integer::sum);
                if (verdict == Verdict.UNSURE) {
                    continue;
                }
                List<ExampleValidator.Problem> problems = validator.validate(example);
                if (verdict == Verdict.FITS != problems.isEmpty()) {
                    disagreements.add(line.split("\t")[0] + " " + example.value().pointer() + ": " + verdict
                            + " but the validator found " + problems);
                }
            }
        }
        System.out.println("CertainFit on the corpus's 3.0 and 2.0 examples: " + counts);
        assertThat(disagreements).isEmpty();
        assertThat(counts.getOrDefault(Verdict.FITS, 0)).as("examples vouched for").isGreaterThan(1000);
    }

    /** Every example the model offers: of schemas, parameters, media types and headers, each once. */
    private static Set<Example> examples(IndexedDocument document) {
        Set<Example> examples = new LinkedHashSet<>();
        for (Schema schema : document.schemas()) {
            examples.addAll(schema.examples());
        }
        for (Operation operation : document.operations()) {
            for (Parameter parameter : operation.parameters()) {
                examples.addAll(parameter.examples());
            }
            for (MediaType mediaType : operation.mediaTypes()) {
                examples.addAll(mediaType.examples());
            }
            for (Response response : operation.responses()) {
                for (Header header : response.headers().values()) {
                    examples.addAll(header.examples());
                }
            }
        }
        return examples;
    }
}
