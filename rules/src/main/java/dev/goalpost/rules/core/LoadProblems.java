package dev.goalpost.rules.core;

import dev.goalpost.engine.RuleContext;
import dev.goalpost.load.LoadProblem;
import dev.goalpost.load.Workspace;

/** Reports the load problems of one kind; the three loading rules differ only in the kind they own. */
final class LoadProblems {

    private LoadProblems() {}

    static void report(Workspace workspace, LoadProblem.Kind kind, RuleContext context) {
        for (LoadProblem problem : workspace.problems()) {
            if (problem.kind() == kind) {
                context.report(problem.file(), problem.position(), problem.pointer(), problem.message());
            }
        }
    }
}
