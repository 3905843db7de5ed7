package dev.goalpost.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.load.PositionedObjectNode;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.Workspace;
import java.util.Set;

/**
 * Vouches, without the validator, that an example fits its schema, for schemas of the OpenAPI 3.0 dialect (which
 * Swagger 2.0 schemas are checked in too) made of the keywords most examples meet: {@code type}, {@code properties},
 * {@code required}, {@code items}, {@code enum} of strings, {@code allOf}, the length and size bounds. A big spec
 * checks thousands of examples, and nearly all of them fit; the validator spends most of its time proving that,
 * building a path and a context for every keyword it evaluates. The validator stays the judge of everything else:
 * of any example this class is not sure of, and of every problem that is reported.
 *
 * <p>A verdict is given only where the dialect leaves no doubt. A keyword this class does not know, a pattern, a
 * discriminator, {@code readOnly} or {@code writeOnly} (which the validator reads with the example's direction), a
 * {@code null} where the schema (or the one a {@code $ref} leads to) does not itself say {@code nullable: true}, a
 * number that is not an exact integer against a bound: each leaves the answer to the validator.
 * {@link Verdict#MISFITS} is given only for a wrong type, a missing required property (not one declared
 * {@code readOnly} or {@code writeOnly}, which the validator excuses on one side), a member that
 * {@code additionalProperties: false} forbids, or a string outside an enum of strings, and serves only to tell that
 * exactly one branch of a {@code oneOf} fits. A {@code $ref}'s siblings, which JSON Schema draft 4 ignores and later
 * drafts apply, must fit as well for a fit, so either reading agrees with the verdict.
 */
final class CertainFit {

    /** What this class can say of an example against a schema. */
    enum Verdict { FITS, MISFITS, UNSURE }

