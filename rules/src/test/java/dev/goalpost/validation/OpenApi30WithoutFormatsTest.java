package dev.goalpost.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.Keyword;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The format-free OpenAPI 3.0 dialect is the library's, keyword for keyword, but for the format checkers. */
class OpenApi30WithoutFormatsTest {

    @Test
    void sameKeywordsAsTheLibrarysDialect() {
        Dialect ours = OpenApi30WithoutFormats.dialect();
        Dialect library = Dialects.getOpenApi30();
        assertThat(ours.getId()).isEqualTo(library.getId());
        assertThat(ours.getIdKeyword()).isEqualTo(library.getIdKeyword());
        assertThat(ours.getSpecificationVersion()).isEqualTo(library.getSpecificationVersion());
        assertThat(ours.getVocabularies()).isEqualTo(library.getVocabularies());
        Map<String, Keyword> keywords = ours.getKeywords();
        assertThat(keywords.keySet()).isEqualTo(library.getKeywords().keySet());
        for (Map.Entry<String, Keyword> keyword : library.getKeywords().entrySet()) {
            assertThat(keywords.get(keyword.getKey())).as(keyword.getKey())
                    .hasSameClassAs(keyword.getValue());
        }
    }
}
