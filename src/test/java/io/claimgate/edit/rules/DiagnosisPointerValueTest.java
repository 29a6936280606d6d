package io.claimgate.edit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagnosisPointerValueTest {

    /** What the rule did before it read the digits itself. */
    private static int byRegex(String pointer) {
        return pointer.matches("\\d{1,2}") ? Integer.parseInt(pointer) : -1;
    }

    @Test
    void valuesOfPointers() {
        assertEquals(1, DiagnosisPointerRule.pointerValue("1"));
        assertEquals(12, DiagnosisPointerRule.pointerValue("12"));
        assertEquals(7, DiagnosisPointerRule.pointerValue("07"));
        assertEquals(-1, DiagnosisPointerRule.pointerValue("123"));
        assertEquals(-1, DiagnosisPointerRule.pointerValue("A"));
        assertEquals(-1, DiagnosisPointerRule.pointerValue(""));
        assertEquals(-1, DiagnosisPointerRule.pointerValue("+1"));
        assertEquals(-1, DiagnosisPointerRule.pointerValue("١"));
    }

    @Test
    void sameAnswerAsTheRegexForEveryPointerUpToThreeCharacters() {
        String alphabet = "0159A-+ /:";
        int compared = 0;
        for (int length = 0; length <= 3; length++) {
            int combinations = (int) Math.pow(alphabet.length(), length);
            for (int n = 0; n < combinations; n++) {
                StringBuilder p = new StringBuilder();
                for (int k = 0, rest = n; k < length; k++, rest /= alphabet.length()) {
                    p.append(alphabet.charAt(rest % alphabet.length()));
                }
                assertEquals(byRegex(p.toString()), DiagnosisPointerRule.pointerValue(p.toString()), p::toString);
                compared++;
            }
        }
        assertEquals(1 + 10 + 100 + 1000, compared);
    }
}
