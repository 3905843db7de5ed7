package dev.goalpost.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.model.TreeNode;
import dev.goalpost.openapi.Shape.Any;
import dev.goalpost.openapi.Shape.Choice;
import dev.goalpost.openapi.Shape.Kind;
import dev.goalpost.openapi.Shape.ListOf;
import dev.goalpost.openapi.Shape.MapOf;
import dev.goalpost.openapi.Shape.Scalar;
import dev.goalpost.text.DidYouMean;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a document against its version's {@link Grammar} while the {@link TypedWalk} goes over it: required fields
 * that are missing (reported at the object), fields the specification does not define (at the field), values of the
 * wrong JSON kind or outside their allowed set (at the value), map keys of the wrong form (at the key), {@code $ref}s
 * that land on another kind of object (at the reference), and each type's {@link Constraint}s. One problem is
 * reported once, where it is written, against the shape the place gives the value: a choice between shapes is
 * settled by the value's kind before it is judged, so there are no "none of the options matched" cascades.
 *
 * <p>Unknown keywords of Schema Objects are left to {@code core/schema-keywords}: JSON Schema treats them as
 * annotations, and the specification does not forbid them as it forbids unknown fields elsewhere.
 */
public final class StructureCheck implements TypedWalk.Listener {

    /** One problem: the node it is about and what to say. */
    public record Problem(TreeNode at, String message) {}

    /** A useful example for a required field that is missing, by type name and field. */
    private static final Map<String, String> MISSING_HINTS = Map.ofEntries(
            Map.entry("Operation.responses", "add at least one, such as `'200': {description: OK}`"),
            Map.entry("Response.description", "add one, such as `description: OK`"),
            Map.entry("Info.title", "add the API's name, such as `title: Pet Store`"),
            Map.entry("Info.version", "add the version of the API description, such as `version: 1.0.0`"),
            Map.entry("OpenAPI.paths", "add `paths: {}` if there are none yet"),
            Map.entry("OpenAPI.info", "add one, such as `info: {title: Pet Store, version: 1.0.0}`"),
            Map.entry("Request Body.content",
                    "add one, such as `content: {application/json: {schema: {type: object}}}`"),
            Map.entry("Parameter.name", "add the name the parameter is sent under"),
            Map.entry("Server.url", "add one, such as `url: https://api.example.com`"),
            Map.entry("Server Variable.default", "add the value used when none is given"));

    private final Grammar grammar;
    private final List<Problem> problems = new ArrayList<>();
    /**
     * Content a {@code $ref} reached that is another kind of object than its site expects, with that expected
     * type: not judged as that type (it is judged as what it is where its own kind of site reaches it).
     */
    private final Map<JsonNode, ObjectType> wrongKind = new IdentityHashMap<>();

    private final boolean schemaMayBeBoolean;
    private boolean failed;
    private final VisitProblems problemsOf = new VisitProblems();

    public StructureCheck(Grammar grammar) {
        this.grammar = grammar;
        this.schemaMayBeBoolean = grammar.version().atLeast31();
    }

