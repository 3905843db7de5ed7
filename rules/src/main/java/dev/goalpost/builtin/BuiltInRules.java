package dev.goalpost.builtin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.goalpost.api.Rule;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.OptionDescriptor;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleIndex;
import dev.goalpost.engine.RuleKind;
import dev.goalpost.engine.VocabularyValues;
import java.util.List;
import java.util.Set;

/**
 * The built-in rules as their annotations describe them (see {@link RuleIndex}), written out by
 * {@code BuiltInRulesTest}, which fails when this file differs from the annotations;
 * {@code mvn -pl rules test -Dtest=BuiltInRulesTest -Dgoalpost.writeDocs=true} rewrites it. Do not edit.
 */
public final class BuiltInRules implements RuleIndex {

    /** The rule's page among Goalpost's docs. */
    private static String page(String id) {
        return RuleDescriptor.DOCS_BASE + id + ".md";
    }

    @Override
    public Set<String> classNames() {
        return Set.of(
                "dev.goalpost.rules.core.BusinessGoalMissing",
                "dev.goalpost.rules.core.BusinessGoalUnknown",
                "dev.goalpost.rules.core.ComponentsUnused",
                "dev.goalpost.rules.core.OperationIdUnique",
                "dev.goalpost.rules.core.PathParameters",
                "dev.goalpost.rules.core.PathsAmbiguous",
                "dev.goalpost.rules.core.RefRefused",
                "dev.goalpost.rules.core.RefUnresolved",
                "dev.goalpost.rules.core.SchemaKeywords",
                "dev.goalpost.rules.core.SecuritySchemeDefined",
                "dev.goalpost.rules.core.ServerVariables",
                "dev.goalpost.rules.core.SpecStructure",
                "dev.goalpost.rules.core.SpecValid",
                "dev.goalpost.rules.core.SuccessResponse",
                "dev.goalpost.rules.core.SuppressionInvalid",
                "dev.goalpost.rules.core.SuppressionUnused",
                "dev.goalpost.rules.innovation.LifecycleDeclared",
                "dev.goalpost.rules.innovation.LifecycleValid",
                "dev.goalpost.rules.innovation.NoInternalHosts",
                "dev.goalpost.rules.innovation.OperationIdSdkFriendly",
                "dev.goalpost.rules.innovation.ProblemDetails",
                "dev.goalpost.rules.innovation.SandboxServer",
                "dev.goalpost.rules.innovation.SelfServiceAuth",
                "dev.goalpost.rules.integration.ComplianceDeclared",
                "dev.goalpost.rules.integration.CorrelationId",
                "dev.goalpost.rules.integration.DriverDeclared",
                "dev.goalpost.rules.integration.EventNames",
                "dev.goalpost.rules.integration.EventsDeclared",
                "dev.goalpost.rules.integration.EventsDocumented",
                "dev.goalpost.rules.integration.IdempotencyKey",
                "dev.goalpost.rules.integration.PersonalDataClassified",
                "dev.goalpost.rules.marketing.DiscriminatorMapping",
                "dev.goalpost.rules.marketing.ExamplesPresent",
                "dev.goalpost.rules.marketing.ExamplesValid",
                "dev.goalpost.rules.marketing.ExternalDocs",
                "dev.goalpost.rules.marketing.InfoComplete",
                "dev.goalpost.rules.marketing.OperationDescribed",
                "dev.goalpost.rules.marketing.TagsDescribed",
                "dev.goalpost.rules.monetization.ConsumerIdentified",
                "dev.goalpost.rules.monetization.PricingDeclared",
                "dev.goalpost.rules.monetization.PricingValid",
                "dev.goalpost.rules.monetization.RateLimitDeclared",
                "dev.goalpost.rules.monetization.RateLimitHeaders",
                "dev.goalpost.rules.monetization.TermsOfService",
                "dev.goalpost.rules.monetization.TooManyRequests",
                "dev.goalpost.rules.reach.ConditionalGet",
                "dev.goalpost.rules.reach.DeprecationSunset",
                "dev.goalpost.rules.reach.HttpsOnly",
                "dev.goalpost.rules.reach.ListPaginated",
                "dev.goalpost.rules.reach.NextPageLink",
                "dev.goalpost.rules.reach.PageSizeBounded",
                "dev.goalpost.rules.reach.VersionConsistent",
                "dev.goalpost.rules.reach.VersionDeclared");
    }

