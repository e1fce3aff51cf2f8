package io.github.catconv.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random strings for tests that compare a new scanner with the code it replaced. */
public final class RandomText {

    private RandomText() {
    }

    /**
     * {@code count} strings of 0 to {@code maxLength} characters drawn from {@code alphabet};
     * the same arguments give the same strings on every run.
     */
    public static List<String> strings(String alphabet, int count, int maxLength, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(maxLength + 1);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }
}
