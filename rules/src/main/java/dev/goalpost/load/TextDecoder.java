package dev.goalpost.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes spec bytes as UTF-8 (a leading byte-order mark is dropped), refusing malformed input with its place. */
final class TextDecoder {

    private TextDecoder() {}

    /** Thrown for bytes that are not UTF-8, with the position of the first bad byte. */
    static final class MalformedTextException extends Exception {
        private static final long serialVersionUID = 1L;
        final Position position;

        MalformedTextException(String message, Position position) {
            super(message);
            this.position = position;
        }
    }

    static String decode(byte[] bytes) throws MalformedTextException {
        int start = check(bytes);
        if (isAscii(bytes, start)) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Checks that the bytes are UTF-8 without decoding them into a string (a 13 MB spec with one non-Latin-1
     * character would need 26 MB of UTF-16); returns where the text starts, past a byte-order mark.
     */
    static int check(byte[] bytes) throws MalformedTextException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 4 && (bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xff) == 0xFE
                && (bytes[3] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE && bytes[2] == 0
                && bytes[3] == 0)) {
            // Checked before UTF-16: the UTF-32 little-endian mark starts with UTF-16's.
            throw new MalformedTextException("the file is UTF-32 encoded; save it as UTF-8", Position.START);
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            throw new MalformedTextException("the file is UTF-16 encoded; save it as UTF-8", Position.START);
        }
        if (isAscii(bytes, start)) {
            return start;
        }
        // Check the bytes in small chunks, so that a 20 MB spec does not need a 40 MB character buffer.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer chunk = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, chunk, true);
            chunk.clear();
            if (result.isError()) {
                int bad = in.position();
                throw new MalformedTextException(String.format("the file is not valid UTF-8 (byte 0x%02X cannot "
                        + "start or continue a character); save it as UTF-8", bytes[bad] & 0xff),
                        positionAfter(new String(bytes, start, bad - start, StandardCharsets.UTF_8)));
            }
            if (result.isUnderflow()) {
                return start;
            }
        }
    }

    /** The line and column just after {@code text}. */
    private static Position positionAfter(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, text.length() - lineStart + 1);
    }

    static boolean isAscii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

}
