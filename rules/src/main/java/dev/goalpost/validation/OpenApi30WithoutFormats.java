package dev.goalpost.validation;

import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.List;

/**
 * The validator's OpenAPI 3.0 dialect without its format checkers, for validating examples while formats are not
 * asserted (the default of {@code marketing/examples-valid}): the library's own dialect creates every format checker
 * when it is first used (date-time and time parsers, e-mail and domain tables), which was a sixth of a small spec's
 * lint. Without assertions a format is only an annotation, so the verdicts are the same.
 * {@code OpenApi30WithoutFormatsTest} holds the keywords equal to the library's dialect.
 */
final class OpenApi30WithoutFormats {

    private static final String ID = "https://spec.openapis.org/oas/3.0/dialect";

    private OpenApi30WithoutFormats() {}

    static Dialect dialect() {
        return Holder.DIALECT;
    }

    /** Made on first use, once per process, as the library's own dialects are. */
    private static final class Holder {
        static final Dialect DIALECT = Dialect.builder(ID).specificationVersion(SpecificationVersion.DRAFT_4)
                .idKeyword("id")
                .keywords(List.of(new AnnotationKeyword("title"), KeywordType.PATTERN, KeywordType.REQUIRED,
                        KeywordType.ENUM, KeywordType.MINIMUM, KeywordType.MAXIMUM, KeywordType.MULTIPLE_OF,
                        KeywordType.MIN_LENGTH, KeywordType.MAX_LENGTH, KeywordType.MIN_ITEMS, KeywordType.MAX_ITEMS,
                        KeywordType.UNIQUE_ITEMS, KeywordType.MIN_PROPERTIES, KeywordType.MAX_PROPERTIES,
                        KeywordType.TYPE, KeywordType.FORMAT, new AnnotationKeyword("description"),
                        KeywordType.ITEMS_LEGACY, KeywordType.PROPERTIES, KeywordType.ADDITIONAL_PROPERTIES,
                        new AnnotationKeyword("default"), KeywordType.ALL_OF, KeywordType.ONE_OF, KeywordType.ANY_OF,
                        KeywordType.NOT, new AnnotationKeyword("deprecated"), KeywordType.DISCRIMINATOR,
                        new AnnotationKeyword("example"), new AnnotationKeyword("externalDocs"),
                        new NonValidationKeyword("nullable"), KeywordType.READ_ONLY, KeywordType.WRITE_ONLY,
                        new AnnotationKeyword("xml"), KeywordType.REF))
                .build();
    }
}
