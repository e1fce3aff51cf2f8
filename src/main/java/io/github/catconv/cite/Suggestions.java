package io.github.catconv.cite;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks the known names closest to a mistyped one, for usage errors such as
 * "unknown style 'chicago'; close matches: chicago-author-date, …".
 *
 * <p>A name that contains the typed text (or is contained in it) is closest; then names within a
 * small edit distance (Levenshtein), nearest first, ties in alphabetical order.
 */
final class Suggestions {

    /** How many close matches an error message names. */
    static final int LIMIT = 5;

    private Suggestions() {
    }

    /**
     * The up to {@link #LIMIT} names closest to {@code typed}.
     *
     * @param typed what the user typed, not null
     * @param known the valid names, not null
     * @return the close matches, best first; empty when nothing is close
     */
    static List<String> closest(String typed, List<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        int maxDistance = Math.max(3, t.length() / 3);
        record Scored(String name, int score) {
        }
        return known.stream()
                .map(k -> new Scored(k, score(t, k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.score() <= maxDistance)
                .sorted(Comparator.comparingInt(Scored::score).thenComparingInt(s -> s.name().length())
                        .thenComparing(Scored::name))
                .limit(LIMIT)
                .map(Scored::name)
                .toList();
    }

    /**
     * 0 for containment (either way), else one plus the smallest edit distance to the whole name
     * or to one of its leading hyphen-separated parts ("chicgo" is close to "chicago-author-date"
     * through "chicago").
     */
    private static int score(String typed, String name) {
        if (name.contains(typed) || (name.length() >= 3 && typed.contains(name))) {
            return 0;
        }
        int best = distance(typed, name);
        for (int dash = name.indexOf('-'); dash > 0 && best > 0; dash = name.indexOf('-', dash + 1)) {
            best = Math.min(best, distance(typed, name.substring(0, dash)));
        }
        return best + 1;
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The message tail ": close matches: a, b" or "" when there are none. */
    static String phrase(String typed, List<String> known) {
        List<String> close = closest(typed, known);
        return close.isEmpty() ? "" : "; close matches: " + String.join(", ", close);
    }
}
