package dev.goalpost.rules.integration;

import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.SchemaRule;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Schema;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.text.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Under a privacy or card-data regime, every property that holds personal data says how it is classified, so each
 * system it flows into can protect it.
 */
@RuleInfo(id = "integration/personal-data-classified", severity = Severity.ERROR,
        summary = "Under GDPR, CCPA, HIPAA or PCI-DSS, properties that hold personal data carry x-data-classification.")
public final class PersonalDataClassified implements SchemaRule {

    static final String EXTENSION = "x-data-classification";
    static final List<String> CLASSIFICATIONS = List.of("pii", "phi", "pci", "confidential", "internal", "public");

    private static final Set<String> PERSONAL_DATA_REGIMES = Set.of("GDPR", "CCPA", "HIPAA", "PCI-DSS");
    private static final Set<String> NAMES = Set.of("email", "emailaddress", "phone", "phonenumber", "mobile", "ssn",
            "socialsecuritynumber", "taxid", "dateofbirth", "dob", "birthdate", "address", "streetaddress",
            "postalcode", "zipcode", "iban", "cardnumber", "pan", "cvv", "passportnumber", "firstname", "lastname",
            "ipaddress", "diagnosis", "medicalrecordnumber", "login", "username");
    private static final Set<String> CARD_DATA = Set.of("iban", "cardnumber", "pan", "cvv");
    private static final Set<String> HEALTH_DATA = Set.of("diagnosis", "medicalrecordnumber");
    /** Names of a postal address, which a URL (a webhook's address, a server's address) is not. */
    private static final Set<String> POSTAL_ADDRESS = Set.of("address", "streetaddress");
    private static final Pattern DESCRIBED_AS_URL = Pattern.compile("\\b(url|uri)s?\\b");
    private static final Set<String> URL_FORMATS = Set.of("uri", "url", "uri-reference", "iri", "iri-reference");
    /**
     * Nouns for a person: a schema written under such a name ({@code User}, {@code CustomerDTO}, the {@code items} of
     * {@code members}) describes a person, whose {@code name} is then personal data (a product's or a tag's is not).
     */
    private static final Set<String> PERSON_NOUNS = Set.of("user", "person", "people", "customer", "contact",
            "member", "owner", "author", "employee", "patient", "applicant", "recipient", "sender", "individual",
            "accountholder", "policyholder", "cardholder", "beneficiary", "guest", "passenger", "student", "signer",
            "creator", "assignee", "reporter", "subscriber", "buyer", "shopper", "consumer", "committer",
            "collaborator", "attendee", "candidate", "payer", "payee", "requester", "reviewer", "teammate", "traveler",
            "traveller", "poster", "follower", "commenter", "approver", "participant", "respondent", "learner");
    /** Words a schema's name often ends with that say nothing of what it describes: {@code UserDTO}. */
    private static final Set<String> NAME_SUFFIXES = Set.of("model", "dto", "response", "request", "body", "input",
            "output", "item", "summary", "details", "detail", "info", "data", "schema", "object", "resource", "entity",
            "record", "view", "base", "full", "simple", "public", "private", "minimal", "create", "update", "patch",
            "read", "write", "v1", "v2", "v3");
    /** Other properties that say a schema's {@code name} is a person's when they stand beside it. */
    private static final Set<String> PERSON_SIBLINGS = Set.of("firstname", "lastname", "dateofbirth", "dob",
            "birthdate", "ssn", "socialsecuritynumber", "passportnumber", "username", "login", "gender");
    /** Names whose values are personal only where the schema describes a person: a repository has a full name too. */
    private static final Set<String> PERSON_ONLY = Set.of("name", "fullname");
    /** Account names that belong to a connection (a proxy, a database, a webhook's server), not to a person. */
    private static final Set<String> ACCOUNT_NAMES = Set.of("username", "login");
    private static final Set<String> CONNECTION_SIBLINGS = Set.of("host", "hostname", "port", "server", "endpoint",
            "proxy", "url", "uri", "baseurl", "serverurl", "proxyurl", "jdbcurl", "clusterjdbcurl", "connectionstring",
            "database");
    private static final Set<String> EMAILS = Set.of("email", "emailaddress");
    private static final Set<String> SECRETS = Set.of("password", "secret", "passwordsecretidentifier", "apikey",
            "privatekey");
    private static final Pattern WORD = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+");

    @RuleOption(description = "More property names that hold personal data, compared lowercased without `_` and `-`.")
    List<String> extraNames = List.of();

