package dev.goalpost.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Plain scalars typed by the YAML 1.2 core schema; null means "a string, as written". */
class YamlSourceTest {

    @Test
    void nullsBooleansAndNumbersAreTypedAsTheCoreSchemaSays() {
        assertThat(YamlSource.coreValue("").isNull()).isTrue();
        assertThat(YamlSource.coreValue("~").isNull()).isTrue();
        assertThat(YamlSource.coreValue("Null").isNull()).isTrue();
        assertThat(YamlSource.coreValue("TRUE").booleanValue()).isTrue();
        assertThat(YamlSource.coreValue("false").booleanValue()).isFalse();
        assertThat(YamlSource.coreValue("044925").intValue()).isEqualTo(44925);
        assertThat(YamlSource.coreValue("+12").intValue()).isEqualTo(12);
        assertThat(YamlSource.coreValue("-7").intValue()).isEqualTo(-7);
        assertThat(YamlSource.coreValue("0o17").intValue()).isEqualTo(15);
        assertThat(YamlSource.coreValue("0x1F").intValue()).isEqualTo(31);
        assertThat(YamlSource.coreValue("-.inf").doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(YamlSource.coreValue(".NaN").doubleValue()).isNaN();
        JsonNode fraction = YamlSource.coreValue(".5");
        assertThat(fraction).isNotNull();
        assertThat(fraction.isTextual()).isFalse();
    }

    @Test
    void everythingElseIsAStringIncludingYaml11Booleans() {
        for (String text : new String[] {"yes", "No", "on", "Off", "y", "hello", "Nullable", "nothing", "tomorrow",
                "False positive", "1.2.3", "0o8", "0xG", "-", "+", ".", "~x", "2026-12-02", "12:30"}) {
            assertThat(YamlSource.coreValue(text)).as(text).isNull();
        }
    }
}
