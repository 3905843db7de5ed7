package dev.goalpost.openapi;

import dev.goalpost.model.TreeNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind of object of an OpenAPI version, as its specification describes it: its fixed fields and their shapes,
 * its patterned fields, which fields are required, whether {@code x-} extensions may be written on it, and whether a
 * Reference Object ({@code $ref}) may stand in for it where it is used. Types refer to each other (a Schema holds
 * Schemas), so a type is made empty and then described; once its grammar is built it does not change.
 */
public final class ObjectType implements Shape {

    /** A patterned field: members whose keys have a form (paths, status codes) and the shape of their values. */
    public record PatternField(KeyPattern keys, Shape shape) {}

    private final String name;
    private final Map<String, Shape> fields = new LinkedHashMap<>();
    private final List<PatternField> patterns = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Constraint> constraintsView = Collections.unmodifiableList(constraints);
    private Applicability applicability;
    private final Set<String> required = new LinkedHashSet<>();
    private final Set<String> requiredView = Collections.unmodifiableSet(required);
    private boolean extensible = true;
    private boolean referable;
    private boolean openKeywords;

    public ObjectType(String name) {
        this.name = name;
    }

    /** The specification's name for it: {@code Operation}, {@code Schema}. */
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 || name.startsWith("XML") ? "an " : "a ") + name + " Object";
    }

    // ---- reading ----------------------------------------------------------------------------------------

    /** The shape of member {@code key}: a fixed field, else the first patterned field it matches; null when neither. */
    public Shape field(String key) {
        Shape fixed = fields.get(key);
        if (fixed != null) {
            return fixed;
        }
        for (PatternField pattern : patterns) {
            if (pattern.keys().matches(key)) {
                return pattern.shape();
            }
        }
        return null;
    }

    public Map<String, Shape> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public List<PatternField> patterns() {
        return Collections.unmodifiableList(patterns);
    }

    public Set<String> required() {
        return requiredView;
    }

    /** Whether {@code x-} members may be written on it. */
    public boolean extensible() {
        return extensible;
    }

    /** Whether a Reference Object may stand in for it where it is used. */
    public boolean referable() {
        return referable;
    }

    /**
     * Whether members the description does not name are allowed (JSON Schema 2020-12 schemas, where unknown
     * keywords are annotations).
     */
    public boolean openKeywords() {
        return openKeywords;
    }

    /**
     * What the specification asks of the object as a whole, beyond each field's shape: fields that exclude each
     * other, fields one of which must be present, values that depend on another field ({@code in}, {@code type}).
     */
    public List<Constraint> constraints() {
        return constraintsView;
    }

    /**
     * Says which of an object's fields do not apply to it, given another of its fields: the fields a Swagger 2.0
     * parameter has depend on {@code in}, {@code style} belongs to a parameter described by {@code schema}.
     */
    @FunctionalInterface
    public interface Applicability {
        /** Why {@code field} does not apply to {@code object} (a message), or null when it does. */
        String whyNot(TreeNode object, String field);
    }

    /** Why a field does not apply to an object of this type, or null when it does (or the type says nothing). */
    public String whyNotApplicable(TreeNode object, String field) {
        return applicability == null ? null : applicability.whyNot(object, field);
    }

    public boolean hasApplicability() {
        return applicability != null;
    }

    // ---- describing (while a grammar is built) ----------------------------------------------------------

    ObjectType field(String key, Shape shape) {
        fields.put(key, shape);
        return this;
    }

    ObjectType required(String key, Shape shape) {
        fields.put(key, shape);
        required.add(key);
        return this;
    }

    ObjectType pattern(KeyPattern keys, Shape shape) {
        patterns.add(new PatternField(keys, shape));
        return this;
    }

    ObjectType remove(String key) {
        fields.remove(key);
        required.remove(key);
        return this;
    }

    ObjectType optional(String key) {
        required.remove(key);
        return this;
    }

    ObjectType check(Constraint constraint) {
        constraints.add(constraint);
        return this;
    }

    ObjectType applicability(Applicability rule) {
        applicability = rule;
        return this;
    }

    ObjectType notExtensible() {
        extensible = false;
        return this;
    }

    ObjectType allowReference() {
        referable = true;
        return this;
    }

    ObjectType openKeywords(boolean open) {
        openKeywords = open;
        return this;
    }

    @Override
    public String toString() {
        return name;
    }
}
