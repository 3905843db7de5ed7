package dev.goalpost.model;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of an object as {@link TreeNode#members()} hands them out: names and nodes in written order, in two
 * arrays, unmodifiable. Rules ask for the members of hundreds of thousands of objects on a big spec, mostly to walk
 * them once; a {@code LinkedHashMap} built for each (a table and an entry object per member) was most of what that
 * cost. A lookup by name scans a small object and indexes a large one on first use.
 */
final class MemberMap extends AbstractMap<String, TreeNode> {

    private static final int SCAN_LIMIT = 8;

    private final String[] names;
    private final TreeNode[] nodes;
    /** Built on the first lookup by name in a large object; volatile as a caller may share the map. */
    private volatile Map<String, Integer> index;

    MemberMap(String[] names, TreeNode[] nodes) {
        this.names = names;
        this.nodes = nodes;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public TreeNode get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : nodes[at];
    }

    private int indexOf(Object name) {
        if (names.length <= SCAN_LIMIT) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
        Map<String, Integer> known = index;
        if (known == null) {
            known = new HashMap<>(names.length * 4 / 3 + 1);
            for (int i = 0; i < names.length; i++) {
                known.putIfAbsent(names[i], i);
            }
            index = known;
        }
        Integer at = known.get(name);
        return at == null ? -1 : at;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super TreeNode> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], nodes[i]);
        }
    }

    @Override
    public Collection<TreeNode> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<TreeNode> iterator() {
                return Arrays.asList(nodes).iterator();
            }

            @Override
            public int size() {
                return nodes.length;
            }
        };
    }

    @Override
    public Set<Entry<String, TreeNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, TreeNode>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, TreeNode> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(names[at], nodes[at]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