    /** What the walk found, in the order found (the engine sorts findings). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    // ---- the walk's events ------------------------------------------------------------------------------

    // Each judgement is guarded: a bug in it must not cost the spec its index (and so every goal rule); it becomes
    // one problem saying so, and the check stops judging this document.

    @Override
    public void value(TypedWalk.Visit parent, Shape shape, TreeNode value) {
        if (!failed) {
            try {
                judgeValue(parent, shape, value);
            } catch (RuntimeException | StackOverflowError e) {
                failedAt(value, e);
            }
        }
    }

    @Override
    public void reference(TypedWalk.Visit parent, ObjectType expected, TreeNode reference, TreeNode target) {
        if (!failed) {
            try {
                judgeReference(parent, expected, reference, target);
            } catch (RuntimeException | StackOverflowError e) {
                failedAt(reference, e);
            }
        }
    }

    @Override
    public void object(TypedWalk.Visit visit) {
        if (!failed) {
            try {
                judgeObject(visit);
            } catch (RuntimeException | StackOverflowError e) {
                failedAt(visit.node(), e);
            }
        }
    }

    private void failedAt(TreeNode at, Throwable e) {
        failed = true;
        report(at, "Goalpost failed while checking the structure here (" + e + "); this is a bug, please report it");
    }

    private void judgeValue(TypedWalk.Visit parent, Shape shape, TreeNode value) {
        if (skipped(parent)) {
            return;
        }
        if (parent != null && parent.type().hasApplicability() && value.key() != null
                && value.parent() != null && value.parent().value() == parent.node().value()
                && parent.type().whyNotApplicable(parent.node(), value.key()) != null) {
            return; // reported once, as a field that does not apply
        }
        check(shape, value);
    }

    private void judgeReference(TypedWalk.Visit parent, ObjectType expected, TreeNode reference,
            TreeNode target) {
        if (target == null || skipped(parent)) {
            return;
        }
        TreeNode ref = reference.get("$ref");
        if (!target.isObject()) {
            if (!(expected == grammar.schema() && grammar.version().atLeast31() && target.isBoolean())) {
                report(ref, "this `$ref` reaches " + kind(target) + " where " + expected.description()
                        + " belongs");
            }
            return;
        }
        ObjectType landed = sectionType(target);
        if (landed != null && landed != expected) {
            wrongKind.put(target.value(), expected);
            report(ref, "this `$ref` points at " + landed.description() + " (`" + reference.ref() + "`) where "
                    + expected.description() + " belongs");
        } else if (landed == null && foreign(expected, target)) {
            wrongKind.put(target.value(), expected);
            List<String> keys = target.keys().stream().filter(key -> !key.startsWith("x-")).limit(3).toList();
            report(ref, "this `$ref` reaches content with none of the fields of " + expected.description() + " ("
                    + String.join(", ", keys.stream().map(key -> "`" + key + "`").toList())
                    + (target.value().size() > keys.size() ? ", …" : "") + ") where one belongs");
        }
    }

    private void judgeObject(TypedWalk.Visit visit) {
        if (skipped(visit)) {
            return;
        }
        ObjectType type = visit.type();
        TreeNode node = visit.node();
        if (type == grammar.schema() && !type.hasApplicability()) {
            // Schemas are most of a big document; they have no required fields and unknown keywords are
            // core/schema-keywords' concern, so only the constraints apply.
            constraints(type, visit);
            return;
        }
        for (String field : type.required()) {
            if (!node.has(field)) {
                String subject = subject(visit);
                String hint = MISSING_HINTS.get(type.name() + "." + field);
                report(node, subject + " has no `" + field + "`; "
                        + (hint != null ? hint : "add it (" + type.field(field).description() + ")"));
            }
        }
        if (!type.openKeywords()) {
            for (java.util.Iterator<String> keys = node.value().fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!key.startsWith("x-") && type.field(key) == null) {
                    unknownField(type, node.get(key), key);
                }
            }
        }
        if (type.hasApplicability()) {
            for (String key : node.keys()) {
                String whyNot = key.startsWith("x-") || type.field(key) == null ? null
                        : type.whyNotApplicable(node, key);
                if (whyNot != null) {
                    report(node.get(key), whyNot);
                }
            }
        }
        constraints(type, visit);
    }

    private void constraints(ObjectType type, TypedWalk.Visit visit) {
        List<Constraint> constraints = type.constraints();
        if (!constraints.isEmpty()) {
            problemsOf.visit = visit;
            // By index: an iterator here escaped, one object for every object of the document.
            for (int i = 0; i < constraints.size(); i++) {
                constraints.get(i).check(visit.node(), problemsOf);
            }
        }
    }

    /** What constraints report to, about the object under check (the walk is single-threaded). */
    private final class VisitProblems implements Constraint.Problems {
        private TypedWalk.Visit visit;

        @Override
        public String subject() {
            return StructureCheck.this.subject(visit);
        }

        @Override
        public void report(TreeNode at, String message) {
            StructureCheck.this.report(at, message);
        }
    }

    // ---- judging one value ------------------------------------------------------------------------------

