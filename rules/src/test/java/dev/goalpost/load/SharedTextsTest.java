package dev.goalpost.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTextsTest {

    @Test
    void equalTextsShareOneNodeWhetherReadFromCharactersOrAString() {
        SharedTexts texts = new SharedTexts();
        char[] buffer = "xxstringyy".toCharArray();
        TextNode fromChars = texts.get(buffer, 2, 6);
        assertThat(fromChars.textValue()).isEqualTo("string");
        assertThat(texts.get("string")).isSameAs(fromChars);
        assertThat(texts.get("string".toCharArray(), 0, 6)).isSameAs(fromChars);
        assertThat(texts.get(buffer, 2, 5).textValue()).isEqualTo("strin");
        assertThat(texts.get("")).isSameAs(texts.get(buffer, 0, 0));
    }

    @Test
    void textsWithTheSameHashStayApart() {
        SharedTexts texts = new SharedTexts();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        TextNode aa = texts.get("Aa".toCharArray(), 0, 2);
        TextNode bb = texts.get("BB");
        assertThat(aa.textValue()).isEqualTo("Aa");
        assertThat(bb.textValue()).isEqualTo("BB");
        assertThat(texts.get("BB".toCharArray(), 0, 2)).isSameAs(bb);
        assertThat(texts.get("Aa")).isSameAs(aa);
        // Non-Latin text hashes as String does, so both ways of asking meet.
        assertThat(texts.get("日本語😀".toCharArray(), 0, 5)).isSameAs(texts.get("日本語😀"));
    }

    @Test
    void keepsEveryTextAcrossGrowthAndLeavesLongTextsUnshared() {
        SharedTexts texts = new SharedTexts();
        List<TextNode> first = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            first.add(texts.get("value-" + i));
        }
        for (int i = 0; i < 5000; i++) {
            char[] chars = ("value-" + i).toCharArray();
            assertThat(texts.get(chars, 0, chars.length)).isSameAs(first.get(i));
        }
        String longText = "d".repeat(SharedTexts.MAX_LENGTH + 1);
        assertThat(texts.get(longText)).isNotSameAs(texts.get(longText)).isEqualTo(TextNode.valueOf(longText));
        char[] longChars = longText.toCharArray();
        assertThat(texts.get(longChars, 0, longChars.length).textValue()).isEqualTo(longText);
    }

    @Test
    void sharesAtMostMaxCountTexts() {
        SharedTexts texts = new SharedTexts();
        TextNode early = texts.get("t0");
        for (int i = 1; i < SharedTexts.MAX_COUNT; i++) {
            texts.get("t" + i);
        }
        assertThat(texts.get("t0")).isSameAs(early);
        TextNode beyond = texts.get("beyond");
        assertThat(beyond.textValue()).isEqualTo("beyond");
        assertThat(texts.get("beyond")).isNotSameAs(beyond).isEqualTo(beyond);
    }
}
