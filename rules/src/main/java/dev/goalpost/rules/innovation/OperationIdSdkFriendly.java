package dev.goalpost.rules.innovation;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.regex.Pattern;

/** Generated SDKs get clean method names, so building on the API starts with code that reads well. */
@RuleInfo(id = "innovation/operation-id-sdk-friendly", severity = Severity.WARNING,
        summary = "operationId is present and made of letters, digits and underscores, starting with a letter.")
public final class OperationIdSdkFriendly implements OperationRule {

    private static final Pattern FRIENDLY = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");

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

    /** The words of {@code text} (its runs of ASCII letters and digits) in camel case, starting with a letter. */
    private static String camelCase(String text) {
        StringBuilder name = new StringBuilder();
        // A loop rather than a regex split: MS Graph's 11,000 operations each get a suggestion.
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isAsciiLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                char first = text.charAt(start);
                name.append(name.length() == 0 ? Character.toLowerCase(first) : Character.toUpperCase(first))
                        .append(text, start + 1, i);
                start = -1;
            }
        }
        if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
            name.insert(0, "call");
        }
        return name.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
