package dev.goalpost.rules.reach;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A paginated list tells the client where the next page is, so no client has to guess or compute it. */
@RuleInfo(id = "reach/next-page-link", severity = Severity.WARNING,
        summary = "A paginated list's 200 response says where the next page is: a next-page field or a Link header.")
public final class NextPageLink implements OperationRule {

    /** Words that make a name with {@code next} in it a next-page field (normalized, see ListOperation#words). */
    private static final List<String> PAGE_WORDS = List.of("page", "cursor", "token", "marker", "link", "url", "href",
            "uri", "position", "offset", "start", "key", "iterator", "index");
    /** Booleans that say there is more, read alone. */
    private static final Set<String> HAS_MORE = Set.of("hasmore", "hasnext", "hasnextpage", "hasmoreitems",
            "hasmoreresults", "hasmorepages", "moreitemsincollection", "morepages", "moreresults", "moreavailable");
    /** Booleans that say there is more (or no more) when a position field sits beside them. */
    private static final Set<String> MORE_FLAGS = Set.of("more", "done", "truncated", "istruncated", "islast",
            "complete");
    /** Fields that say where the next page starts when a {@link #MORE_FLAGS} boolean sits beside them. */
    private static final Set<String> POSITIONS = Set.of("offset", "start", "cursor", "iterator", "marker",
            "position", "streamposition", "endcursor", "skip", "after");
    private static final Set<String> PAGE_NUMBERS = Set.of("page", "currentpage", "pagenumber", "pageindex",
            "pagenum", "pageno", "curpage");
    private static final Set<String> PAGE_COUNTS = Set.of("pagecount", "pages", "totalpages", "pagestotal",
            "lastpage", "numpages", "pagetotal", "numberofpages", "totalpagecount", "pagescount", "maxpage",
            "totalpage");
    /**
     * How deep under the body next-page fields are looked for: an envelope and two objects inside it, as deep as
     * real APIs write it (MotaWord's {@code meta.paging.links.next}).
     */
    private static final int ENVELOPE_DEPTH = 3;

    @RuleOption(description = "Query parameter names that set the page size (a list taking one is paginated). "
            + "Prefer `pagination.pageSizeNames` in goalpost.yaml, which sets it for every pagination rule.")
    List<String> pageSizeNames = ListOperation.PAGE_SIZE_NAMES;

    @RuleOption(description = "Parameter names that say where a page starts (a list taking one is paginated). "
            + "Prefer `pagination.positionNames` in goalpost.yaml, which sets it for every pagination rule.")
    List<String> positionNames = ListOperation.POSITION_NAMES;

    @Override
    public boolean appliesTo(Operation operation) {
        return ListOperation.is(operation) && ListOperation.paginated(operation, pageSizeNames, positionNames);
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        Response ok = operation.response("200");
        if (ok.hasHeader("Link") || saysWhereNextIs(ListOperation.body(operation))) {
            return;
        }
        for (MediaType type : ok.mediaTypes()) {
            if (type.isJson() && type.schema() != null && saysWhereNextIs(type.schema())) {
                return; // another representation (JSON-LD with hydra:view) carries it
            }
        }
        context.report(ok.node(), "this list response does not say where the next page is; add a `next_cursor` "
                + "(or `next`, `has_more`, `links.next`) property or a `Link` header, so clients can page through "
                + "without computing positions");
    }

    /**
     * Whether the body, an envelope in it, or an object one or two levels inside that envelope
     * ({@code links.pages.next}, {@code meta.paging.links.next}) declares a next-page field, looking through
     * {@code allOf}, {@code anyOf} and {@code oneOf}. Arrays are not entered: a field of the items says nothing
     * about the page. The depth bounds the cost.
     */
    static boolean saysWhereNextIs(Schema body) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> level = List.of(body);
        for (int depth = 0; depth <= ENVELOPE_DEPTH && !level.isEmpty(); depth++) {
            List<Schema> deeper = new ArrayList<>();
            for (Schema schema : level) {
                for (Schema variant : schema.variants()) {
                    if (!seen.add(variant)) {
                        continue;
                    }
                    Map<String, Schema> properties = variant.allProperties();
                    if (nextPageField(properties)) {
                        return true;
                    }
                    properties.values().stream().filter(value -> !value.isArray()).forEach(deeper::add);
                }
            }
            level = deeper;
        }
        return false;
    }

    /** Whether one object's fields say where the next page is. */
    private static boolean nextPageField(Map<String, Schema> properties) {
        boolean flag = false;
        boolean position = false;
        boolean page = false;
        boolean pageCount = false;
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            String name = ListOperation.words(property.getKey());
            if (name.contains("next") && (name.endsWith("next") || name.startsWith("has")
                    || PAGE_WORDS.stream().anyMatch(name::contains))
                    || name.equals("continue") || name.startsWith("continuation") || HAS_MORE.contains(name)
                    || (name.equals("links") || name.equals("link")) && linkRelations(property.getValue())) {
                return true;
            }
            flag |= MORE_FLAGS.contains(name);
            position |= POSITIONS.contains(name);
            page |= PAGE_NUMBERS.contains(name);
            pageCount |= PAGE_COUNTS.contains(name);
        }
        return flag && position || page && pageCount;
    }

    /** An array of link relations ({@code [{rel, href}]}): the next page is the one with {@code rel: next}. */
    private static boolean linkRelations(Schema links) {
        Schema items = links.isArray() ? links.items() : null;
        return items != null && items.allProperties().keySet().stream().anyMatch("rel"::equalsIgnoreCase);
    }
}
