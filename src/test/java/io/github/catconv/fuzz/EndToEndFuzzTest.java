package io.github.catconv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer end-to-end target: bytes → VuFind reader → every registered writer → re-parse
 * (Jackson for CSL-JSON, Commons CSV, a strict RIS tag check, a BibTeX entry/brace check).
 */
class EndToEndFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void fuzzEndToEnd(byte[] data) {
        FuzzTargets.endToEnd(data, false);
    }
}
