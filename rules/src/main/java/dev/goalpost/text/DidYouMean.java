package dev.goalpost.text;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest known word for a misspelt one, so error messages can say "did you mean …?". */
public final class DidYouMean {

    private DidYouMean() {}

    /** The closest candidate within a small edit distance (or sharing a long prefix), or null. */
    public static String closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(lower, other);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(2, Math.min(word.length(), best.length()) / 3);
        if (bestDistance <= allowed) {
            return best;
        }
        for (String candidate : candidates) {
            String other = candidate.toLowerCase(Locale.ROOT);
            if (lower.length() >= 4 && (other.startsWith(lower) || lower.startsWith(other))) {
                return candidate;
            }
        }
        return null;
    }

    /** " (did you mean `x`?)" or the empty string. */
    public static String hint(String word, Collection<String> candidates) {
        String closest = closest(word, candidates);
        return closest == null ? "" : " (did you mean `" + closest + "`?)";
    }

    /** Levenshtein distance, with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