    @Override
    public void check(Schema schema, RuleContext context) {
        // Without a privacy or card-data regime nothing is reported, so the document's regimes are read first (a few
        // lookups) rather than every property's name normalized for nothing, on every schema.
        Set<String> declared = ComplianceRegimes.declaredBy(context.document());
        if (declared.isEmpty()) {
            return;
        }
        List<String> regimes = new ArrayList<>(declared);
        regimes.retainAll(PERSONAL_DATA_REGIMES);
        if (regimes.isEmpty()) {
            return;
        }
        for (Map.Entry<String, ? extends SpecNode> property : schema.propertyDeclarations().entrySet()) {
            String name = normalized(property.getKey());
            boolean extra = extraNames.stream().anyMatch(e -> normalized(e).equals(name));
            if (!extra && !(NAMES.contains(name) || PERSON_ONLY.contains(name))) {
                continue;
            }
            if (!extra && (PERSON_ONLY.contains(name) && !describesPerson(schema)
                            && !(name.equals("fullname") && hasSibling(schema, EMAILS))
                    || (ACCOUNT_NAMES.contains(name) || PERSON_ONLY.contains(name)) && belongsToConnection(schema)
                    || POSTAL_ADDRESS.contains(name) && describedAsUrl(property.getValue())
                    || hasFixedValues(property.getValue()))) {
                continue;
            }
            SpecNode classification = classificationOf(property.getValue());
            if (classification == null) {
                context.report(property.getValue(), "property `" + property.getKey() + "` holds personal data under "
                        + String.join(", ", regimes) + " but carries no `" + EXTENSION + "`; add `" + EXTENSION + ": "
                        + suggestion(name) + "` (one of " + String.join(", ", CLASSIFICATIONS) + ")");
            } else if (!classification.isText() || !CLASSIFICATIONS.contains(classification.text())) {
                String written = classification.written();
                context.reportValue(classification, "`" + written + "` is not a data classification Goalpost knows"
                        + DidYouMean.hint(written, CLASSIFICATIONS) + "; use one of " + String.join(", ", CLASSIFICATIONS));
            }
        }
    }

    /**
     * Whether a schema's {@code name} is a person's: the last word of the name the schema is written under (after
     * {@code DTO}, {@code Response} and the like) is a noun for a person ({@code User}, {@code owner}, the
     * {@code items} of {@code members}), or the schema holds a username, a first or last name or a date of birth
     * beside it (not an email address: a company has one too).
     */
    private static boolean describesPerson(Schema schema) {
        return namesPerson(schema) || hasPersonSibling(schema, true);
    }

    private static boolean namesPerson(Schema schema) {
        SpecNode at = schema.node();
        String key = at.key();
        if ("items".equals(key) && at.parent() != null) {
            key = at.parent().key();
        }
        return key != null && PERSON_NOUNS.contains(lastWord(key));
    }

    /** Whether the schema holds a first or last name, a date of birth… (and, with {@code accounts}, a username). */
    private static boolean hasPersonSibling(Schema schema, boolean accounts) {
        for (String other : schema.propertyDeclarations().keySet()) {
            String normalized = normalized(other);
            if (PERSON_SIBLINGS.contains(normalized) && (accounts || !ACCOUNT_NAMES.contains(normalized))) {
                return true;
            }
        }
        return false;
    }

    /** The last word of a name that says what it is, lower case and singular: {@code user} for {@code UsersDTO}. */
    private static String lastWord(String name) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher matcher = WORD.matcher(name);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        while (words.size() > 1 && NAME_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return "";
        }
        String last = words.get(words.size() - 1);
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")
                ? last.substring(0, last.length() - 1) : last;
    }

    /**
     * A schema that holds an account name for a system, not a person: beside a host, URL or port (a connection), or
     * beside a password where nothing else says the schema describes a person (a database's credentials).
     */
    private static boolean belongsToConnection(Schema schema) {
        if (namesPerson(schema)) {
            return false;
        }
        boolean secret = false;
        for (String other : schema.propertyDeclarations().keySet()) {
            String normalized = normalized(other);
            if (CONNECTION_SIBLINGS.contains(normalized)) {
                return true;
            }
            secret |= SECRETS.contains(normalized);
        }
        return secret && !hasPersonSibling(schema, false) && !hasSibling(schema, EMAILS);
    }

    private static boolean hasSibling(Schema schema, Set<String> names) {
        for (String other : schema.propertyDeclarations().keySet()) {
            if (names.contains(normalized(other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A property with an {@code enum} or {@code const}, or a boolean: a fixed set of values (an access scope's
     * {@code email: true}) is no one's personal data.
     */
    private static boolean hasFixedValues(SpecNode property) {
        SpecNode resolved = property.resolveOrSelf();
        if (resolved == null) {
            return false;
        }
        SpecNode type = resolved.get("type");
        return resolved.get("enum") != null || resolved.get("const") != null
                || type != null && type.isText() && "boolean".equals(type.text());
    }

    /** A property whose format or description says it holds a URL. */
    private static boolean describedAsUrl(SpecNode property) {
        SpecNode resolved = property.resolveOrSelf();
        String format = resolved.text("format");
        String description = resolved.text("description");
        return format != null && URL_FORMATS.contains(format.toLowerCase(Locale.ROOT))
                || description != null && DESCRIBED_AS_URL.matcher(description.toLowerCase(Locale.ROOT)).find();
    }

    /** On the property itself, else on the schema it references. */
    private static SpecNode classificationOf(SpecNode property) {
        SpecNode own = property.get(EXTENSION);
        if (own != null) {
            return own;
        }
        SpecNode resolved = property.resolve();
        return resolved == null ? null : resolved.get(EXTENSION);
    }

    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static String suggestion(String name) {
        return CARD_DATA.contains(name) ? "pci" : HEALTH_DATA.contains(name) ? "phi" : "pii";
    }
}
