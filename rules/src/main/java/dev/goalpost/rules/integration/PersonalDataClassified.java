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
            "fullname", "ipaddress", "diagnosis", "medicalrecordnumber", "login", "username");
    private static final Set<String> CARD_DATA = Set.of("iban", "cardnumber", "pan", "cvv");
    private static final Set<String> HEALTH_DATA = Set.of("diagnosis", "medicalrecordnumber");
    /** Names of a postal address, which a URL (a webhook's address, a server's address) is not. */
    private static final Set<String> POSTAL_ADDRESS = Set.of("address", "streetaddress");
    private static final Pattern DESCRIBED_AS_URL = Pattern.compile("\\b(url|uri)s?\\b");
    private static final Set<String> URL_FORMATS = Set.of("uri", "url", "uri-reference", "iri", "iri-reference");
    /**
     * Words in the name a schema is written under that say it describes a person, whose {@code name} is then
     * personal data (a product's or a tag's is not).
     */
    private static final Pattern PERSON = Pattern.compile("user|person|people|customer|contact|member|owner|author"
            + "|employee|patient|profile|applicant|recipient|sender|individual|accountholder|policyholder|beneficiary"
            + "|guest|passenger|student|staff|signer|creator|assignee|reporter|subscriber|buyer|seller|shopper|consumer|committer"
            + "|collaborator|attendee|candidate|payer|payee|cardholder|requester|reviewer|teammate");

    @RuleOption(description = "More property names that hold personal data, compared lowercased without `_` and `-`.")
    List<String> extraNames = List.of();

    @Override
    public void check(Schema schema, RuleContext context) {
        List<String> regimes = null;
        for (Map.Entry<String, ? extends SpecNode> property : schema.propertyDeclarations().entrySet()) {
            String name = normalized(property.getKey());
            boolean personName = name.equals("name") && describesPerson(schema);
            if (!personName && !NAMES.contains(name)
                    && extraNames.stream().noneMatch(extra -> normalized(extra).equals(name))) {
                continue;
            }
            if (POSTAL_ADDRESS.contains(name) && describedAsUrl(property.getValue())) {
                continue;
            }
            // The document's regimes are read only once a schema holds personal data, which few schemas do.
            if (regimes == null) {
                regimes = new ArrayList<>(ComplianceRegimes.declaredBy(context.document()));
                regimes.retainAll(PERSONAL_DATA_REGIMES);
            }
            if (regimes.isEmpty()) {
                return;
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
     * Whether a schema's {@code name} is a person's: the schema is written under a name that says so ({@code User},
     * {@code owner}, the {@code items} of {@code members}), or it holds other personal data beside the name.
     */
    private boolean describesPerson(Schema schema) {
        SpecNode at = schema.node();
        String key = at.key();
        if ("items".equals(key) && at.parent() != null) {
            key = at.parent().key();
        }
        if (key != null && PERSON.matcher(key.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        for (String other : schema.propertyDeclarations().keySet()) {
            String normalized = normalized(other);
            if (NAMES.contains(normalized)
                    || extraNames.stream().anyMatch(extra -> normalized(extra).equals(normalized))) {
                return true;
            }
        }
        return false;
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