    @Override
    public List<RuleDescriptor> descriptors() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return List.of(
                new RuleDescriptor("core/business-goal-missing", "core", Severity.WARNING,
                        "The document declares the business goal it serves with x-business-goal.",
                        page("core/business-goal-missing"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.core.BusinessGoalMissing.class),
                new RuleDescriptor("core/business-goal-unknown", "core", Severity.ERROR,
                        "Every x-business-goal value names a known goal.",
                        page("core/business-goal-unknown"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.core.BusinessGoalUnknown.class),
                new RuleDescriptor("core/components-unused", "core", Severity.INFO,
                        "Every component is used by the API's paths or webhooks, directly or through other components (component libraries without paths or webhooks are skipped).",
                        page("core/components-unused"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.core.ComponentsUnused.class),
                new RuleDescriptor("core/operation-id-unique", "core", Severity.ERROR,
                        "No two operations share an operationId.",
                        page("core/operation-id-unique"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.core.OperationIdUnique.class),
                new RuleDescriptor("core/path-parameters", "core", Severity.ERROR,
                        "Every {name} in a path has a required `in: path` parameter, every path parameter is in the path, and no parameter is declared twice in one list.",
                        page("core/path-parameters"), RuleKind.PATH_ITEM, List.of(),
                        dev.goalpost.rules.core.PathParameters.class),
                new RuleDescriptor("core/paths-ambiguous", "core", Severity.ERROR,
                        "No two paths differ only in the names of their template expressions (`/pets/{id}`, `/pets/{name}`).",
                        page("core/paths-ambiguous"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.core.PathsAmbiguous.class),
                new RuleDescriptor("core/ref-refused", "core", Severity.ERROR,
                        "No $ref leaves the spec's folder or reaches a URL that is not allowed.",
                        page("core/ref-refused"), RuleKind.ENGINE, List.of(),
                        dev.goalpost.rules.core.RefRefused.class),
                new RuleDescriptor("core/ref-unresolved", "core", Severity.ERROR,
                        "Every $ref points to a file and a node that exist.",
                        page("core/ref-unresolved"), RuleKind.ENGINE, List.of(),
                        dev.goalpost.rules.core.RefUnresolved.class),
                new RuleDescriptor("core/schema-keywords", "core", Severity.WARNING,
                        "Schemas use only keywords of their OpenAPI version, and their enum, required and bounds can be met.",
                        page("core/schema-keywords"), RuleKind.SCHEMA, List.of(),
                        dev.goalpost.rules.core.SchemaKeywords.class),
                new RuleDescriptor("core/security-scheme-defined", "core", Severity.ERROR,
                        "Every security requirement names a declared security scheme, and only OAuth scopes its flows declare.",
                        page("core/security-scheme-defined"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.core.SecuritySchemeDefined.class),
                new RuleDescriptor("core/server-variables", "core", Severity.ERROR,
                        "Every {variable} in a server URL is declared in `variables`, every declared variable is used, and each `default` is one of its `enum` values.",
                        page("core/server-variables"), RuleKind.SERVER, List.of(),
                        dev.goalpost.rules.core.ServerVariables.class),
                new RuleDescriptor("core/spec-structure", "core", Severity.ERROR,
                        "The document follows the structure the OpenAPI specification of its version defines.",
                        page("core/spec-structure"), RuleKind.ENGINE, List.of(),
                        dev.goalpost.rules.core.SpecStructure.class),
                new RuleDescriptor("core/spec-valid", "core", Severity.ERROR,
                        "The spec can be read as an OpenAPI 2.0, 3.0, 3.1 or 3.2 document.",
                        page("core/spec-valid"), RuleKind.ENGINE, List.of(),
                        dev.goalpost.rules.core.SpecValid.class),
                new RuleDescriptor("core/success-response", "core", Severity.WARNING,
                        "Every operation documents a 2xx or 3xx response (a `default` response counts as one).",
                        page("core/success-response"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.core.SuccessResponse.class),
                new RuleDescriptor("core/suppression-invalid", "core", Severity.ERROR,
                        "Every x-goalpost-ignore entry names a known rule or goal and gives a reason (and a valid until date).",
                        page("core/suppression-invalid"), RuleKind.ENGINE, List.of(),
                        dev.goalpost.rules.core.SuppressionInvalid.class),
                new RuleDescriptor("core/suppression-unused", "core", Severity.INFO,
                        "Every x-goalpost-ignore entry silences at least one finding.",
                        page("core/suppression-unused"), RuleKind.ENGINE, List.of(),
                        dev.goalpost.rules.core.SuppressionUnused.class),
                new RuleDescriptor("innovation/lifecycle-declared", "innovation", Severity.WARNING,
                        "The operation, its path item or the root declares x-lifecycle.",
                        page("innovation/lifecycle-declared"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.innovation.LifecycleDeclared.class,
                        new VocabularyValues(new String[] {"x-lifecycle"}, new String[] {},
                                new String[] {}, new String[] {},
                                "no operation says how stable it is",
                                "add `x-lifecycle: stable` (or experimental, beta, deprecated) at the root, and on the paths or operations that differ")),
                new RuleDescriptor("innovation/lifecycle-valid", "innovation", Severity.ERROR,
                        "Every x-lifecycle is experimental, beta, stable or deprecated, and agrees with deprecated: true.",
                        page("innovation/lifecycle-valid"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.innovation.LifecycleValid.class),
                new RuleDescriptor("innovation/no-internal-hosts", "innovation", Severity.ERROR,
                        "No server URL points inside the backend: localhost, loopback, private addresses or internal names.",
                        page("innovation/no-internal-hosts"), RuleKind.SERVER, List.of(),
                        dev.goalpost.rules.innovation.NoInternalHosts.class),
                new RuleDescriptor("innovation/operation-id-sdk-friendly", "innovation", Severity.WARNING,
                        "operationId is present and made of letters, digits and underscores, starting with a letter.",
                        page("innovation/operation-id-sdk-friendly"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.innovation.OperationIdSdkFriendly.class),
                new RuleDescriptor("innovation/problem-details", "innovation", Severity.WARNING,
                        "Every 4xx, 5xx and default response with content offers application/problem+json (RFC 9457).",
                        page("innovation/problem-details"), RuleKind.RESPONSE, List.of(),
                        dev.goalpost.rules.innovation.ProblemDetails.class),
                new RuleDescriptor("innovation/sandbox-server", "innovation", Severity.WARNING,
                        "At least one server is a sandbox: x-environment sandbox, test or mock, or says so in its description or host name.",
                        page("innovation/sandbox-server"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.innovation.SandboxServer.class),
                new RuleDescriptor("innovation/self-service-auth", "innovation", Severity.WARNING,
                        "Some security scheme lets developers onboard themselves: an API key, an HTTP bearer token, openIdConnect, an OAuth 2 flow with a registered client, or HTTP basic carrying account keys.",
                        page("innovation/self-service-auth"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.innovation.SelfServiceAuth.class),
                new RuleDescriptor("integration/compliance-declared", "integration", Severity.ERROR,
                        "The root or info declares x-compliance: a non-empty list of known compliance regimes, or none.",
                        page("integration/compliance-declared"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.integration.ComplianceDeclared.class),
                new RuleDescriptor("integration/correlation-id", "integration", Severity.INFO,
                        "The operation accepts X-Correlation-ID, X-Request-ID or traceparent as a header parameter.",
                        page("integration/correlation-id"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.integration.CorrelationId.class,
                        new VocabularyValues(new String[] {}, new String[] {"X-Correlation-ID", "X-Request-ID", "traceparent"},
                                new String[] {}, new String[] {},
                                "no operation accepts a correlation header",
                                "declare a header parameter `X-Correlation-ID` (or `X-Request-ID`, or W3C `traceparent`) once in `components.parameters` and reference it from every path item")),
                new RuleDescriptor("integration/driver-declared", "integration", Severity.WARNING,
                        "The root or info says what drives the integration in x-integration-driver.",
                        page("integration/driver-declared"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.integration.DriverDeclared.class),
                new RuleDescriptor("integration/event-names", "integration", Severity.WARNING,
                        "Event names in x-events and x-event-catalog are lowercase dotted domain.action names.",
                        page("integration/event-names"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.integration.EventNames.class),
                new RuleDescriptor("integration/events-declared", "integration", Severity.ERROR,
                        "A POST, PUT, PATCH or DELETE names the business events it emits in x-events, or defines callbacks; a POST that only reads (its path, operationId or summary says so) is exempt.",
                        page("integration/events-declared"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.integration.EventsDeclared.class,
                        new VocabularyValues(new String[] {"x-events", "callbacks"}, new String[] {},
                                new String[] {}, new String[] {},
                                "no operation names the business events it emits",
                                "add `x-events: [<domain>.<action>]` (such as `order.created`) to each operation that changes state, or define `callbacks`")),
                new RuleDescriptor("integration/events-documented", "integration", Severity.ERROR,
                        "Every name in an x-events list is a key of root webhooks (3.1+) or of root x-event-catalog.",
                        page("integration/events-documented"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.integration.EventsDocumented.class),
                new RuleDescriptor("integration/idempotency-key", "integration", Severity.WARNING,
                        "A POST accepts an Idempotency-Key header parameter, unless it only reads (its path, operationId or summary says so).",
                        page("integration/idempotency-key"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.integration.IdempotencyKey.class,
                        new VocabularyValues(new String[] {}, new String[] {"Idempotency-Key"},
                                new String[] {}, new String[] {},
                                "no operation accepts an `Idempotency-Key` header",
                                "declare a header parameter `Idempotency-Key` (string) once in `components.parameters` and reference it from every POST, so integrations can retry a call without doing it twice")),
                new RuleDescriptor("integration/personal-data-classified", "integration", Severity.ERROR,
                        "Under GDPR, CCPA, HIPAA or PCI-DSS, properties that hold personal data carry x-data-classification.",
                        page("integration/personal-data-classified"), RuleKind.SCHEMA, List.of(
                        new OptionDescriptor("extraNames", "a list of strings",
                                json.arrayNode(),
                                "More property names that hold personal data, compared lowercased without `_` and `-`.")),
                        dev.goalpost.rules.integration.PersonalDataClassified.class),
                new RuleDescriptor("marketing/discriminator-mapping", "marketing", Severity.WARNING,
                        "A discriminator whose examples use values other than its oneOf/anyOf schema names declares a mapping.",
                        page("marketing/discriminator-mapping"), RuleKind.EXAMPLE, List.of(),
                        dev.goalpost.rules.marketing.DiscriminatorMapping.class),
                new RuleDescriptor("marketing/examples-present", "marketing", Severity.WARNING,
                        "Each request-body and 2xx response media type has an example, on the media type or its schema.",
                        page("marketing/examples-present"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.marketing.ExamplesPresent.class),
                new RuleDescriptor("marketing/examples-valid", "marketing", Severity.ERROR,
                        "Every example on a media type, parameter or schema validates against its schema.",
                        page("marketing/examples-valid"), RuleKind.EXAMPLE, List.of(
                        new OptionDescriptor("formatAssertions", "true or false",
                                json.booleanNode(false),
                                "Also check `format` (date-time, email, uuid, \u2026) in examples; off by default, as OpenAPI formats are open-ended hints.")),
                        dev.goalpost.rules.marketing.ExamplesValid.class),
                new RuleDescriptor("marketing/external-docs", "marketing", Severity.INFO,
                        "Root externalDocs.url points to a developer portal or guide.",
                        page("marketing/external-docs"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.marketing.ExternalDocs.class),
                new RuleDescriptor("marketing/info-complete", "marketing", Severity.ERROR,
                        "info.description is non-empty and info.contact has a url or an email.",
                        page("marketing/info-complete"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.marketing.InfoComplete.class),
                new RuleDescriptor("marketing/operation-described", "marketing", Severity.WARNING,
                        "The operation has a non-empty summary and a non-empty description.",
                        page("marketing/operation-described"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.marketing.OperationDescribed.class),
                new RuleDescriptor("marketing/tags-described", "marketing", Severity.WARNING,
                        "Every tag an operation uses is declared in root tags with a non-empty description.",
                        page("marketing/tags-described"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.marketing.TagsDescribed.class),
                new RuleDescriptor("monetization/consumer-identified", "monetization", Severity.ERROR,
                        "The operation's effective security is required (not empty, no {}); operations that issue or revoke credentials may be open.",
                        page("monetization/consumer-identified"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.monetization.ConsumerIdentified.class,
                        new VocabularyValues(new String[] {"security"}, new String[] {},
                                new String[] {}, new String[] {},
                                "no operation declares `security`, so no paid call can tell who pays",
                                "declare a scheme (`components.securitySchemes`, or `securityDefinitions` in Swagger 2.0) and require it for every operation at the root: `security: [{apiKey: []}]`")),
                new RuleDescriptor("monetization/pricing-declared", "monetization", Severity.ERROR,
                        "The operation has pricing: its own x-pricing, or a root x-pricing with at least one plan.",
                        page("monetization/pricing-declared"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.monetization.PricingDeclared.class,
                        new VocabularyValues(new String[] {"x-pricing"}, new String[] {},
                                new String[] {}, new String[] {},
                                "no operation declares pricing",
                                "declare the plans on offer once at the root (`x-pricing: {plans: [{id: pro, price: {amount: 49, currency: USD, period: month}}]}`), which covers every operation")),
                new RuleDescriptor("monetization/pricing-valid", "monetization", Severity.ERROR,
                        "Every x-pricing is well formed: unique plan ids, valid prices, quotas and operation plans.",
                        page("monetization/pricing-valid"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.monetization.PricingValid.class),
                new RuleDescriptor("monetization/rate-limit-declared", "monetization", Severity.ERROR,
                        "The operation has a rate limit: x-rate-limit on it or the root, or a quota on every plan covering it.",
                        page("monetization/rate-limit-declared"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.monetization.RateLimitDeclared.class,
                        new VocabularyValues(new String[] {"x-rate-limit", "x-pricing"}, new String[] {},
                                new String[] {}, new String[] {},
                                "no operation has a rate limit",
                                "declare one at the root (`x-rate-limit: {limit: 100, window: minute}`), which covers every operation, or a `quota` on each `x-pricing` plan")),
                new RuleDescriptor("monetization/rate-limit-headers", "monetization", Severity.WARNING,
                        "Every 2xx response declares RateLimit or RateLimit-Policy, or X-RateLimit-Limit and X-RateLimit-Remaining.",
                        page("monetization/rate-limit-headers"), RuleKind.RESPONSE, List.of(),
                        dev.goalpost.rules.monetization.RateLimitHeaders.class,
                        new VocabularyValues(new String[] {}, new String[] {},
                                new String[] {"RateLimit", "RateLimit-Policy", "X-RateLimit-Limit", "RateLimit-Limit", "X-Rate-Limit-Limit", "X-RateLimit-Remaining", "RateLimit-Remaining", "X-Rate-Limit-Remaining"}, new String[] {},
                                "no successful response declares rate-limit headers",
                                "declare `RateLimit` and `RateLimit-Policy` (IETF draft), or `X-RateLimit-Limit` and `X-RateLimit-Remaining`, once in `components.headers` and reference them from every 2xx response, so clients can pace their calls")),
                new RuleDescriptor("monetization/terms-of-service", "monetization", Severity.WARNING,
                        "info.termsOfService links to the terms paying clients accept.",
                        page("monetization/terms-of-service"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.monetization.TermsOfService.class),
                new RuleDescriptor("monetization/too-many-requests", "monetization", Severity.ERROR,
                        "The operation documents a 429 response that declares a Retry-After header.",
                        page("monetization/too-many-requests"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.monetization.TooManyRequests.class,
                        new VocabularyValues(new String[] {}, new String[] {},
                                new String[] {}, new String[] {"429"},
                                "no operation documents a `429` response",
                                "declare a `429` response with a `Retry-After` header once in `components.responses` and reference it from every operation, so a client over its limit knows it was throttled and when to retry")),
                new RuleDescriptor("reach/conditional-get", "reach", Severity.WARNING,
                        "A GET on a single resource declares ETag or Last-Modified on its 200 response.",
                        page("reach/conditional-get"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.reach.ConditionalGet.class),
                new RuleDescriptor("reach/deprecation-sunset", "reach", Severity.WARNING,
                        "A deprecated operation declares a Sunset response header or an x-sunset ISO 8601 date.",
                        page("reach/deprecation-sunset"), RuleKind.OPERATION, List.of(),
                        dev.goalpost.rules.reach.DeprecationSunset.class),
                new RuleDescriptor("reach/https-only", "reach", Severity.ERROR,
                        "Every absolute server URL is https; plain http only to localhost or 127.0.0.1.",
                        page("reach/https-only"), RuleKind.SERVER, List.of(),
                        dev.goalpost.rules.reach.HttpsOnly.class),
                new RuleDescriptor("reach/list-paginated", "reach", Severity.ERROR,
                        "A list operation takes a page-size query parameter and a position parameter.",
                        page("reach/list-paginated"), RuleKind.OPERATION, List.of(
                        new OptionDescriptor("pageSizeNames", "a list of strings",
                                json.arrayNode().add(json.textNode("limit")).add(json.textNode("page_size")).add(json.textNode("pageSize")).add(json.textNode("per_page")).add(json.textNode("perPage")).add(json.textNode("size")).add(json.textNode("page[size]")).add(json.textNode("page[limit]")).add(json.textNode("max_results")).add(json.textNode("maxResults")).add(json.textNode("top")).add(json.textNode("$top")).add(json.textNode("first")).add(json.textNode("max-results")).add(json.textNode("pagelen")).add(json.textNode("count")).add(json.textNode("maxCount")).add(json.textNode("max_count")).add(json.textNode("length")).add(json.textNode("_limit")).add(json.textNode("max")),
                                "Query parameter names that set the page size. Prefer `pagination.pageSizeNames` in goalpost.yaml, which sets it for every pagination rule."),
                        new OptionDescriptor("positionNames", "a list of strings",
                                json.arrayNode().add(json.textNode("cursor")).add(json.textNode("page_token")).add(json.textNode("pageToken")).add(json.textNode("after")).add(json.textNode("before")).add(json.textNode("starting_after")).add(json.textNode("ending_before")).add(json.textNode("page")).add(json.textNode("offset")).add(json.textNode("skip")).add(json.textNode("$skip")).add(json.textNode("$skiptoken")).add(json.textNode("page[after]")).add(json.textNode("page[before]")).add(json.textNode("page[cursor]")).add(json.textNode("page[number]")).add(json.textNode("page[offset]")).add(json.textNode("continuation_token")).add(json.textNode("marker")).add(json.textNode("continue")).add(json.textNode("continuationToken")).add(json.textNode("pageNumber")).add(json.textNode("page_number")).add(json.textNode("next_token")).add(json.textNode("nextToken")).add(json.textNode("next-token")).add(json.textNode("startIndex")).add(json.textNode("start_index")).add(json.textNode("stream_position")).add(json.textNode("sync_token")).add(json.textNode("syncToken")).add(json.textNode("currentPage")).add(json.textNode("current_page")).add(json.textNode("pageIndex")).add(json.textNode("page_index")).add(json.textNode("_token")),
                                "Parameter names (query or header) that say where the page starts. Prefer `pagination.positionNames` in goalpost.yaml, which sets it for every pagination rule.")),
                        dev.goalpost.rules.reach.ListPaginated.class),
                new RuleDescriptor("reach/next-page-link", "reach", Severity.WARNING,
                        "A paginated list's 200 response says where the next page is: a next-page field or a Link header.",
                        page("reach/next-page-link"), RuleKind.OPERATION, List.of(
                        new OptionDescriptor("pageSizeNames", "a list of strings",
                                json.arrayNode().add(json.textNode("limit")).add(json.textNode("page_size")).add(json.textNode("pageSize")).add(json.textNode("per_page")).add(json.textNode("perPage")).add(json.textNode("size")).add(json.textNode("page[size]")).add(json.textNode("page[limit]")).add(json.textNode("max_results")).add(json.textNode("maxResults")).add(json.textNode("top")).add(json.textNode("$top")).add(json.textNode("first")).add(json.textNode("max-results")).add(json.textNode("pagelen")).add(json.textNode("count")).add(json.textNode("maxCount")).add(json.textNode("max_count")).add(json.textNode("length")).add(json.textNode("_limit")).add(json.textNode("max")),
                                "Query parameter names that set the page size (a list taking one is paginated). Prefer `pagination.pageSizeNames` in goalpost.yaml, which sets it for every pagination rule."),
                        new OptionDescriptor("positionNames", "a list of strings",
                                json.arrayNode().add(json.textNode("cursor")).add(json.textNode("page_token")).add(json.textNode("pageToken")).add(json.textNode("after")).add(json.textNode("before")).add(json.textNode("starting_after")).add(json.textNode("ending_before")).add(json.textNode("page")).add(json.textNode("offset")).add(json.textNode("skip")).add(json.textNode("$skip")).add(json.textNode("$skiptoken")).add(json.textNode("page[after]")).add(json.textNode("page[before]")).add(json.textNode("page[cursor]")).add(json.textNode("page[number]")).add(json.textNode("page[offset]")).add(json.textNode("continuation_token")).add(json.textNode("marker")).add(json.textNode("continue")).add(json.textNode("continuationToken")).add(json.textNode("pageNumber")).add(json.textNode("page_number")).add(json.textNode("next_token")).add(json.textNode("nextToken")).add(json.textNode("next-token")).add(json.textNode("startIndex")).add(json.textNode("start_index")).add(json.textNode("stream_position")).add(json.textNode("sync_token")).add(json.textNode("syncToken")).add(json.textNode("currentPage")).add(json.textNode("current_page")).add(json.textNode("pageIndex")).add(json.textNode("page_index")).add(json.textNode("_token")),
                                "Parameter names that say where a page starts (a list taking one is paginated). Prefer `pagination.positionNames` in goalpost.yaml, which sets it for every pagination rule.")),
                        dev.goalpost.rules.reach.NextPageLink.class),
                new RuleDescriptor("reach/page-size-bounded", "reach", Severity.ERROR,
                        "The page-size parameter of a list operation is an integer with a bounded maximum and default.",
                        page("reach/page-size-bounded"), RuleKind.OPERATION, List.of(
                        new OptionDescriptor("maxPageSize", "an integer",
                                json.numberNode(1000L),
                                "The largest `maximum` a page-size parameter may allow."),
                        new OptionDescriptor("maxDefaultPageSize", "an integer",
                                json.numberNode(100L),
                                "The largest `default` a page-size parameter may have."),
                        new OptionDescriptor("pageSizeNames", "a list of strings",
                                json.arrayNode().add(json.textNode("limit")).add(json.textNode("page_size")).add(json.textNode("pageSize")).add(json.textNode("per_page")).add(json.textNode("perPage")).add(json.textNode("size")).add(json.textNode("page[size]")).add(json.textNode("page[limit]")).add(json.textNode("max_results")).add(json.textNode("maxResults")).add(json.textNode("top")).add(json.textNode("$top")).add(json.textNode("first")).add(json.textNode("max-results")).add(json.textNode("pagelen")).add(json.textNode("count")).add(json.textNode("maxCount")).add(json.textNode("max_count")).add(json.textNode("length")).add(json.textNode("_limit")).add(json.textNode("max")),
                                "Query parameter names that set the page size. Prefer `pagination.pageSizeNames` in goalpost.yaml, which sets it for every pagination rule.")),
                        dev.goalpost.rules.reach.PageSizeBounded.class),
                new RuleDescriptor("reach/version-consistent", "reach", Severity.ERROR,
                        "All versioned paths and server URLs name the same major version.",
                        page("reach/version-consistent"), RuleKind.DOCUMENT, List.of(),
                        dev.goalpost.rules.reach.VersionConsistent.class),
                new RuleDescriptor("reach/version-declared", "reach", Severity.ERROR,
                        "Clients can see the major version they call: in the server URL or paths, a parameter, or the media type.",
                        page("reach/version-declared"), RuleKind.DOCUMENT, List.of(
                        new OptionDescriptor("style", "one of any, path, header, query, media-type",
                                json.textNode("any"),
                                "Which ways of declaring the version count: any, path, header, query or media-type."),
                        new OptionDescriptor("parameterNames", "a list of strings",
                                json.arrayNode().add(json.textNode("api-version")).add(json.textNode("version")).add(json.textNode("*-Version")),
                                "Header or query parameter names that carry the version (compared in any case; `*` stands for any characters).")),
                        dev.goalpost.rules.reach.VersionDeclared.class));
    }

    @Override
    public Rule create(Class<? extends Rule> type) {
        if (type.getClassLoader() != BuiltInRules.class.getClassLoader()) {
            return null; // a class of the same name from a rule jar
        }
        return switch (type.getName()) {
            case "dev.goalpost.rules.core.BusinessGoalMissing" -> new dev.goalpost.rules.core.BusinessGoalMissing();
            case "dev.goalpost.rules.core.BusinessGoalUnknown" -> new dev.goalpost.rules.core.BusinessGoalUnknown();
            case "dev.goalpost.rules.core.ComponentsUnused" -> new dev.goalpost.rules.core.ComponentsUnused();
            case "dev.goalpost.rules.core.OperationIdUnique" -> new dev.goalpost.rules.core.OperationIdUnique();
            case "dev.goalpost.rules.core.PathParameters" -> new dev.goalpost.rules.core.PathParameters();
            case "dev.goalpost.rules.core.PathsAmbiguous" -> new dev.goalpost.rules.core.PathsAmbiguous();
            case "dev.goalpost.rules.core.RefRefused" -> new dev.goalpost.rules.core.RefRefused();
            case "dev.goalpost.rules.core.RefUnresolved" -> new dev.goalpost.rules.core.RefUnresolved();
            case "dev.goalpost.rules.core.SchemaKeywords" -> new dev.goalpost.rules.core.SchemaKeywords();
            case "dev.goalpost.rules.core.SecuritySchemeDefined" -> new dev.goalpost.rules.core.SecuritySchemeDefined();
            case "dev.goalpost.rules.core.ServerVariables" -> new dev.goalpost.rules.core.ServerVariables();
            case "dev.goalpost.rules.core.SpecStructure" -> new dev.goalpost.rules.core.SpecStructure();
            case "dev.goalpost.rules.core.SpecValid" -> new dev.goalpost.rules.core.SpecValid();
            case "dev.goalpost.rules.core.SuccessResponse" -> new dev.goalpost.rules.core.SuccessResponse();
            case "dev.goalpost.rules.core.SuppressionInvalid" -> new dev.goalpost.rules.core.SuppressionInvalid();
            case "dev.goalpost.rules.core.SuppressionUnused" -> new dev.goalpost.rules.core.SuppressionUnused();
            case "dev.goalpost.rules.innovation.LifecycleDeclared" -> new dev.goalpost.rules.innovation.LifecycleDeclared();
            case "dev.goalpost.rules.innovation.LifecycleValid" -> new dev.goalpost.rules.innovation.LifecycleValid();
            case "dev.goalpost.rules.innovation.NoInternalHosts" -> new dev.goalpost.rules.innovation.NoInternalHosts();
            case "dev.goalpost.rules.innovation.OperationIdSdkFriendly" -> new dev.goalpost.rules.innovation.OperationIdSdkFriendly();
            case "dev.goalpost.rules.innovation.ProblemDetails" -> new dev.goalpost.rules.innovation.ProblemDetails();
            case "dev.goalpost.rules.innovation.SandboxServer" -> new dev.goalpost.rules.innovation.SandboxServer();
            case "dev.goalpost.rules.innovation.SelfServiceAuth" -> new dev.goalpost.rules.innovation.SelfServiceAuth();
            case "dev.goalpost.rules.integration.ComplianceDeclared" -> new dev.goalpost.rules.integration.ComplianceDeclared();
            case "dev.goalpost.rules.integration.CorrelationId" -> new dev.goalpost.rules.integration.CorrelationId();
            case "dev.goalpost.rules.integration.DriverDeclared" -> new dev.goalpost.rules.integration.DriverDeclared();
            case "dev.goalpost.rules.integration.EventNames" -> new dev.goalpost.rules.integration.EventNames();
            case "dev.goalpost.rules.integration.EventsDeclared" -> new dev.goalpost.rules.integration.EventsDeclared();
            case "dev.goalpost.rules.integration.EventsDocumented" -> new dev.goalpost.rules.integration.EventsDocumented();
            case "dev.goalpost.rules.integration.IdempotencyKey" -> new dev.goalpost.rules.integration.IdempotencyKey();
            case "dev.goalpost.rules.integration.PersonalDataClassified" -> new dev.goalpost.rules.integration.PersonalDataClassified();
            case "dev.goalpost.rules.marketing.DiscriminatorMapping" -> new dev.goalpost.rules.marketing.DiscriminatorMapping();
            case "dev.goalpost.rules.marketing.ExamplesPresent" -> new dev.goalpost.rules.marketing.ExamplesPresent();
            case "dev.goalpost.rules.marketing.ExamplesValid" -> new dev.goalpost.rules.marketing.ExamplesValid();
            case "dev.goalpost.rules.marketing.ExternalDocs" -> new dev.goalpost.rules.marketing.ExternalDocs();
            case "dev.goalpost.rules.marketing.InfoComplete" -> new dev.goalpost.rules.marketing.InfoComplete();
            case "dev.goalpost.rules.marketing.OperationDescribed" -> new dev.goalpost.rules.marketing.OperationDescribed();
            case "dev.goalpost.rules.marketing.TagsDescribed" -> new dev.goalpost.rules.marketing.TagsDescribed();
            case "dev.goalpost.rules.monetization.ConsumerIdentified" -> new dev.goalpost.rules.monetization.ConsumerIdentified();
            case "dev.goalpost.rules.monetization.PricingDeclared" -> new dev.goalpost.rules.monetization.PricingDeclared();
            case "dev.goalpost.rules.monetization.PricingValid" -> new dev.goalpost.rules.monetization.PricingValid();
            case "dev.goalpost.rules.monetization.RateLimitDeclared" -> new dev.goalpost.rules.monetization.RateLimitDeclared();
            case "dev.goalpost.rules.monetization.RateLimitHeaders" -> new dev.goalpost.rules.monetization.RateLimitHeaders();
            case "dev.goalpost.rules.monetization.TermsOfService" -> new dev.goalpost.rules.monetization.TermsOfService();
            case "dev.goalpost.rules.monetization.TooManyRequests" -> new dev.goalpost.rules.monetization.TooManyRequests();
            case "dev.goalpost.rules.reach.ConditionalGet" -> new dev.goalpost.rules.reach.ConditionalGet();
            case "dev.goalpost.rules.reach.DeprecationSunset" -> new dev.goalpost.rules.reach.DeprecationSunset();
            case "dev.goalpost.rules.reach.HttpsOnly" -> new dev.goalpost.rules.reach.HttpsOnly();
            case "dev.goalpost.rules.reach.ListPaginated" -> new dev.goalpost.rules.reach.ListPaginated();
            case "dev.goalpost.rules.reach.NextPageLink" -> new dev.goalpost.rules.reach.NextPageLink();
            case "dev.goalpost.rules.reach.PageSizeBounded" -> new dev.goalpost.rules.reach.PageSizeBounded();
            case "dev.goalpost.rules.reach.VersionConsistent" -> new dev.goalpost.rules.reach.VersionConsistent();
            case "dev.goalpost.rules.reach.VersionDeclared" -> new dev.goalpost.rules.reach.VersionDeclared();
            default -> null;
        };
    }
}
