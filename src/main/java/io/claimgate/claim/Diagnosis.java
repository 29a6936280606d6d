package io.claimgate.claim;

import io.claimgate.x12.Segment;

/**
 * One diagnosis from a 2300 HI segment. {@code pointer} is what SV107 refers to: 1 for the principal diagnosis
 * (HI01 of the first diagnosis HI), counting on through every ABK/ABF/BK/BF composite in order, up to 12.
 */
public record Diagnosis(int pointer, String qualifier, String code, Segment segment) {

    public boolean principal() {
        return "ABK".equals(qualifier) || "BK".equals(qualifier);
    }

    public boolean icd10() {
        return qualifier.startsWith("AB");
    }
}
