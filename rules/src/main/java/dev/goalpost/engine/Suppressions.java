package dev.goalpost.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.load.JsonPointers;
import dev.goalpost.load.Position;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.TreeNode;
import dev.goalpost.text.DidYouMean;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies the inline suppressions of one spec ({@code x-goalpost-ignore} on any object) to its findings.
 *
 * <p>An entry silences a finding of a rule it names ({@code reach/list-paginated}, or every rule of a goal with
 * {@code reach/*}) when the object that carries it is, in the same file, the node the finding is reported at or
 * one of its ancestors (pointer prefix on a token boundary), or is one of the finding's subjects or an ancestor
 * of one: the document, path item, operation, parameter, response, media type or schema the rule was checking
 * when it reported, as declared or as resolved through {@code $ref}. So an entry on an operation covers what an
 * operation rule reports for it in a referenced file, and an entry at the top of the root document covers the
 * whole spec. A finding reported several times (a shared component checked for several operations) is silenced
 * only when every report of it is covered.
 *
 * <p>Entries need a reason; one that is malformed, names no rule or goal, or has a bad date silences nothing and
 * is reported as {@code core/suppression-invalid}. After its {@code until} date an entry silences nothing and the
 * finding it would have silenced says so. A valid entry that silences nothing is {@code core/suppression-unused}.
 * Suppression findings themselves cannot be suppressed.
 */
final class Suppressions {

    static final String INVALID = "core/suppression-invalid";
    static final String UNUSED = "core/suppression-unused";
    static final String KEY = SourceFile.SUPPRESSION_KEY;
    static final List<String> ENTRY_KEYS = List.of("reason", "until");
    /** The furthest an {@code until} date may lie ahead of today. */
    static final int MAX_YEARS_AHEAD = 5;

    /** One entry of an {@code x-goalpost-ignore} map. */
    private static final class Entry {
        final String file;
        final String ownerPointer;
        final String key;
        final TreeNode node;
        Predicate<String> matches;
        String reason;
        LocalDate until;
        boolean valid = true;
        boolean used;

        Entry(String file, String ownerPointer, String key, TreeNode node) {
            this.file = file;
            this.ownerPointer = ownerPointer;
            this.key = key;
            this.node = node;
        }

        boolean covers(String inFile, String pointer, String rule) {
            return valid && file.equals(inFile) && under(pointer, ownerPointer) && matches.test(rule);
        }

        boolean expired(java.util.function.Supplier<LocalDate> today) {
            return until != null && today.get().isAfter(until);
        }

        Finding.Suppression describe() {
            Position at = node.position();
            return new Finding.Suppression(key, reason, until, file, at.line(), at.column());
        }
    }

    private final Workspace workspace;
    private final FindingCollector out;
    private final RuleRegistry registry;
    private final GoalCatalog catalog;
    /** Tells today's date, read only when an entry has an {@code until} (it loads the time-zone rules). */
    private final Clock clock;
    private LocalDate today;
    private final ActiveRule invalidRule;
    private final ActiveRule unusedRule;
    private final List<Entry> entries = new ArrayList<>();

    Suppressions(Workspace workspace, FindingCollector out, RuleRegistry registry, GoalCatalog catalog,
            Clock clock, List<ActiveRule> active) {
        this.workspace = workspace;
        this.out = out;
        this.registry = registry;
        this.catalog = catalog;
        this.clock = clock;
        this.invalidRule = find(active, INVALID);
        this.unusedRule = find(active, UNUSED);
    }

    private LocalDate today() {
        if (today == null) {
            today = LocalDate.now(clock);
        }
        return today;
    }

    private static ActiveRule find(List<ActiveRule> active, String id) {
        return active.stream().filter(rule -> rule.id().equals(id)).findFirst().orElse(null);
    }

    /** Whether any file of the workspace carries a suppression. */
    static boolean present(Workspace workspace) {
        return workspace.files().stream().anyMatch(file -> !file.suppressionSites().isEmpty());
    }

    /**
     * Whether an {@code x-goalpost-ignore} entry on one of {@code subjects}, or on an ancestor of one other than the
     * root document, names the rule (its id, or its goal's {@code <goal>/*}), whatever its reason or date. The engine
     * checks such an operation on its own even while it sums the others up in one finding
     * ({@link MissingVocabulary}), so the entry keeps silencing what it was written for and is never left unused.
     */
    static boolean namedApartFromRoot(Workspace workspace, List<TreeNode> subjects, String rule, GoalCatalog catalog) {
        for (TreeNode subject : subjects) {
            SourceFile file = subject.file();
            for (String site : file.suppressionSites()) {
                if ((site.isEmpty() && file == workspace.root()) || !under(subject.pointer(), site)) {
                    continue;
                }
                List<String> tokens = JsonPointers.split(site);
                TreeNode owner = tokens == null ? null : TreeNode.at(workspace, file, tokens);
                TreeNode map = owner == null ? null : owner.get(KEY);
                if (map != null && map.isObject() && map.keys().stream().anyMatch(key -> names(key, rule, catalog))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(String key, String rule, GoalCatalog catalog) {
        if (!key.endsWith("/*")) {
            return key.equals(rule);
        }
        String goal = key.substring(0, key.length() - 2);
        if (goal.equals(RuleDescriptor.CORE)) {
            return rule.startsWith(RuleDescriptor.CORE + "/");
        }
        String canonical = catalog.canonical(goal);
        return canonical != null && catalog.includes(canonical, rule);
    }

    /** The suppression rules that are on: they run on every spec, and find nothing where there are no entries. */
    Set<String> ranWithoutEntries() {
        Set<String> ran = new LinkedHashSet<>();
        if (invalidRule != null) {
            ran.add(INVALID);
        }
        if (unusedRule != null) {
            ran.add(UNUSED);
        }
        return ran;
    }

    /** Reads the entries, marks what they silence, and reports invalid and unused entries; returns the rules that ran. */
    Set<String> apply() {
        for (SourceFile file : workspace.files()) {
            for (String site : file.suppressionSites()) {
                read(file, site);
            }
        }
        Map<Finding, Finding> changed = new IdentityHashMap<>();
        for (Finding finding : out.findings()) {
            Finding decided = decide(finding);
            if (decided != finding) {
                changed.put(finding, decided);
            }
        }
        out.replaceAll(finding -> changed.getOrDefault(finding, finding));
        for (Entry entry : entries) {
            if (entry.valid && !entry.used) {
                report(unusedRule, entry.node.position(), entry.node, "`" + KEY + "` silences " + target(entry)
                        + " here, but no such finding is reported at or under this object"
                        + (entry.expired(this::today) ? " (and the entry expired on " + entry.until + ")" : "")
                        + "; remove the entry");
            }
        }
        return ranWithoutEntries();
    }

    private static String target(Entry entry) {
        return entry.key.endsWith("/*") ? "the rules of " + entry.key.substring(0, entry.key.length() - 2)
                : entry.key;
    }

    // ---- reading entries --------------------------------------------------------------------------------

    private void read(SourceFile file, String ownerPointer) {
        List<String> tokens = JsonPointers.split(ownerPointer);
        TreeNode owner = tokens == null ? null : TreeNode.at(workspace, file, tokens);
        TreeNode map = owner == null ? null : owner.get(KEY);
        if (map == null) {
            return;
        }
        String fileName = out.relative(file.displayName());
        if (!map.isObject() || map.value().isEmpty()) {
            invalid(map.valuePosition(), map, "`" + KEY + "` must map rule ids (or <goal>/*) to the reason for "
                    + "silencing them, such as `reach/list-paginated: the partner API returns one page by contract`");
            return;
        }
        map.members().forEach((key, value) -> {
            Entry entry = new Entry(fileName, owner.pointer(), key, value);
            entries.add(entry);
            entry.matches = matcher(entry);
            if (entry.matches != null) {
                readReason(entry, value);
            }
            entry.valid = entry.valid && entry.matches != null;
        });
    }

    /** What rules an entry's key names; null after reporting that it names none. */
    private Predicate<String> matcher(Entry entry) {
        String key = entry.key;
        if (key.endsWith("/*")) {
            String goal = key.substring(0, key.length() - 2);
            if (goal.equals(RuleDescriptor.CORE)) {
                return id -> id.startsWith(RuleDescriptor.CORE + "/");
            }
            String canonical = catalog.canonical(goal);
            if (canonical != null) {
                return id -> catalog.includes(canonical, id);
            }
            List<String> patterns = new ArrayList<>();
            catalog.acceptedNames().forEach(name -> patterns.add(name + "/*"));
            patterns.add("core/*");
            invalid(entry.node.position(), entry.node, "`" + key + "` names no goal" + DidYouMean.hint(key, patterns)
                    + "; write a rule id or <goal>/* with one of " + String.join(", ", catalog.goals()) + ", core");
            return null;
        }
        if (registry.get(key) != null) {
            return key::equals;
        }
        invalid(entry.node.position(), entry.node, "`" + key + "` is not a rule" + DidYouMean.hint(key, registry.ids())
                + "; write a rule id (`goalpost rules` lists them) or <goal>/*");
        return null;
    }

    private void readReason(Entry entry, TreeNode value) {
        JsonNode raw = value.value();
        if (raw.isTextual()) {
            entry.reason = raw.textValue().strip();
        } else if (raw.isObject()) {
            for (Map.Entry<String, TreeNode> member : value.members().entrySet()) {
                if (!ENTRY_KEYS.contains(member.getKey())) {
                    invalid(member.getValue().position(), member.getValue(), "unknown key `" + member.getKey()
                            + "` in the suppression of " + entry.key + DidYouMean.hint(member.getKey(), ENTRY_KEYS)
                            + "; write `reason` and, optionally, `until: YYYY-MM-DD`");
                    entry.valid = false;
                }
            }
            if (!entry.valid) {
                return; // a misspelt `reason` is one mistake, reported once
            }
            TreeNode reason = value.get("reason");
            entry.reason = reason != null && reason.isText() ? reason.text().strip() : null;
            if (reason != null && !reason.isText() && !reason.value().isNull()) {
                invalid(reason.valuePosition(), reason, "the reason for silencing " + entry.key
                        + " must be text, saying why the finding is accepted");
                entry.valid = false;
                return;
            }
            readUntil(entry, value.get("until"));
        } else if (!raw.isNull()) {
            invalid(value.valuePosition(), value, "the suppression of " + entry.key + " must be a reason, or "
                    + "{reason: …, until: YYYY-MM-DD}");
            entry.valid = false;
            return;
        }
        if (entry.reason == null || entry.reason.isEmpty()) {
            invalid(entry.node.position(), entry.node, "the suppression of " + entry.key + " gives no reason; say "
                    + "why the finding is accepted (reviewers read it), such as `" + entry.key
                    + ": the partner contract fixes this`");
            entry.valid = false;
        }
    }

    private void readUntil(Entry entry, TreeNode until) {
        if (until == null) {
            return;
        }
        String text = until.isText() ? until.text().strip() : until.value().asText();
        try {
            entry.until = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            invalid(until.valuePosition(), until, "`" + text + "` is not a date; write `until: YYYY-MM-DD`, such as "
                    + "until: " + today().plusMonths(6).withDayOfMonth(1));
            entry.valid = false;
            return;
        }
        if (entry.until.isAfter(today().plusYears(MAX_YEARS_AHEAD))) {
            // `+999999999-12-31` is a date, and a suppression that never lapses: a suppression is a promise to
            // look again.
            invalid(until.valuePosition(), until, "`" + text + "` is more than " + MAX_YEARS_AHEAD + " years ahead; "
                    + "a suppression lapses within " + MAX_YEARS_AHEAD + " years, such as until: "
                    + today().plusYears(1).withDayOfMonth(1));
            entry.until = null;
            entry.valid = false;
        }
    }

    // ---- matching ---------------------------------------------------------------------------------------

    private Finding decide(Finding finding) {
        if (finding.rule().equals(INVALID) || finding.rule().equals(UNUSED)) {
            return finding;
        }
        List<Entry> textual = covering(finding.file(), finding.pointer(), finding.rule());
        List<List<Entry>> perReport = new ArrayList<>();
        for (List<TreeNode> subjects : out.occurrences(finding)) {
            List<Entry> covering = new ArrayList<>();
            // innermost subject first, so the nearest entry is the one a finding names
            for (int i = subjects.size() - 1; i >= 0; i--) {
                TreeNode subject = subjects.get(i);
                covering.addAll(covering(out.relative(subject.file().displayName()), subject.pointer(),
                        finding.rule()));
            }
            perReport.add(covering);
        }
        Entry active = first(textual, true);
        boolean everyReport = !perReport.isEmpty();
        for (List<Entry> covering : perReport) {
            everyReport &= first(covering, true) != null;
        }
        if (active == null && everyReport) {
            active = first(perReport.get(0), true);
        }
        markUsed(textual, perReport);
        if (active != null) {
            return finding.withSuppression(active.describe());
        }
        Entry expired = first(textual, false);
        for (List<Entry> covering : perReport) {
            expired = expired != null ? expired : first(covering, false);
        }
        if (expired != null) {
            Position at = expired.node.position();
            return finding.withMessage(finding.message() + " (its `" + KEY + "` at " + expired.file + ":" + at
                    + ", \"" + expired.reason + "\", expired on " + expired.until + "; fix the finding or renew the "
                    + "suppression with a later `until`)");
        }
        return finding;
    }

    /** Entries covering a place for a rule, nearest (deepest owner) first. */
    private List<Entry> covering(String file, String pointer, String rule) {
        List<Entry> covering = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.covers(file, pointer, rule)) {
                covering.add(entry);
            }
        }
        covering.sort((a, b) -> Integer.compare(b.ownerPointer.length(), a.ownerPointer.length()));
        return covering;
    }

    /** The first entry that is in force ({@code inForce}), or the first that has expired. */
    private Entry first(List<Entry> entries, boolean inForce) {
        for (Entry entry : entries) {
            boolean expired = entry.expired(this::today);
            if (inForce ? !expired : expired) {
                return entry;
            }
        }
        return null;
    }

    /** Every entry that covered a report of a finding matched something, so it is not unused. */
    private static void markUsed(List<Entry> textual, List<List<Entry>> perReport) {
        textual.forEach(entry -> entry.used = true);
        perReport.forEach(list -> list.forEach(entry -> entry.used = true));
    }

    /** Whether {@code pointer} is {@code owner} or under it, on a token boundary. */
    static boolean under(String pointer, String owner) {
        return owner.isEmpty() || pointer.equals(owner)
                || pointer.startsWith(owner) && pointer.charAt(owner.length()) == '/';
    }

    // ---- reporting --------------------------------------------------------------------------------------

    private void invalid(Position position, TreeNode at, String message) {
        report(invalidRule, position, at, message);
    }

    private void report(ActiveRule rule, Position position, TreeNode at, String message) {
        if (rule != null) {
            out.add(rule.descriptor(), rule.severity(), at.file().displayName(), position, at.pointer(), message);
        }
    }
}
