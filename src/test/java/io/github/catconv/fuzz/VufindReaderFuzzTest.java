package io.github.catconv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the VuFind dump reader: any bytes give records or located data errors.
 * Without JAZZER_FUZZ it runs on the committed seeds in {@code VufindReaderFuzzTestInputs/};
 * with JAZZER_FUZZ=1 it fuzzes for the burst below (docs/fuzzing.md).
 */
class VufindReaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void fuzzReader(byte[] data) {
        FuzzTargets.read(data);
    }
}
