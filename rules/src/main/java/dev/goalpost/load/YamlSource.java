package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What Goalpost reads of YAML as YAML 1.2 (the version OpenAPI documents are written in) on top of SnakeYAML,
 * which reads YAML 1.1:
 *
 * <ul>
 *   <li>U+0085, U+2028 and U+2029 are ordinary characters in YAML 1.2, not line breaks. SnakeYAML is handed the
 *       text with each replaced by a private-use stand-in of the same length, so that lines and columns stay
 *       exact and such characters read in comments, plain and quoted scalars; {@link #restore} puts them back.
 *   <li>Plain scalars are typed by the 1.2 core schema: {@code 044925} is the integer 44925, {@code 0o17} is 15,
 *       {@code on}, {@code yes}, {@code y} and {@code 1_000} are strings, {@code .inf} and {@code .nan} are
 *       numbers. Quoted, block and tagged scalars keep what the parser made of them.
 *   <li>Anchors on scalars, which the parser does not expose, are read from the source at the scalar's place.
 * </ul>
 */
final class YamlSource {

    private static final char[] LINE_BREAKS_OF_YAML_11 = {'\u0085', '\u2028', '\u2029'};
    private static final Pattern CORE_NULL = Pattern.compile("null|Null|NULL|~");
    private static final Pattern CORE_BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern CORE_OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern CORE_HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern CORE_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern CORE_INF = Pattern.compile("[-+]?(\\.inf|\\.Inf|\\.INF)");
    private static final Pattern CORE_NAN = Pattern.compile("\\.nan|\\.NaN|\\.NAN");

    /** How a scalar is written, as far as typing goes. */
    enum Style { PLAIN, QUOTED_OR_BLOCK, TAGGED }

    private final String source;
    /** The text SnakeYAML reads: {@link #source} with YAML 1.1 line breaks replaced by stand-ins. */
    private final String parsed;
    /** The stand-in of each of {@link #LINE_BREAKS_OF_YAML_11}, or 0 when the text has none. */
    private final char[] standIns;
    /** Code-point indexes of supplementary characters (two chars each), for mapping parser offsets; null if none. */
    private final int[] supplementaryAt;

    YamlSource(String source) {
        this.source = source;
        this.standIns = new char[LINE_BREAKS_OF_YAML_11.length];
        boolean any = false;
        for (int i = 0; i < LINE_BREAKS_OF_YAML_11.length; i++) {
            if (source.indexOf(LINE_BREAKS_OF_YAML_11[i]) >= 0) {
                standIns[i] = unusedPrivateUseCharacter(source, i);
                any = true;
            }
        }
        String text = source;
        if (any) {
            for (int i = 0; i < LINE_BREAKS_OF_YAML_11.length; i++) {
                if (standIns[i] != 0) {
                    text = text.replace(LINE_BREAKS_OF_YAML_11[i], standIns[i]);
                }
            }
        }
        this.parsed = text;
        this.supplementaryAt = supplementary(source);
    }

    String parsed() {
        return parsed;
    }

    /** A parser's text with the original characters back in place of the stand-ins. */
    String restore(String text) {
        for (int i = 0; i < standIns.length; i++) {
            if (standIns[i] != 0 && text.indexOf(standIns[i]) >= 0) {
                text = text.replace(standIns[i], LINE_BREAKS_OF_YAML_11[i]);
            }
        }
        return text;
    }

    /** How the scalar whose event starts at this code-point offset is written. */
    Style styleAt(long codePointOffset) {
        int at = skipAnchor(index(codePointOffset));
        if (at < 0 || at >= source.length()) {
            return Style.PLAIN;
        }
        return switch (source.charAt(at)) {
            case '\'', '"', '|', '>' -> Style.QUOTED_OR_BLOCK;
            case '!' -> Style.TAGGED;
            default -> Style.PLAIN;
        };
    }

    /** The anchor written before the scalar at this offset ({@code &name value}), or null. */
    String anchorAt(long codePointOffset) {
        int at = index(codePointOffset);
        if (at < 0 || at >= source.length() || source.charAt(at) != '&') {
            return null;
        }
        int end = at + 1;
        while (end < source.length() && !isAnchorEnd(source.charAt(end))) {
            end++;
        }
        return end > at + 1 ? source.substring(at + 1, end) : null;
    }

    private int skipAnchor(int at) {
        if (at < 0 || at >= source.length() || source.charAt(at) != '&') {
            return at;
        }
        int end = at + 1;
        while (end < source.length() && !isAnchorEnd(source.charAt(end))) {
            end++;
        }
        while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
            end++;
        }
        return end;
    }

    private static boolean isAnchorEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '[' || c == ']' || c == '{'
                || c == '}';
    }

    /** The string index of a code-point offset. */
    private int index(long codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > Integer.MAX_VALUE) {
            return -1;
        }
        int offset = (int) codePointOffset;
        if (supplementaryAt == null) {
            return offset;
        }
        int before = Arrays.binarySearch(supplementaryAt, offset);
        return offset + (before >= 0 ? before : -before - 1);
    }

    /** Stands for "a decimal fraction": the caller keeps the parser's representation of it. */
    static final JsonNode FRACTION = DoubleNode.valueOf(0);

    /**
     * The node a plain scalar stands for under the YAML 1.2 core schema: null, a boolean, an integer, an infinity
     * or NaN, {@link #FRACTION} for a decimal fraction, or null for a string.
     */
    static JsonNode coreValue(String text) {
        if (text.isEmpty()) {
            return NullNode.instance;
        }
        if (!mayBeTyped(text.charAt(0))) {
            // Most plain scalars are words; only these first characters can begin a null, bool or number, so the
            // patterns below (a quarter of loading a large YAML spec) run only for those.
            return null;
        }
        if (CORE_NULL.matcher(text).matches()) {
            return NullNode.instance;
        }
        if (CORE_BOOL.matcher(text).matches()) {
            return BooleanNode.valueOf(text.charAt(0) == 't' || text.charAt(0) == 'T');
        }
        if (CORE_INT.matcher(text).matches()) {
            return integer(new BigInteger(text));
        }
        if (CORE_OCTAL.matcher(text).matches()) {
            return integer(new BigInteger(text.substring(2), 8));
        }
        if (CORE_HEX.matcher(text).matches()) {
            return integer(new BigInteger(text.substring(2), 16));
        }
        if (CORE_INF.matcher(text).matches()) {
            return DoubleNode.valueOf(text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (CORE_NAN.matcher(text).matches()) {
            return DoubleNode.valueOf(Double.NaN);
        }
        if (CORE_FLOAT.matcher(text).matches()) {
            return FRACTION;
        }
        return null;
    }

    private static boolean mayBeTyped(char first) {
        return first >= '0' && first <= '9' || "+-.~nNtTfF".indexOf(first) >= 0;
    }

    private static JsonNode integer(BigInteger value) {
        if (value.bitLength() < 32) {
            return IntNode.valueOf(value.intValue());
        }
        if (value.bitLength() < 64) {
            return LongNode.valueOf(value.longValue());
        }
        return BigIntegerNode.valueOf(value);
    }

    private static char unusedPrivateUseCharacter(String text, int slot) {
        for (char c = (char) (0xF8FF - slot); c >= 0xE000; c -= LINE_BREAKS_OF_YAML_11.length) {
            if (text.indexOf(c) < 0) {
                return c;
            }
        }
        throw new IllegalStateException("the text uses every private-use character");
    }

    private static int[] supplementary(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        int[] at = new int[count];
        int found = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); codePoint++) {
            int c = text.codePointAt(i);
            if (Character.isSupplementaryCodePoint(c)) {
                at[found++] = codePoint;
            }
            i += Character.charCount(c);
        }
        return found == count ? at : Arrays.copyOf(at, found);
    }
}
