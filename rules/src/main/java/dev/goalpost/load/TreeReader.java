package dev.goalpost.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads JSON or YAML text into a tree of {@link PositionedObjectNode}s and {@link PositionedArrayNode}s.
 *
 * <p>The reader is iterative, so nesting depth is bounded by Jackson's stream constraints and never by the
 * Java stack. YAML anchors are shared rather than copied, and the number of nodes that aliases add is bounded
 * so that an alias bomb is refused instead of exhausting memory or time in later walks.
 */
final class TreeReader {

    /** Deepest nesting accepted; real specs stay far below it. */
    static final int MAX_NESTING_DEPTH = 1000;

    /** How many nodes YAML aliases may add on top of the nodes actually written. */
    static final long MAX_ALIAS_EXPANSION = 1_000_000;
    /**
     * How many characters (of keys and scalars) YAML aliases may add: the node count alone lets one 5 MB scalar
     * aliased 20,000 times through, and whatever later reads the values whole (examples, fingerprints) would
     * expand it to 100 GB.
     */
    static final long MAX_ALIAS_EXPANSION_CHARS = 64L * 1024 * 1024;
    /** Longest string value accepted, in characters: Jackson's default, which applies to JSON already. */
    static final int MAX_STRING_LENGTH = StreamReadConstraints.DEFAULT_MAX_STRING_LEN;
    /** Longest YAML line accepted (see {@link #longLine}); real specs stay below a few thousand characters. */
    static final int MAX_YAML_LINE_LENGTH = 500_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    private final JsonFactory yaml;

    TreeReader(int maxCodePoints) {
        LoaderOptions loaderOptions = new LoaderOptions();
        // SnakeYAML refuses documents over 3 MB by default; real specs such as Stripe's are larger.
        loaderOptions.setCodePointLimit(Math.max(maxCodePoints, 1));
        this.yaml = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
    }

    /** The outcome of reading one text: a tree, or the reason there is none. */
    /**
     * @param suppressionSites pointers of the objects that carry {@value SourceFile#SUPPRESSION_KEY}, recorded while
     *     reading (as references are) so that finding them costs nothing when a spec has none
     */
    record Result(JsonNode root, long rootPosition, List<RefSite> refs, List<String> suppressionSites,
            List<Problem> problems) {}

    /** A problem found while reading, at a packed position (or -1 when unknown). */
    record Problem(String message, long position) {}

