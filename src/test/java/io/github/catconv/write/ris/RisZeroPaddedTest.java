package io.github.catconv.write.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link RisRecordMapper#zeroPadded} against the {@code String.format} it replaced. */
class RisZeroPaddedTest {

    @Test
    void matchesStringFormat() {
        int[] values = {0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999, 10000, 123456, -1, -5, -999, -1000, -12345,
            Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : values) {
            for (int width : new int[] {2, 4}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", v), RisRecordMapper.zeroPadded(v, width),
                        v + "/" + width);
            }
        }
    }
}
