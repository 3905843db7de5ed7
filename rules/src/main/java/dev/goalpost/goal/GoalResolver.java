package dev.goalpost.goal;

import dev.goalpost.api.Goals;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.model.TreeNode;
import dev.goalpost.text.DidYouMean;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out which business goals apply where. The nearest declaration wins: operation, else path item, else the
 * union of its tags' goals, else (for a callback) the goals of the operation declaring it, else the root and
 * {@code info}. An empty list means "no goal here" and stops the inheritance; a declaration that names only unknown
 * goals (a typo) is reported and counts as absent, so a typo never switches rules off.
 */
public final class GoalResolver {

    public static final String EXTENSION = "x-business-goal";

    private final GoalCatalog catalog;

    public GoalResolver(GoalCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param defaultGoals goals (canonical) for a document that declares none anywhere
     */
    public GoalAssignment resolve(ApiDocument document, Set<String> defaultGoals) {
        Reader reader = new Reader();
        Declaration root = reader.read(document.root());
        Declaration info = document.info() == null ? Declaration.NONE : reader.read(document.info().node());
        Map<String, Declaration> tags = new java.util.HashMap<>();
        document.tags().forEach((name, tag) -> tags.put(name, reader.read(tag.node())));

        Map<SpecNode, Declaration> pathItems = new IdentityHashMap<>();
        Map<Operation, Declaration> operations = new IdentityHashMap<>();
        for (Operation operation : document.operations()) {
            operations.put(operation, reader.read(operation.node()));
            pathItems.computeIfAbsent(operation.pathItem().node(), reader::read);
        }

        boolean declaresAny = root.present || info.present || reader.sawAny;
        boolean useDefaults = !declaresAny && !defaultGoals.isEmpty();
        Set<String> documentGoals = new LinkedHashSet<>();
        if (useDefaults) {
            documentGoals.addAll(defaultGoals);
        } else {
            documentGoals.addAll(root.goals);
            documentGoals.addAll(info.goals);
        }

        Map<Operation, Set<String>> operationGoals = new IdentityHashMap<>();
        Set<String> carried = new LinkedHashSet<>(documentGoals);
        for (Operation operation : document.operations()) {
            Operation parent = operation.parent();
            Set<String> inherited = parent != null && operationGoals.containsKey(parent) ? operationGoals.get(parent)
                    : documentGoals;
            Set<String> goals = effective(operation, operations.get(operation),
                    pathItems.get(operation.pathItem().node()), tags, inherited);
            operationGoals.put(operation, goals);
            carried.addAll(goals);
        }
        return new GoalAssignment(documentGoals, operationGoals, carried, declaresAny, useDefaults, reader.unknown);
    }

    private static Set<String> effective(Operation operation, Declaration own, Declaration pathItem,
            Map<String, Declaration> tags, Set<String> inherited) {
        if (own.present) {
            return own.goals;
        }
        if (pathItem.present) {
            return pathItem.goals;
        }
        Set<String> fromTags = new LinkedHashSet<>();
        boolean tagDeclared = false;
        for (String tag : operation.tags()) {
            Declaration declaration = tags.get(tag);
            if (declaration != null && declaration.present) {
                tagDeclared = true;
                fromTags.addAll(declaration.goals);
            }
        }
        return tagDeclared ? fromTags : inherited;
    }

    /**
     * What one object declares: nothing (absent), or a set of known goals (possibly empty: {@code []}). A
     * declaration whose values all name no goal is absent: it is reported, and the object inherits.
     */
    private record Declaration(boolean present, Set<String> goals) {
        static final Declaration NONE = new Declaration(false, Set.of());
    }

    /** Reads declarations and collects unknown values, each reported once where written. */
    private final class Reader {
        private final List<Goals.UnknownGoal> unknown = new ArrayList<>();
        private final Set<Object> reported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean sawAny;

        Declaration read(SpecNode owner) {
            SpecNode node = owner.get(EXTENSION);
            if (node == null) {
                return Declaration.NONE;
            }
            sawAny = true;
            // Once per object where it is written (an operation shared through $ref is read once per use); not
            // per value, since equal scalars may share one parsed node.
            boolean firstTime = reported.add(((TreeNode) owner).value());
            Set<String> goals = new LinkedHashSet<>();
            if (node.isText()) {
                accept(node, goals, firstTime);
                return goals.isEmpty() ? Declaration.NONE : new Declaration(true, goals);
            } else if (node.isArray()) {
                for (SpecNode element : node.elements()) {
                    if (element.isText()) {
                        accept(element, goals, firstTime);
                    } else if (firstTime) {
                        unknown.add(new Goals.UnknownGoal(element, "`" + EXTENSION + "` lists "
                                + element.written() + ", which is not a goal name; write goal names as strings: "
                                + String.join(", ", GoalCatalog.BUILT_IN)));
                    }
                }
                if (goals.isEmpty() && !node.elements().isEmpty()) {
                    return Declaration.NONE;
                }
            } else {
                if (firstTime) {
                    unknown.add(new Goals.UnknownGoal(node, "`" + EXTENSION + "` must be a goal name or a list "
                            + "of goal names (" + String.join(", ", GoalCatalog.BUILT_IN) + "), not "
                            + node.written()));
                }
                return Declaration.NONE;
            }
            return new Declaration(true, goals);
        }

        private void accept(SpecNode value, Set<String> goals, boolean report) {
            String canonical = catalog.canonical(value.text());
            if (canonical != null) {
                goals.add(canonical);
            } else if (report) {
                unknown.add(new Goals.UnknownGoal(value, "`" + value.text() + "` is not a business goal"
                        + DidYouMean.hint(value.text(), catalog.acceptedNames()) + "; known goals: "
                        + String.join(", ", catalog.goals())));
            }
        }
    }
}