    Result read(String text, boolean json) {
        List<Problem> problems = new ArrayList<>();
        if (!json) {
            long longLine = longLine(text, MAX_YAML_LINE_LENGTH);
            if (longLine >= 0) {
                problems.add(new Problem("line " + Position.unpack(longLine).line() + " is longer than "
                        + MAX_YAML_LINE_LENGTH + " characters, the most Goalpost reads on one YAML line; break long "
                        + "text over several lines (a `|` block scalar) or save the document as JSON", longLine));
                return new Result(null, -1, List.of(), List.of(), problems);
            }
        }
        YamlSource source = json ? null : new YamlSource(text);
        try (JsonParser parser = json ? JSON.createParser(text) : yaml.createParser(new StringReader(source.parsed()))) {
            try {
                return new Builder(parser, source, problems, null).build();
            } catch (StreamConstraintsException e) {
                // Limits carry no location of their own; the parser knows where it stopped.
                problems.add(new Problem("cannot read " + (json ? "JSON" : "YAML") + ": "
                        + LIMIT_SOURCE.matcher(firstLine(e.getOriginalMessage())).replaceAll(")"),
                        position(parser.currentLocation())));
            }
        } catch (JsonProcessingException e) {
            ReaderException refused = e.getCause() instanceof ReaderException r ? r : null;
            problems.add(refused != null ? refusedCharacter(refused, text)
                    : new Problem(describe(e, json), json ? position(e.getLocation()) : yamlPosition(e, text)));
        } catch (ReaderException e) {
            problems.add(refusedCharacter(e, text));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits with its own unchecked exceptions.
            problems.add(new Problem("cannot read " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getMessage()), -1));
        }
        return new Result(null, -1, List.of(), List.of(), problems);
    }

    /**
     * Reads JSON from UTF-8 bytes already checked by {@link TextDecoder#check} (without a byte-order mark). Lines
     * and columns are those {@link #read(String, boolean)} gives, in characters, not bytes. Problems are only
     * detected here, not worded for people: the caller reads the text again when there are any.
     */
    Result read(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(bytes)) {
            Utf8Positions positions = TextDecoder.isAscii(bytes, 0) ? null : new Utf8Positions(bytes);
            return new Builder(parser, null, problems, positions).build();
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("cannot read JSON: " + firstLine(e.getMessage()), -1));
        }
        return new Result(null, -1, List.of(), List.of(), problems);
    }

    /**
     * Lines and columns of byte offsets in UTF-8 text, counted as the text parser counts them: columns in UTF-16
     * code units (a character beyond the Basic Multilingual Plane counts two), lines broken by \n, \r\n and \r.
     * Offsets are asked for in increasing order (a parser's tokens), so the whole text is scanned once.
     */
    static final class Utf8Positions {
        private final byte[] bytes;
        private int scanned;
        private int line = 1;
        private int unitsInLine;

        Utf8Positions(byte[] bytes) {
            this.bytes = bytes;
        }

        /** The packed position of the character that starts at byte {@code offset}. */
        long at(long offset) {
            int target = (int) Math.min(offset, bytes.length);
            if (target < scanned) {
                scanned = 0;
                line = 1;
                unitsInLine = 0;
            }
            // Locals, and the common case (a printable ASCII byte) tested first: this loop sees every byte of
            // the file, and runs interpreted or barely compiled in a fresh JVM.
            byte[] text = bytes;
            int lines = line;
            int units = unitsInLine;
            for (int i = scanned; i < target; i++) {
                int b = text[i];
                if (b > '\r') {
                    units++;
                } else if (b == '\n') {
                    lines++;
                    units = 0;
                } else if (b == '\r') {
                    if (i + 1 >= text.length || text[i + 1] != '\n') {
                        lines++;
                        units = 0;
                    }
                } else if (b >= 0) {
                    units++;
                } else if ((b & 0xC0) != 0x80) {
                    // A lead byte starts a character; a four-byte one is a surrogate pair in UTF-16.
                    units += (b & 0xF8) == 0xF0 ? 2 : 1;
                }
            }
            line = lines;
            unitsInLine = units;
            scanned = target;
            return Position.pack(line, unitsInLine + 1);
        }
    }

    /**
     * The position just past the limit on the first line longer than {@code limit} characters, or -1. SnakeYAML
     * copies its whole look-ahead window for every kilobyte of a token, so one multi-megabyte scalar on a single
     * line takes minutes; refusing such lines up front keeps YAML reading linear.
     */
    static long longLine(String text, int limit) {
        int line = 1;
        int lineStart = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (i - lineStart > limit) {
                    return Position.pack(line, limit + 1);
                }
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return -1;
    }

    /**
     * Where a YAML syntax error is. SnakeYAML marks a stray tab where it started looking for the next token, which
     * is the end of the line before; the tab itself is the place to show.
     */
    private static long yamlPosition(JsonProcessingException e, String text) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                && marked.getProblem() != null && marked.getProblem().contains("\\t(TAB)")) {
            int from = text.offsetByCodePoints(0, Math.min(marked.getProblemMark().getIndex(),
                    text.codePointCount(0, text.length())));
            int tab = text.indexOf('\t', from);
            if (tab >= 0) {
                return positionOf(text, tab);
            }
        }
        return position(e.getLocation());
    }

    /** The line and column (in code points) of a string index, counting \n, \r\n and \r as line breaks. */
    static long positionOf(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return Position.pack(line, text.codePointCount(lineStart, index) + 1);
    }

    /** SnakeYAML refuses non-printable characters with their code-point index but no line; find the line. */
    private static Problem refusedCharacter(ReaderException e, String text) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < e.getPosition(); index++) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column += Character.charCount(codePoint);
            }
        }
        return new Problem(String.format("cannot read YAML: the character U+%04X is not allowed in YAML; remove it "
                + "or write it as an escape in a double-quoted string", e.getCodePoint()), Position.pack(line, column));
    }

    /** Jackson names the setting behind a limit: ", from `StreamReadConstraints.getMaxNestingDepth()`)". */
    private static final java.util.regex.Pattern LIMIT_SOURCE = java.util.regex.Pattern.compile(", from `[^`]*`\\)");

    private static final java.util.regex.Pattern JACKSON_SOURCE = java.util.regex.Pattern.compile(
            "\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private static String describe(JsonProcessingException e, boolean json) {
        if (!json && e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            String message = "cannot read YAML: " + yaml.getProblem().strip();
            if (yaml.getContext() != null && yaml.getContextMark() != null) {
                message += " (" + yaml.getContext().strip() + " that starts at line "
                        + (yaml.getContextMark().getLine() + 1) + ")";
            }
            return message + "; check the indentation and quoting around here";
        }
        String message = JACKSON_SOURCE.matcher(firstLine(e.getOriginalMessage())).replaceAll("line $1, column $2");
        return "cannot read " + (json ? "JSON" : "YAML") + ": " + message;
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the parser gave no reason";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    static long position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return -1;
        }
        return Position.pack(location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

    /**
     * One open container while reading. A frame is reused for every container at its depth, and so are its
     * buffers: members and elements are gathered here and handed to the node in arrays of exactly their size when
     * the container closes, instead of each node growing (and trimming) arrays of its own.
     */
    private static final class Frame {
        boolean array;
        /** The object being read (made when it opens: references found inside point at it); null for an array. */
        PositionedObjectNode object;
        long position;
        String keyInParent;
        int indexInParent;
        String anchor;
        boolean literal;
        String pendingKey;
        long pendingKeyPosition;
        long expandedSize;
        long expandedChars;
        List<PositionedObjectNode> merges;
        final PositionedMembers members = new PositionedMembers();
        JsonNode[] elements = new JsonNode[8];
        long[] elementPositions = new long[8];
        int elementCount;

        void open(boolean array, long position, String keyInParent, int indexInParent, String anchor,
                boolean literal) {
            this.array = array;
            this.object = array ? null : new PositionedObjectNode();
            this.position = position;
            this.keyInParent = keyInParent;
            this.indexInParent = indexInParent;
            this.anchor = anchor;
            this.literal = literal;
            this.pendingKey = null;
            this.pendingKeyPosition = 0;
            this.expandedSize = 1;
            this.expandedChars = 0;
            this.merges = null;
            this.elementCount = 0;
        }

        void addElement(JsonNode value, long at) {
            if (elementCount == elements.length) {
                elements = Arrays.copyOf(elements, elementCount * 2);
                elementPositions = Arrays.copyOf(elementPositions, elementCount * 2);
            }
            elements[elementCount] = value;
            elementPositions[elementCount] = at;
            elementCount++;
        }

        /** The finished node; the buffers are emptied for the next container at this depth. */
        JsonNode complete(PositionChunks chunks) {
            if (!array) {
                object.complete(members, chunks);
                return object;
            }
            JsonNode node = new PositionedArrayNode(elements, elementPositions, elementCount, chunks);
            elementCount = 0;
            return node;
        }
    }

    private static final class Builder {
        private final JsonParser parser;
        private final ParserBase jsonBase;
        private final SharedTexts texts = new SharedTexts();
        private final PositionChunks chunks = new PositionChunks();
        private final boolean yaml;
        private final List<Problem> problems;
        /** The open containers, outermost first: {@code frames[0 .. depth - 1]}. */
        private Frame[] frames = new Frame[16];
        private int depth;
        private final List<RefSite> refs = new ArrayList<>();
        private final List<String> suppressionSites = new ArrayList<>();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private final Map<JsonNode, Long> anchoredSizes = new IdentityHashMap<>();
        private final Map<JsonNode, Long> anchoredChars = new IdentityHashMap<>();
        private final YamlSource source;
        /** For JSON read from non-ASCII bytes, whose parser counts columns in bytes. */
        private final Utf8Positions bytePositions;
        private long writtenNodes;
        private long aliasExpansion;
        private long aliasChars;
        private JsonNode root;
        private long rootPosition = -1;
        private long rootExpandedSize;

        Builder(JsonParser parser, YamlSource source, List<Problem> problems, Utf8Positions bytePositions) {
            this.parser = parser;
            this.bytePositions = bytePositions;
            this.yaml = source != null;
            this.jsonBase = !yaml && parser instanceof ParserBase base ? base : null;
            this.source = source;
            this.problems = problems;
        }

        Result build() throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (root != null && depth == 0) {
                    problems.add(new Problem(
                            "the file holds more than one " + (yaml ? "YAML document" : "JSON value")
                                    + "; an OpenAPI file holds exactly one",
                            position(parser.currentTokenLocation())));
                    break;
                }
                switch (token) {
                    case FIELD_NAME -> {
                        Frame frame = top();
                        frame.pendingKey = yaml ? source.restore(parser.currentName()) : parser.currentName();
                        // A name token's place is only exposed through its location object.
                        JsonLocation name = parser.currentTokenLocation();
                        frame.pendingKeyPosition = bytePositions != null ? bytePositions.at(name.getByteOffset())
                                : position(name);
                    }
                    case START_OBJECT -> open(false);
                    case START_ARRAY -> open(true);
                    case END_OBJECT, END_ARRAY -> close();
                    default -> scalar(token);
                }
                if (!problems.isEmpty()) {
                    break;
                }
            }
            if (!problems.isEmpty()) {
                return new Result(null, -1, List.of(), List.of(), problems);
            }
            return new Result(root, rootPosition, refs, suppressionSites, problems);
        }

        private Frame top() {
            return frames[depth - 1];
        }

        /**
         * Where the current token starts. The JSON parser knows its line and column without building a
         * location object (millions of tokens in a big spec); the YAML parser only has locations.
         */
        private long tokenPosition() {
            if (jsonBase != null && bytePositions != null) {
                // getTokenCharacterOffset() is one past the token's first byte here, as its column is (2.22).
                return bytePositions.at(jsonBase.getTokenCharacterOffset() - 1);
            }
            if (jsonBase != null) {
                // getTokenColumnNr() is one more than the column Jackson's own locations report (2.22); the
                // loader tests pin JSON columns, so a change in Jackson shows up there.
                return Position.pack(jsonBase.getTokenLineNr(), Math.max(jsonBase.getTokenColumnNr() - 1, 1));
            }
            return position(parser.currentTokenLocation());
        }

        private void open(boolean array) throws IOException {
            long position = tokenPosition();
            String anchor = yaml ? ((YAMLParser) parser).getCurrentAnchor() : null;
            String key = null;
            int index = -1;
            boolean literal = false;
            if (depth > 0) {
                Frame parent = top();
                if (!parent.array) {
                    key = parent.pendingKey;
                    literal = parent.literal || isLiteralKey(key, array, parent);
                } else {
                    index = parent.elementCount;
                    literal = parent.literal;
                }
            }
            if (depth == frames.length) {
                frames = Arrays.copyOf(frames, depth * 2);
            }
            if (frames[depth] == null) {
                frames[depth] = new Frame();
            }
            frames[depth++].open(array, position, key, index, anchor, literal);
        }

        private void close() {
            Frame frame = frames[--depth];
            if (frame.merges != null) {
                applyMerges(frame);
            }
            JsonNode node = frame.complete(chunks);
            if (frame.anchor != null) {
                anchors.put(frame.anchor, node);
                anchoredSizes.put(node, frame.expandedSize);
                anchoredChars.put(node, frame.expandedChars);
            }
            frame.object = null;
            attach(node, frame.position, frame.expandedSize, frame.expandedChars, false);
        }

        private void scalar(JsonToken token) throws IOException {
            JsonLocation location = yaml ? parser.currentTokenLocation() : null;
            long position = yaml ? position(location) : tokenPosition();
            if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
                String name = source.restore(parser.getText());
                JsonNode target = anchors.get(name);
                if (target == null) {
                    problems.add(new Problem("the YAML alias *" + name + " names no anchor defined before it", position));
                    return;
                }
                long size = anchoredSizes.getOrDefault(target, 1L);
                long chars = anchoredChars.getOrDefault(target, 0L);
                aliasExpansion += size;
                aliasChars += chars;
                if (aliasExpansion > MAX_ALIAS_EXPANSION) {
                    problems.add(new Problem("YAML aliases expand the document by more than " + MAX_ALIAS_EXPANSION
                            + " nodes; inline the shared content or use $ref", position));
                    return;
                }
                if (aliasChars > MAX_ALIAS_EXPANSION_CHARS) {
                    problems.add(new Problem("YAML aliases expand the document by more than "
                            + MAX_ALIAS_EXPANSION_CHARS + " characters; inline the shared content or use $ref",
                            position));
                    return;
                }
                attach(target, position, size, chars, true);
                return;
            }
            if (yaml && token == JsonToken.VALUE_STRING && parser.getTextLength() > MAX_STRING_LENGTH) {
                // Jackson enforces this for JSON only; a YAML block scalar can be as long as the file.
                problems.add(new Problem("a string value is " + parser.getTextLength() + " characters long, more "
                        + "than the " + MAX_STRING_LENGTH + " Goalpost reads", position));
                return;
            }
            long chars = yaml ? parser.getTextLength() : 0;
            JsonNode value = null;
            if (yaml) {
                long offset = location.getCharOffset();
                if (source.styleAt(offset) == YamlSource.Style.PLAIN) {
                    // YAML 1.2 core schema: `044925` is 44925, `on` is a string, `.inf` a number.
                    String plain = source.restore(parser.getText());
                    value = YamlSource.coreValue(plain);
                    if (value == YamlSource.FRACTION) {
                        double number = Double.parseDouble(plain);
                        value = token == JsonToken.VALUE_NUMBER_FLOAT ? parsedValue(token)
                                : Double.isInfinite(number) ? DecimalNode.valueOf(new java.math.BigDecimal(plain))
                                : DoubleNode.valueOf(number);
                    } else if (value == null) {
                        value = texts.get(plain);
                    }
                }
                String anchor = source.anchorAt(offset);
                if (anchor != null) {
                    if (value == null) {
                        value = parsedValue(token);
                    }
                    anchors.put(anchor, value);
                    anchoredChars.put(value, chars);
                }
            }
            if (value == null) {
                value = parsedValue(token);
            }
            attach(value, position, 1, chars, false);
        }

        /** A double, or the exact decimal when the written number is beyond double's range ({@code 1e400}). */
        private JsonNode finite(double value) throws IOException {
            return Double.isInfinite(value) ? DecimalNode.valueOf(parser.getDecimalValue()) : DoubleNode.valueOf(value);
        }

        /** The node the parser made of the current scalar token. */
        private JsonNode parsedValue(JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING -> yaml ? texts.get(source.restore(parser.getText()))
                        : texts.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> IntNode.valueOf(parser.getIntValue());
                    case LONG -> LongNode.valueOf(parser.getLongValue());
                    default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                        ? DecimalNode.valueOf(parser.getDecimalValue())
                        : finite(parser.getDoubleValue());
                case VALUE_TRUE -> BooleanNode.TRUE;
                case VALUE_FALSE -> BooleanNode.FALSE;
                case VALUE_NULL -> NullNode.instance;
                default -> TextNode.valueOf(parser.getText());
            };
        }

        private void attach(JsonNode value, long position, long expandedSize, long expandedChars, boolean alias) {
            if (!alias) {
                writtenNodes++;
            }
            if (depth == 0) {
                root = value;
                rootPosition = position;
                rootExpandedSize = expandedSize;
                return;
            }
            Frame parent = top();
            parent.expandedSize += expandedSize;
            parent.expandedChars += expandedChars + (parent.pendingKey != null ? parent.pendingKey.length() : 0);
            if (!parent.array) {
                PositionedObjectNode object = parent.object;
                String key = parent.pendingKey;
                if (yaml && "<<".equals(key) && addMerge(parent, value)) {
                    return;
                }
                long earlier = parent.members.putPositioned(key, value, parent.pendingKeyPosition, position);
                if (earlier >= 0) {
                    problems.add(new Problem("the key `" + key + "` appears twice in the same object (first at "
                            + Position.unpack(earlier) + "); keys must be unique", parent.pendingKeyPosition));
                }
                if ("$ref".equals(key) && value.isTextual() && !parent.literal) {
                    refs.add(new RefSite(object, pathOf(depth), value.textValue(), parent.pendingKeyPosition));
                }
                if (SourceFile.SUPPRESSION_KEY.equals(key) && !parent.literal) {
                    suppressionSites.add(pointerOf(depth));
                }
            } else {
                parent.addElement(value, position);
            }
        }

        /** YAML merge keys ({@code <<: *base}) copy the members of the aliased mappings not written here. */
        private boolean addMerge(Frame frame, JsonNode value) {
            List<PositionedObjectNode> sources = new ArrayList<>();
            if (value instanceof PositionedObjectNode object) {
                sources.add(object);
            } else if (value.isArray()) {
                for (JsonNode element : value) {
                    if (!(element instanceof PositionedObjectNode object)) {
                        return false;
                    }
                    sources.add(object);
                }
            } else {
                return false;
            }
            if (frame.merges == null) {
                frame.merges = new ArrayList<>();
            }
            frame.merges.addAll(sources);
            return true;
        }

        private void applyMerges(Frame frame) {
            PositionedMembers target = frame.members;
            for (PositionedObjectNode source : frame.merges) {
                Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!target.containsKey(field.getKey())) {
                        Position keyAt = source.keyPosition(field.getKey());
                        Position valueAt = source.valuePosition(field.getKey());
                        target.putPositioned(field.getKey(), field.getValue(),
                                Position.pack(keyAt.line(), keyAt.column()),
                                Position.pack(valueAt.line(), valueAt.column()));
                    }
                }
            }
        }

        /**
         * Values under these keys are data, not OpenAPI structure: a {@code $ref} inside an example is text
         * to show, not a reference to follow.
         */
        private boolean isLiteralKey(String key, boolean isArray, Frame parent) {
            if (key == null) {
                return false;
            }
            return switch (key) {
                case "example", "default", "enum", "const" -> true;
                // OpenAPI 3.1 schemas keep examples as an array of values; media types keep a map of objects.
                case "examples" -> isArray;
                // The value of an Example Object, which sits in an `examples` map.
                case "value" -> depth >= 2 && "examples".equals(frames[depth - 2].keyInParent)
                        && parent.keyInParent != null;
                // Swagger 2.0 response examples: a map from media type to the example itself.
                default -> key.indexOf('/') > 0 && "examples".equals(parent.keyInParent);
            };
        }

        /** The steps to the container at depth {@code depth} (1 = root): member names and array indexes. */
        private Object[] pathOf(int depth) {
            Object[] path = new Object[depth - 1];
            for (int i = 1; i < depth; i++) {
                Frame frame = frames[i];
                path[i - 1] = frame.keyInParent != null ? frame.keyInParent : (Object) frame.indexInParent;
            }
            return path;
        }

        /** The JSON pointer of the container at depth {@code depth} (1 = root). */
        private String pointerOf(int depth) {
            StringBuilder pointer = new StringBuilder();
            for (int i = 1; i < depth; i++) {
                Frame frame = frames[i];
                pointer.append('/');
                if (frame.keyInParent != null) {
                    JsonPointers.appendEscaped(pointer, frame.keyInParent);
                } else {
                    pointer.append(frame.indexInParent);
                }
            }
            return pointer.toString();
        }
    }
}
