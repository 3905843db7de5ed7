package dev.goalpost.load;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One text node per distinct short text of a document: real specs repeat the same values ({@code string},
 * {@code query}, the same {@code $ref}) hundreds of thousands of times, and sharing them keeps the tree a fraction
 * of the size, which is what a garbage collector pays for on a large spec. Texts are looked up straight from the
 * parser's character buffer, so a repeated value costs no {@code String} at all. Open addressing over a power-of-two
 * table, with each entry's hash beside it; at most {@link #MAX_COUNT} texts are kept, later ones are not shared.
 */
final class SharedTexts {

    /** Texts up to this length are shared; longer ones (descriptions) rarely repeat. */
    static final int MAX_LENGTH = 128;
    static final int MAX_COUNT = 500_000;

    private TextNode[] nodes = new TextNode[1024];
    private int[] hashes = new int[1024];
    private int count;

    /** The node of the text {@code chars[offset .. offset + length)}. */
    TextNode get(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return TextNode.valueOf(new String(chars, offset, length));
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = nodes.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            TextNode node = nodes[slot];
            if (node == null) {
                return add(slot, hash, new String(chars, offset, length));
            }
            if (hashes[slot] == hash && sameText(node.textValue(), chars, offset, length)) {
                return node;
            }
        }
    }

    /** The node of {@code text}. */
    TextNode get(String text) {
        if (text.length() > MAX_LENGTH) {
            return TextNode.valueOf(text);
        }
        // String.hashCode is the same polynomial over the same UTF-16 units as the loop above.
        int hash = text.hashCode();
        int mask = nodes.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            TextNode node = nodes[slot];
            if (node == null) {
                return add(slot, hash, text);
            }
            if (hashes[slot] == hash && node.textValue().equals(text)) {
                return node;
            }
        }
    }

    private TextNode add(int slot, int hash, String text) {
        TextNode node = TextNode.valueOf(text);
        if (count >= MAX_COUNT) {
            return node;
        }
        nodes[slot] = node;
        hashes[slot] = hash;
        count++;
        if (count * 2 > nodes.length) {
            grow();
        }
        return node;
    }

    private void grow() {
        TextNode[] oldNodes = nodes;
        int[] oldHashes = hashes;
        nodes = new TextNode[oldNodes.length * 2];
        hashes = new int[oldNodes.length * 2];
        int mask = nodes.length - 1;
        for (int i = 0; i < oldNodes.length; i++) {
            if (oldNodes[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (nodes[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                nodes[slot] = oldNodes[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static boolean sameText(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
