package dev.goalpost.rules.innovation;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.Locale;
import java.util.regex.Pattern;

/** Generated SDKs get clean method names, so building on the API starts with code that reads well. */
@RuleInfo(id = "innovation/operation-id-sdk-friendly", severity = Severity.WARNING,
        summary = "operationId is present and made of letters, digits and underscores, starting with a letter.")
public final class OperationIdSdkFriendly implements OperationRule {

    private static final Pattern FRIENDLY = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");

    @Override
    public void check(Operation operation, RuleContext context) {
        SpecNode id = operation.get("operationId");
        if (id == null) {
            context.report(operation.node(), operation.label() + " has no `operationId`, so SDK generators invent a "
                    + "method name; add one such as `operationId: "
                    + camelCase(operation.method() + " " + operation.path()) + "`");
        } else if (!id.isText() || !FRIENDLY.matcher(id.text()).matches()) {
            String written = id.written();
            context.reportValue(id, "operationId `" + written + "` makes a poor SDK method name; use letters, digits "
                    + "and `_`, starting with a letter, such as `" + camelCase(written) + "`");
        }
    }

    private static String camelCase(String text) {
        StringBuilder name = new StringBuilder();
        for (String word : SEPARATORS.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            name.append(name.length() == 0 ? word.substring(0, 1).toLowerCase(Locale.ROOT)
                    : word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
            name.insert(0, "call");
        }
        return name.toString();
    }
}