    private void check(Shape shape, TreeNode value) {
        if (value.isRef() && !(shape instanceof ObjectType) && !(shape instanceof Any)
                && !(shape instanceof Choice choice && fitting(choice, value) instanceof ObjectType)) {
            // A $ref is resolved wherever it is written, as every tool does; what it reaches is judged.
            TreeNode target = value.resolve();
            if (target == null || target.isRef()) {
                return;
            }
            value = target;
        }
        if (shape instanceof ObjectType type) {
            // 3.1 and 3.2: a Schema Object may be a boolean, wherever a schema is expected.
            if (!value.isObject() && !(type == grammar.schema() && schemaMayBeBoolean && value.isBoolean())) {
                wrongType(value, type);
            }
        } else if (shape instanceof MapOf map) {
            if (!value.isObject()) {
                wrongType(value, map);
            } else if (map.keys() != KeyPattern.ANY && !value.isRef()) {
                for (String key : value.keys()) {
                    if (!key.startsWith("x-") && !map.keys().matches(key)) {
                        report(value.get(key), "`" + key + "` is not " + map.keys().description());
                    }
                }
            }
        } else if (shape instanceof ListOf) {
            if (!value.isArray()) {
                wrongType(value, shape);
            }
        } else if (shape instanceof Scalar scalar) {
            scalar(scalar, value);
        } else if (shape instanceof Choice choice) {
            Shape picked = fitting(choice, value);
            if (picked == null) {
                wrongType(value, choice);
            } else {
                check(picked, value);
            }
        } else if (!(shape instanceof Any)) {
            throw new IllegalStateException("unknown shape " + shape);
        }
    }

    private void scalar(Scalar scalar, TreeNode value) {
        Kind kind = TypedWalk.kindOf(value);
        boolean fits = kind != null && (scalar.kinds().contains(kind)
                || kind == Kind.INTEGER && scalar.kinds().contains(Kind.NUMBER));
        if (!fits) {
            wrongType(value, scalar.allowed().isEmpty() ? scalar : new Scalar(scalar.kinds(), List.of()));
            return;
        }
        if (!scalar.allowed().isEmpty() && !scalar.allowed().contains(value.text())) {
            String noun = scalar.noun() != null ? scalar.noun() : "an allowed value of `" + label(value) + "`";
            String suggestion = DidYouMean.closest(value.text(), scalar.allowed());
            report(value, "`" + value.text() + "` is not " + noun + "; "
                    + (suggestion != null ? "did you mean `" + suggestion + "`?"
                    : "use one of " + String.join(", ", scalar.allowed())));
        }
    }

    private static Shape fitting(Choice choice, TreeNode value) {
        for (Shape option : choice.options()) {
            if (option instanceof ObjectType || option instanceof MapOf ? value.isObject()
                    : option instanceof ListOf ? value.isArray()
                    : option instanceof Scalar scalar ? scalarKindFits(scalar, value)
                    : option instanceof Choice nested ? fitting(nested, value) != null : true) {
                return option;
            }
        }
        return null;
    }

    private static boolean scalarKindFits(Scalar scalar, TreeNode value) {
        Kind kind = TypedWalk.kindOf(value);
        return kind != null && (scalar.kinds().contains(kind)
                || kind == Kind.INTEGER && scalar.kinds().contains(Kind.NUMBER));
    }

    private void wrongType(TreeNode value, Shape expected) {
        report(value, "`" + label(value) + "` is " + kind(value) + "; it must be " + describe(expected));
    }

    /** A shape as a message names it: "a schema type or a list of schema types", "a list", "a string". */
    static String describe(Shape shape) {
        if (shape instanceof Scalar scalar && scalar.noun() != null) {
            return scalar.noun();
        }
        if (shape instanceof ListOf list) {
            if (list.items() instanceof Any) {
                return "a list";
            }
            if (list.items() instanceof Scalar scalar && scalar.noun() != null) {
                return "a list of " + scalar.noun().replaceFirst("^an? ", "") + "s";
            }
        }
        if (shape instanceof Choice choice) {
            return String.join(" or ", choice.options().stream().map(StructureCheck::describe).toList());
        }
        return shape.description();
    }