    /** Keywords that say nothing of what a value must be ({@code nullable} speaks only of a {@code null}). */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "example", "examples", "default",
            "deprecated", "externalDocs", "xml", "nullable");
    /** Keywords that say nothing of a {@code null}: each applies to one other kind of value. */
    private static final Set<String> NOT_FOR_NULL = Set.of("properties", "required", "additionalProperties", "items",
            "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties",
            "maxProperties", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf");
    /** How many schema-and-value pairs one example may cost before the validator decides instead. */
    private static final int MAX_STEPS = 10_000;
    private static final int MAX_DEPTH = 64;

    private final Workspace workspace;
    private final boolean formatAssertions;
    private int steps;

    CertainFit(Workspace workspace, boolean formatAssertions) {
        this.workspace = workspace;
        this.formatAssertions = formatAssertions;
    }

    /** The verdict on {@code example} against the schema written at {@code schema} in {@code file}. */
    Verdict judge(SourceFile file, JsonNode schema, JsonNode example) {
        steps = 0;
        return judge(file, schema, example, 0);
    }

    private Verdict judge(SourceFile file, JsonNode schema, JsonNode example, int depth) {
        // Trees Goalpost loaded are read member by member, without the entries of a map's iterator; anything else
        // (a node no loader made) is left to the validator.
        if (++steps > MAX_STEPS || depth > MAX_DEPTH || !(schema instanceof PositionedObjectNode object)
                || example.isObject() && !(example instanceof PositionedObjectNode)) {
            return Verdict.UNSURE;
        }
        JsonNode ref = object.get("$ref");
        if (ref != null) {
            return referenced(file, object, ref, example, depth);
        }
        if (example.isNull()) {
            return nullFits(object) ? Verdict.FITS : Verdict.UNSURE;
        }
        boolean unsure = false;
        for (int i = 0; i < object.size(); i++) {
            Verdict verdict = keyword(file, object, object.keyAt(i), object.valueAt(i), example, depth);
            if (verdict == Verdict.MISFITS) {
                return Verdict.MISFITS;
            }
            unsure |= verdict == Verdict.UNSURE;
        }
        return unsure ? Verdict.UNSURE : Verdict.FITS;
    }

    /**
     * A schema with {@code $ref}: the referenced schema always applies, so its misfit is certain; a fit needs the
     * siblings to fit as well, since only some drafts apply them.
     */
    private Verdict referenced(SourceFile file, PositionedObjectNode schema, JsonNode ref, JsonNode example,
            int depth) {
        Workspace.Target target = ref.isTextual() ? workspace.follow(file, ref.textValue()) : null;
        if (target == null || target.node() == null) {
            return Verdict.UNSURE;
        }
        Verdict verdict = judge(target.file(), target.node(), example, depth + 1);
        if (verdict != Verdict.FITS) {
            return verdict;
        }
        for (int i = 0; i < schema.size(); i++) {
            if (!schema.keyAt(i).equals("$ref")
                    && keyword(file, schema, schema.keyAt(i), schema.valueAt(i), example, depth) != Verdict.FITS) {
                return Verdict.UNSURE;
            }
        }
        return Verdict.FITS;
    }

    private Verdict keyword(SourceFile file, JsonNode schema, String name, JsonNode value, JsonNode example,
            int depth) {
        if (name.startsWith("x-") || ANNOTATIONS.contains(name)) {
            return Verdict.FITS;
        }
        return switch (name) {
            case "type" -> type(value, example);
            case "format" -> formatAssertions ? Verdict.UNSURE : Verdict.FITS;
            case "properties" -> properties(file, value, example, depth);
            case "required" -> required(schema, value, example);
            case "additionalProperties" -> additionalProperties(file, schema, value, example, depth);
            case "items" -> items(file, value, example, depth);
            case "enum" -> enumeration(value, example);
            case "allOf" -> allOf(file, value, example, depth);
            case "anyOf" -> anyOf(file, value, example, depth);
            case "oneOf" -> oneOf(file, value, example, depth);
            case "minLength" -> example.isTextual() ? atLeast(codePoints(example.textValue()), value)
                    : notApplied(value);
            case "maxLength" -> example.isTextual() ? atMost(example.textValue().length(), value) : notApplied(value);
            case "minItems" -> example.isArray() ? atLeast(example.size(), value) : notApplied(value);
            case "maxItems" -> example.isArray() ? atMost(example.size(), value) : notApplied(value);
            case "minProperties" -> example.isObject() ? atLeast(example.size(), value) : notApplied(value);
            case "maxProperties" -> example.isObject() ? atMost(example.size(), value) : notApplied(value);
            case "minimum", "maximum" -> bound(schema, name, value, example);
            case "exclusiveMinimum", "exclusiveMaximum" -> value.isBoolean() ? Verdict.FITS : Verdict.UNSURE;
            case "uniqueItems" -> value.isBoolean() && !value.booleanValue() ? Verdict.FITS : Verdict.UNSURE;
            default -> Verdict.UNSURE; // pattern, discriminator, readOnly, writeOnly, not, multipleOf, the unknown
        };
    }

    /**
     * A {@code null} fits a schema that says {@code nullable: true} itself and has no keyword that could still
     * refuse it: only a type, annotations and keywords that apply to other kinds of values. (The validator also lets
     * a {@code nullable} on a schema that includes this one through {@code allOf} count; that is left to it.)
     */
    private boolean nullFits(PositionedObjectNode schema) {
        JsonNode nullable = schema.get("nullable");
        if (nullable == null || !nullable.isBoolean() || !nullable.booleanValue()) {
            return false;
        }
        for (int i = 0; i < schema.size(); i++) {
            String name = schema.keyAt(i);
            if (!(name.startsWith("x-") || ANNOTATIONS.contains(name) || NOT_FOR_NULL.contains(name)
                    || name.equals("type") && schema.valueAt(i).isTextual()
                    || name.equals("format") && !formatAssertions)) {
                return false;
            }
        }
        return true;
    }

    private static Verdict type(JsonNode type, JsonNode example) {
        if (!type.isTextual()) {
            return Verdict.UNSURE;
        }
        return switch (type.textValue()) {
            case "string" -> example.isTextual() ? Verdict.FITS : Verdict.MISFITS;
            case "boolean" -> example.isBoolean() ? Verdict.FITS : Verdict.MISFITS;
            case "object" -> example.isObject() ? Verdict.FITS : Verdict.MISFITS;
            case "array" -> example.isArray() ? Verdict.FITS : Verdict.MISFITS;
            case "number" -> example.isNumber() ? Verdict.FITS : Verdict.MISFITS;
            // 1.0 is an integer to some drafts and not to others: only an integer written as one fits for sure.
            case "integer" -> example.isIntegralNumber() ? Verdict.FITS
                    : example.isNumber() ? Verdict.UNSURE : Verdict.MISFITS;
            default -> Verdict.UNSURE;
        };
    }

    private Verdict properties(SourceFile file, JsonNode properties, JsonNode example, int depth) {
        if (!properties.isObject()) {
            return Verdict.UNSURE;
        }
        if (!example.isObject()) {
            return Verdict.FITS;
        }
        PositionedObjectNode members = (PositionedObjectNode) example;
        Verdict all = Verdict.FITS;
        for (int i = 0; i < members.size(); i++) {
            JsonNode property = properties.get(members.keyAt(i));
            if (property != null) {
                all = and(all, judge(file, property, members.valueAt(i), depth + 1));
                if (all == Verdict.MISFITS) {
                    return all;
                }
            }
        }
        return all;
    }

    /**
     * A missing required property is a misfit unless its declaration may say {@code readOnly} or {@code writeOnly}:
     * the validator does not require those on the side that does not carry them.
     */
    private static Verdict required(JsonNode schema, JsonNode required, JsonNode example) {
        if (!required.isArray()) {
            return Verdict.UNSURE;
        }
        for (JsonNode name : required) {
            if (!name.isTextual()) {
                return Verdict.UNSURE;
            }
        }
        if (!example.isObject()) {
            return Verdict.FITS;
        }
        Verdict verdict = Verdict.FITS;
        for (JsonNode name : required) {
            if (!example.has(name.textValue())) {
                JsonNode declared = schema.path("properties").get(name.textValue());
                if (declared == null || declared.isObject() && !declared.has("$ref") && !declared.has("readOnly")
                        && !declared.has("writeOnly")) {
                    return Verdict.MISFITS;
                }
                verdict = Verdict.UNSURE;
            }
        }
        return verdict;
    }

    private Verdict additionalProperties(SourceFile file, JsonNode schema, JsonNode additional, JsonNode example,
            int depth) {
        JsonNode properties = schema.get("properties");
        if (schema.has("patternProperties") || properties != null && !properties.isObject()) {
            return Verdict.UNSURE;
        }
        if (additional.isBoolean() && additional.booleanValue() || !example.isObject()) {
            return additional.isBoolean() || additional.isObject() ? Verdict.FITS : Verdict.UNSURE;
        }
        if (!additional.isBoolean() && !additional.isObject()) {
            return Verdict.UNSURE;
        }
        PositionedObjectNode members = (PositionedObjectNode) example;
        Verdict all = Verdict.FITS;
        for (int i = 0; i < members.size(); i++) {
            if (properties != null && properties.has(members.keyAt(i))) {
                continue;
            }
            if (additional.isBoolean()) {
                return Verdict.MISFITS;
            }
            all = and(all, judge(file, additional, members.valueAt(i), depth + 1));
            if (all == Verdict.MISFITS) {
                return all;
            }
        }
        return all;
    }

    private Verdict items(SourceFile file, JsonNode items, JsonNode example, int depth) {
        if (!items.isObject()) {
            return Verdict.UNSURE;
        }
        if (!example.isArray()) {
            return Verdict.FITS;
        }
        Verdict all = Verdict.FITS;
        for (JsonNode element : example) {
            all = and(all, judge(file, items, element, depth + 1));
            if (all == Verdict.MISFITS) {
                return all;
            }
        }
        return all;
    }

    /** Only strings are compared: how a validator compares numbers ({@code 1} and {@code 1.0}) varies. */
    private static Verdict enumeration(JsonNode values, JsonNode example) {
        if (!values.isArray() || !example.isTextual()) {
            return Verdict.UNSURE;
        }
        for (JsonNode value : values) {
            if (!value.isTextual()) {
                return Verdict.UNSURE;
            }
            if (value.textValue().equals(example.textValue())) {
                return Verdict.FITS;
            }
        }
        return Verdict.MISFITS;
    }

    private Verdict allOf(SourceFile file, JsonNode branches, JsonNode example, int depth) {
        if (!branches.isArray() || branches.isEmpty()) {
            return Verdict.UNSURE;
        }
        Verdict all = Verdict.FITS;
        for (JsonNode branch : branches) {
            all = and(all, judge(file, branch, example, depth + 1));
            if (all == Verdict.MISFITS) {
                return all;
            }
        }
        return all;
    }

    private Verdict anyOf(SourceFile file, JsonNode branches, JsonNode example, int depth) {
        if (!branches.isArray() || branches.isEmpty()) {
            return Verdict.UNSURE;
        }
        boolean unsure = false;
        for (JsonNode branch : branches) {
            Verdict verdict = judge(file, branch, example, depth + 1);
            if (verdict == Verdict.FITS) {
                return Verdict.FITS;
            }
            unsure |= verdict == Verdict.UNSURE;
        }
        return unsure ? Verdict.UNSURE : Verdict.MISFITS;
    }

    /** Exactly one branch must fit: certain only when one fits and every other certainly does not. */
    private Verdict oneOf(SourceFile file, JsonNode branches, JsonNode example, int depth) {
        if (!branches.isArray() || branches.isEmpty()) {
            return Verdict.UNSURE;
        }
        int fits = 0;
        for (JsonNode branch : branches) {
            Verdict verdict = judge(file, branch, example, depth + 1);
            if (verdict == Verdict.UNSURE) {
                return Verdict.UNSURE;
            }
            if (verdict == Verdict.FITS) {
                fits++;
            }
        }
        return fits == 1 ? Verdict.FITS : fits == 0 ? Verdict.MISFITS : Verdict.UNSURE;
    }

    /** {@code minimum} or {@code maximum} (with draft 4's boolean {@code exclusive…}), compared on exact integers. */
    private static Verdict bound(JsonNode schema, String name, JsonNode limit, JsonNode example) {
        if (!limit.isNumber()) {
            return Verdict.UNSURE;
        }
        if (!example.isNumber()) {
            return Verdict.FITS;
        }
        if (!isExactLong(limit) || !isExactLong(example)) {
            return Verdict.UNSURE;
        }
        JsonNode exclusive = schema.get(name.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum");
        boolean strict = exclusive != null && exclusive.isBoolean() && exclusive.booleanValue();
        int order = Long.compare(example.longValue(), limit.longValue());
        boolean within = name.equals("minimum") ? order > 0 || order == 0 && !strict
                : order < 0 || order == 0 && !strict;
        return within ? Verdict.FITS : Verdict.UNSURE;
    }

    private static boolean isExactLong(JsonNode number) {
        return number.isIntegralNumber() && number.canConvertToLong();
    }

    private static Verdict atLeast(int size, JsonNode limit) {
        return limit.isIntegralNumber() && limit.canConvertToInt() && size >= limit.intValue() ? Verdict.FITS
                : Verdict.UNSURE;
    }

    private static Verdict atMost(int size, JsonNode limit) {
        return limit.isIntegralNumber() && limit.canConvertToInt() && size <= limit.intValue() ? Verdict.FITS
                : Verdict.UNSURE;
    }

    /** A bound on a kind of value the example is not: it does not apply, if the bound itself is well formed. */
    private static Verdict notApplied(JsonNode limit) {
        return limit.isIntegralNumber() ? Verdict.FITS : Verdict.UNSURE;
    }

    /**
     * A string's length in characters (code points), the smaller of the two counts a validator may use: a
     * {@code minLength} it meets is met in UTF-16 units too, and {@code maxLength} is compared on UTF-16 units, the
     * larger.
     */
    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Verdict and(Verdict a, Verdict b) {
        if (a == Verdict.MISFITS || b == Verdict.MISFITS) {
            return Verdict.MISFITS;
        }
        return a == Verdict.UNSURE || b == Verdict.UNSURE ? Verdict.UNSURE : Verdict.FITS;
    }
}
