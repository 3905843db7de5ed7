package dev.goalpost.validation;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.ExampleValidator;
import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.Schema;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.model.IndexedDocument;
import dev.goalpost.model.TreeNode;
import dev.goalpost.validation.CertainFit.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CertainFit's verdict on each schema's own {@code example}, and the validator's on the same example: a fit must be
 * a fit for the validator (no problem), a misfit a misfit (some problem), and vouching must change no result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertainFitTest {

    /** One schema per case under {@code components.schemas}, its example written in it. */
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths: {}
            components:
              schemas:
                Pet: {type: object, required: [name], properties: {name: {type: string}}}
                NullablePet: {type: object, nullable: true, required: [name], properties: {name: {type: string}}}
                Loop: {allOf: [{$ref: '#/components/schemas/Loop'}], example: {}}
                fitsObject: {type: object, required: [id], properties: {id: {type: integer}, name: {type: string, minLength: 1, maxLength: 5}}, example: {id: 1, name: abc}}
                fitsArray: {type: array, minItems: 1, maxItems: 3, items: {type: string, enum: [a, b]}, example: [a, b]}
                fitsThroughRef: {type: object, properties: {pet: {$ref: '#/components/schemas/Pet'}}, example: {pet: {name: x}}}
                fitsAllOf: {allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {age: {type: integer, minimum: 0, maximum: 30}}}], example: {name: x, age: 3}}
                fitsAnyOf: {anyOf: [{type: string}, {type: integer}], example: 3}
                fitsOneOf: {oneOf: [{type: string}, {type: object}], example: {a: 1}}
                fitsAdditionalSchema: {type: object, additionalProperties: {type: integer}, example: {a: 1, b: 2}}
                fitsClosedObject: {type: object, properties: {a: {type: string}}, additionalProperties: false, example: {a: x}}
                fitsFormatUnchecked: {type: string, format: date-time, example: not a date}
                fitsAnnotated: {type: string, title: t, description: d, deprecated: true, x-note: 1, example: s}
                fitsExclusiveMinimum: {type: integer, minimum: 1, exclusiveMinimum: true, example: 2}
                fitsMinProperties: {type: object, minProperties: 1, example: {a: 1}}
                fitsBoundOnOtherKind: {minLength: 2, maxItems: 1, example: 5}
                fitsCodePoints: {type: string, minLength: 2, maxLength: 3, example: "é😀"}
                unsureAstralLength: {type: string, maxLength: 2, example: "é😀"}
                misfitsType: {type: string, example: 5}
                misfitsIntegerAsText: {type: integer, example: "1"}
                misfitsRequired: {type: object, required: [id], example: {name: x}}
                misfitsEnum: {type: string, enum: [a, b], example: c}
                misfitsClosedObject: {type: object, properties: {a: {}}, additionalProperties: false, example: {a: 1, b: 2}}
                misfitsNested: {type: object, properties: {id: {type: integer}}, example: {id: x}}
                misfitsThroughRef: {type: object, properties: {pet: {$ref: '#/components/schemas/Pet'}}, example: {pet: {}}}
                misfitsEveryOneOf: {oneOf: [{type: string}, {type: integer}], example: {a: 1}}
                unsureRequiredReadOnly: {type: object, required: [id], properties: {id: {type: integer, readOnly: true}}, example: {}}
                unsureRequiredWriteOnlyBranch: {oneOf: [{type: object, required: [secret], properties: {secret: {type: string, writeOnly: true}}}, {type: string}], example: {}}
                unsurePattern: {type: string, pattern: '^a', example: abc}
                unsureReadOnly: {type: object, properties: {id: {type: integer, readOnly: true}}, example: {id: 1}}
                fitsNullable: {type: string, nullable: true, maxLength: 3, example: null}
                fitsNullableProperty: {type: object, properties: {a: {type: string, nullable: true}}, example: {a: null}}
                fitsNullableThroughRef: {type: object, properties: {owner: {$ref: '#/components/schemas/NullablePet'}}, example: {owner: null}}
                unsureNull: {type: string, example: null}
                unsureNullableEnum: {type: string, nullable: true, enum: [a], example: null}
                unsureNullableAroundAllOf: {type: object, properties: {owner: {nullable: true, allOf: [{$ref: '#/components/schemas/Pet'}]}}, example: {owner: null}}
                unsureNullableInAllOf: {type: object, properties: {a: {allOf: [{type: string, nullable: true}]}}, example: {a: null}}
                unsureNullableBesideRef: {type: object, properties: {owner: {$ref: '#/components/schemas/Pet', nullable: true}}, example: {owner: null}}
                unsureTwoOneOfs: {oneOf: [{type: number}, {type: integer}], example: 3}
                unsureTooShort: {type: string, minLength: 5, example: ab}
                unsureIntegerAsDecimal: {type: integer, example: 1.0}
                unsureDecimalBound: {type: number, maximum: 1.5, example: 1}
                unsureBoundBroken: {type: integer, maximum: 3, example: 4}
                unsureRefSiblings: {type: object, properties: {pet: {$ref: '#/components/schemas/Pet', maxProperties: 0}}, example: {pet: {name: x}}}
                unsureDiscriminator: {type: object, discriminator: {propertyName: kind}, example: {kind: a}}
                unsurePatternProperties: {type: object, patternProperties: {'^x': {}}, additionalProperties: false, example: {a: 1}}
                unsureNot: {not: {type: string}, example: 1}
                unsureRecursive: {type: object, properties: {loop: {$ref: '#/components/schemas/Loop'}}, example: {loop: {}}}
            """;

    private IndexedDocument document;

    @BeforeAll
    void load(@TempDir Path folder) {
        document = IndexedDocument.of(new SpecLoader(LoadOptions.defaults()).load(write(folder, "spec.yaml", SPEC)));
    }

    Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("fitsObject", Verdict.FITS),
                Arguments.of("fitsArray", Verdict.FITS),
                Arguments.of("fitsThroughRef", Verdict.FITS),
                Arguments.of("fitsAllOf", Verdict.FITS),
                Arguments.of("fitsAnyOf", Verdict.FITS),
                Arguments.of("fitsOneOf", Verdict.FITS),
                Arguments.of("fitsAdditionalSchema", Verdict.FITS),
                Arguments.of("fitsClosedObject", Verdict.FITS),
                Arguments.of("fitsFormatUnchecked", Verdict.FITS),
                Arguments.of("fitsAnnotated", Verdict.FITS),
                Arguments.of("fitsExclusiveMinimum", Verdict.FITS),
                Arguments.of("fitsMinProperties", Verdict.FITS),
                Arguments.of("fitsBoundOnOtherKind", Verdict.FITS),
                Arguments.of("fitsCodePoints", Verdict.FITS),
                Arguments.of("misfitsType", Verdict.MISFITS),
                Arguments.of("misfitsIntegerAsText", Verdict.MISFITS),
                Arguments.of("misfitsRequired", Verdict.MISFITS),
                Arguments.of("misfitsEnum", Verdict.MISFITS),
                Arguments.of("misfitsClosedObject", Verdict.MISFITS),
                Arguments.of("misfitsNested", Verdict.MISFITS),
                Arguments.of("misfitsThroughRef", Verdict.MISFITS),
                Arguments.of("misfitsEveryOneOf", Verdict.MISFITS),
                Arguments.of("unsureRequiredReadOnly", Verdict.UNSURE),
                Arguments.of("unsureRequiredWriteOnlyBranch", Verdict.UNSURE),
                Arguments.of("unsurePattern", Verdict.UNSURE),
                Arguments.of("unsureReadOnly", Verdict.UNSURE),
                Arguments.of("fitsNullable", Verdict.FITS),
                Arguments.of("fitsNullableProperty", Verdict.FITS),
                Arguments.of("fitsNullableThroughRef", Verdict.FITS),
                Arguments.of("unsureNullableAroundAllOf", Verdict.UNSURE),
                Arguments.of("unsureNullableBesideRef", Verdict.UNSURE),
                Arguments.of("unsureNull", Verdict.UNSURE),
                Arguments.of("unsureNullableEnum", Verdict.UNSURE),
                Arguments.of("unsureNullableInAllOf", Verdict.UNSURE),
                Arguments.of("unsureTwoOneOfs", Verdict.UNSURE),
                Arguments.of("unsureTooShort", Verdict.UNSURE),
                Arguments.of("unsureAstralLength", Verdict.UNSURE),
                Arguments.of("unsureIntegerAsDecimal", Verdict.UNSURE),
                Arguments.of("unsureDecimalBound", Verdict.UNSURE),
                Arguments.of("unsureBoundBroken", Verdict.UNSURE),
                Arguments.of("unsureRefSiblings", Verdict.UNSURE),
                Arguments.of("unsureDiscriminator", Verdict.UNSURE),
                Arguments.of("unsurePatternProperties", Verdict.UNSURE),
                Arguments.of("unsureNot", Verdict.UNSURE),
                Arguments.of("unsureRecursive", Verdict.UNSURE));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void verdictAgreesWithTheValidator(String name, Verdict expected) {
        Example example = exampleOf(name);
        TreeNode schema = (TreeNode) example.schemaNode();
        Verdict verdict = new CertainFit(document.workspace(), false)
                .judge(schema.file(), schema.value(), ((TreeNode) example.value()).value());
        assertThat(verdict).isEqualTo(expected);

        List<ExampleValidator.Problem> byValidator = new SchemaExamples(document, false, false).validate(example);
        if (expected == Verdict.FITS) {
            assertThat(byValidator).as("the validator's problems").isEmpty();
        } else if (expected == Verdict.MISFITS) {
            assertThat(byValidator).as("the validator's problems").isNotEmpty();
        }
        assertThat(new SchemaExamples(document, false).validate(example)).as("vouching changes nothing")
                .isEqualTo(byValidator);
    }

    @Test
    void everyCaseOfTheSpecIsChecked() {
        List<String> named = document.schemaDefinitions().keySet().stream()
                .filter(name -> !List.of("Pet", "NullablePet", "Loop").contains(name)).toList();
        assertThat(named).containsExactlyInAnyOrderElementsOf(cases().map(c -> (String) c.get()[0]).toList());
    }

    @Test
    void formatIsLeftToTheValidatorWhenItAsserts() {
        Example example = exampleOf("fitsFormatUnchecked");
        TreeNode schema = (TreeNode) example.schemaNode();
        assertThat(new CertainFit(document.workspace(), true)
                .judge(schema.file(), schema.value(), ((TreeNode) example.value()).value())).isEqualTo(Verdict.UNSURE);
        assertThat(new SchemaExamples(document, true).validate(example)).isNotEmpty();
    }

    @Test
    void aDeepOrWideExampleIsLeftToTheValidator(@TempDir Path folder) {
        String deep = "{\"a\": ".repeat(70) + "1" + "}".repeat(70);
        String wide = "[" + "1, ".repeat(10_000) + "1]";
        IndexedDocument bounded = IndexedDocument.of(new SpecLoader(LoadOptions.defaults()).load(write(folder,
                "bounds.json", """
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
                 "components": {"schemas": {
                   "Nested": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Nested"}},
                              "example": %s},
                   "Numbers": {"type": "array", "items": {"type": "integer"}, "example": %s}}}}
                """.formatted(deep, wide))));
        for (String name : List.of("Nested", "Numbers")) {
            Example example = bounded.schemas().stream()
                    .filter(s -> s.node().pointer().equals("/components/schemas/" + name)).findFirst().orElseThrow()
                    .examples().get(0);
            TreeNode schema = (TreeNode) example.schemaNode();
            assertThat(new CertainFit(bounded.workspace(), false)
                    .judge(schema.file(), schema.value(), ((TreeNode) example.value()).value()))
                    .as(name).isEqualTo(Verdict.UNSURE);
        }
    }

    private Example exampleOf(String name) {
        Schema schema = document.schemas().stream()
                .filter(s -> s.node().pointer().equals("/components/schemas/" + name)).findFirst().orElseThrow();
        assertThat(schema.examples()).as(name).hasSize(1);
        return schema.examples().get(0);
    }
}