    private void unknownField(ObjectType type, TreeNode member, String key) {
        String suggestion = DidYouMean.closest(key, type.fields().keySet());
        report(member, "`" + key + "` is not a field of " + type.description() + "; "
                + (suggestion != null ? "did you mean `" + suggestion + "`?"
                : "remove it, or name it `x-" + key + "` to keep it as an extension"));
    }

    // ---- reading the document ---------------------------------------------------------------------------

    /** Whether the object under check lies inside content already reported as a reference of the wrong kind. */
    private boolean skipped(TypedWalk.Visit visit) {
        if (wrongKind.isEmpty()) {
            return false;
        }
        for (TypedWalk.Visit at = visit; at != null; at = at.parent()) {
            if (wrongKind.get(at.node().value()) == at.type()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of object a node is by where it is written: an entry of {@code components} (of a section of the
     * Swagger 2.0 root, such as {@code definitions}). Null elsewhere: the content is then judged as what its
     * referring site expects.
     */
    private ObjectType sectionType(TreeNode target) {
        TreeNode section = target.parent();
        if (section == null || section.key() == null || target.key() == null || section.parent() == null) {
            return null;
        }
        TreeNode holder = section.parent();
        Shape sectionShape;
        if (holder.parent() == null && grammar.version().isSwagger2()) {
            sectionShape = grammar.root().field(section.key());
        } else if (!grammar.version().isSwagger2() && "components".equals(holder.key()) && holder.parent() != null
                && holder.parent().parent() == null) {
            sectionShape = grammar.root().field("components") instanceof ObjectType components
                    ? components.field(section.key()) : null;
        } else {
            return null;
        }
        return sectionShape instanceof MapOf map && map.values() instanceof ObjectType type ? type : null;
    }

    /**
     * Whether referenced content is plainly another kind of object than the site expects: the expected type
     * requires fields, and the content has members but not one field of that type (a schema where a parameter
     * belongs). Judging it field by field would only repeat that in many findings.
     */
    private boolean foreign(ObjectType expected, TreeNode target) {
        if (expected == grammar.schema() || expected.openKeywords() || expected.required().isEmpty()
                || !expected.patterns().isEmpty() || target.value().isEmpty()) {
            return false;
        }
        boolean anyMember = false;
        for (String key : target.keys()) {
            if (key.startsWith("x-")) {
                continue;
            }
            anyMember = true;
            if (expected.field(key) != null) {
                return false;
            }
        }
        return anyMember;
    }

    /** How messages name the object of a visit: "the `get` operation", "the parameter `limit`", "`info`". */
    private String subject(TypedWalk.Visit visit) {
        ObjectType type = visit.type();
        String key = visit.declaration().key();
        if (visit.parent() == null) {
            return "the document";
        }
        if (type == grammar.operation()) {
            return key != null ? "the `" + key + "` operation" : "this operation";
        }
        if (type == grammar.parameter()) {
            String name = visit.node().text("name");
            return name != null ? "the parameter `" + name + "`" : "this parameter";
        }
        if (type == grammar.response()) {
            return key != null ? "the `" + key + "` response" : "this response";
        }
        if (key == null) {
            return "this " + type.name() + " Object";
        }
        if (visit.parent().type().fields().containsKey(key)) {
            return "`" + key + "`";
        }
        return "the " + type.name() + " `" + key + "`";
    }

    /** How a message names a value: its key, or its parent's key and index ({@code tags[2]}). */
    static String label(TreeNode value) {
        if (value.key() != null) {
            return value.key();
        }
        TreeNode parent = value.parent();
        return parent == null ? "the document" : label(parent) + "[" + value.index() + "]";
    }

    /** The JSON kind of a value, as a message names it. */
    static String kind(TreeNode value) {
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        Kind kind = TypedWalk.kindOf(value);
        return kind == null ? "a value" : kind.description();
    }

    private void report(TreeNode at, String message) {
        problems.add(new Problem(at, message));
    }
}
