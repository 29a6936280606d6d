package io.claimgate.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SegmentIdFormTest {

    /** The regex the hand-written check replaced: every answer must stay the same. */
    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]{1,2}");

    @Test
    void knownIds() {
        assertTrue(TransactionValidator.segmentIdForm("SV1"));
        assertTrue(TransactionValidator.segmentIdForm("N3"));
        assertFalse(TransactionValidator.segmentIdForm("1SV"));
        assertFalse(TransactionValidator.segmentIdForm("sv1"));
        assertFalse(TransactionValidator.segmentIdForm("N"));
        assertFalse(TransactionValidator.segmentIdForm("CLMS"));
        assertFalse(TransactionValidator.segmentIdForm(""));
    }

    @Test
    void sameAnswerAsTheRegexForEveryIdUpToFourCharacters() {
        String alphabet = "AMZ09a@[/:` ";
        int compared = 0;
        StringBuilder id = new StringBuilder();
        for (int length = 0; length <= 4; length++) {
            int combinations = (int) Math.pow(alphabet.length(), length);
            for (int n = 0; n < combinations; n++) {
                id.setLength(0);
                for (int k = 0, rest = n; k < length; k++, rest /= alphabet.length()) {
                    id.append(alphabet.charAt(rest % alphabet.length()));
                }
                assertEquals(FORM.matcher(id).matches(), TransactionValidator.segmentIdForm(id.toString()), id::toString);
                compared++;
            }
        }
        assertEquals(1 + 12 + 144 + 1728 + 20736, compared);
    }
}
